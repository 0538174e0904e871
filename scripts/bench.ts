/**
 * npm run bench -- --stories N [--baseline] [--keep] [--seed S] [--profile] [--zonder-git]
 *
 * Builds the site with N synthetic stories in .bench/site-N/ (never in content/), times
 * `astro build` and `pagefind` (as in the build script), measures peak memory and what a visitor loads,
 * and prints ONE JSON line on stdout. Progress goes to stderr; build logs to .bench/logs/.
 * With --baseline, the same stories are also built by a minimal Astro site (.bench/baseline-N/).
 * See BENCHMARKS.md.
 */
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { eersteZoekvraag, paginaGewicht, statischeServer, zoekSnelheid } from './bench/browser.ts';
import { startChromium } from './chromium.ts';
import { bestanden, draai, jsonRegel, leesOpties, mediaan, indexStap, percentiel, type Meting, type Resultaat } from './bench/meten.ts';
import { commitInhoud, maakBasislijn, maakSite, schrijfInhoud, verwijder } from './bench/project.ts';
import { leesGeschiedenis } from '../src/lib/geschiedenis/git.ts';
import { vatSamen, type CpuProfiel } from './bench/profiel.ts';

const ROOT = resolve(import.meta.dirname, '..');
const ASTRO = join(ROOT, 'node_modules/astro/bin/astro.mjs');
const PAGEFIND = join(ROOT, 'node_modules/pagefind/lib/runner/bin.cjs');
/** A typical first query of a professional in a neighbourhood team. */
const ZOEKTERM = 'schuld';
/** Filters for the measurements with filters: a tag and a province, as a professional would narrow down. */
const FILTERS = '?tag=integraal&provincie=noord-holland';
/**
 * Words typed letter by letter for the latency: nouns of the synthetic text (scripts/bench/tekst.ts),
 * common ones, so Pagefind has many results to rank; each searched once (a repeated word would come from
 * the worker's cache). The first search, which loads Pagefind, is not counted.
 */
const OPWARMEN = 'gemeente';
const SNELHEIDSTERMEN = [
  'schuld', 'wijkteam', 'gezin', 'bewoner', 'moeder', 'vader', 'jongere', 'woning', 'regel', 'budget', 'probleem',
  'oplossing', 'consulent', 'buurtcoach', 'huisarts', 'uitkering', 'opvang', 'afspraak', 'loket', 'formulier', 'rekening',
  'verzekering', 'schuldeiser', 'corporatie', 'verhuurder', 'wethouder', 'mandaat', 'vertrouwen', 'mantelzorger', 'kwartiermaker',
] as const;

const opties = leesOpties(process.argv.slice(2));
const n = opties.stories;
const BENCH = join(ROOT, '.bench');
const LOGS = join(BENCH, 'logs');
const meld = (tekst: string) => process.stderr.write(`[bench] ${tekst}\n`);
const cpu = (m: Meting) => (m.cpuSeconden === undefined ? '' : `, CPU ${m.cpuSeconden.toFixed(1)} s`);

/** Astro's own phase timings from its log, to see where the time goes. */
function fasen(log: string): string[] {
  return readFileSync(log, 'utf8')
    .split('\n')
    .filter((r) => /Completed in|built in|Synced content|Generated|Indexed|Total:|Finished in|pages? built|\[geschiedenis\]|zoekindex:/i.test(r))
    .map((r) => r.trim());
}

/** Self time per package and per function of the largest profile written (the astro process). */
function toonProfiel(map: string) {
  const profielen = readdirSync(map).filter((f) => f.endsWith('.cpuprofile'));
  const grootste = profielen
    .map((f) => ({ f, p: JSON.parse(readFileSync(join(map, f), 'utf8')) as CpuProfiel }))
    .sort((a, b) => b.p.samples.length - a.p.samples.length)[0];
  if (!grootste) return meld(`geen profiel gevonden in ${map}`);
  const s = vatSamen(grootste.p, 20);
  writeFileSync(join(map, 'samenvatting.json'), `${JSON.stringify(s, null, 2)}\n`);
  meld(`profiel ${join(map, grootste.f)}: ${s.totaalMs} ms bemonsterd`);
  for (const r of s.pakketten) meld(`  pakket  ${String(r.ms).padStart(7)} ms ${(r.aandeel * 100).toFixed(1).padStart(5)}%  ${r.naam}`);
  for (const r of s.functies) meld(`  functie ${String(r.ms).padStart(7)} ms ${(r.aandeel * 100).toFixed(1).padStart(5)}%  ${r.naam}`);
}

/**
 * The index step as the project's build script runs it (scripts/zoekindex.ts: Pagefind and the search
 * page's data); the minimal baseline runs Pagefind with its defaults.
 */
const [INDEX_SCRIPT, ...INDEX_ARGS] = indexStap((JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { scripts: { build: string } }).scripts.build);
interface IndexStap {
  script: string;
  args: string[];
  nodeArgs: string[];
}
const ONZE_INDEX: IndexStap = { script: join(ROOT, INDEX_SCRIPT!), args: INDEX_ARGS, nodeArgs: ['--import', 'tsx'] };
const PAGEFIND_STANDAARD: IndexStap = { script: PAGEFIND, args: ['--site', 'dist'], nodeArgs: [] };

async function bouw(dir: string, naam: string, stap: IndexStap): Promise<{ build: Meting; index: Meting }> {
  const buildLog = join(LOGS, `${naam}-build.log`);
  const indexLog = join(LOGS, `${naam}-index.log`);
  verwijder(buildLog);
  verwijder(indexLog);
  const profielMap = join(LOGS, `${naam}-profiel`);
  verwijder(profielMap);
  meld(`${naam}: astro build ...`);
  const build = await draai(ASTRO, ['build'], dir, buildLog, opties.profile ? ['--cpu-prof', '--cpu-prof-dir', profielMap] : []);
  meld(`${naam}: astro build ${build.seconden.toFixed(1)} s${cpu(build)}, piek ${build.piekMb.toFixed(0)} MB`);
  for (const r of fasen(buildLog)) meld(`  ${r}`);
  if (opties.profile) toonProfiel(profielMap);
  meld(`${naam}: index ...`);
  const index = await draai(stap.script, stap.args, dir, indexLog, stap.nodeArgs);
  meld(`${naam}: index ${index.seconden.toFixed(1)} s${cpu(index)}, piek ${index.piekMb.toFixed(0)} MB`);
  for (const r of fasen(indexLog)) meld(`  ${r}`);
  return { build, index };
}

async function main() {
  mkdirSync(LOGS, { recursive: true });
  const site = join(BENCH, `site-${n}`);
  const basislijn = join(BENCH, `baseline-${n}`);
  verwijder(site);
  verwijder(basislijn);
  try {
    const t0 = performance.now();
    const ids = schrijfInhoud(ROOT, site, n, opties.seed);
    maakSite(ROOT, site);
    meld(`${n} verhalen gegenereerd in ${site} (${((performance.now() - t0) / 1000).toFixed(1)} s)`);
    let geschiedenis: { history_s: number; history_files: number } | undefined;
    if (opties.git) {
      const t1 = performance.now();
      commitInhoud(site, ids);
      meld(`inhoud gecommit in ${site} (${((performance.now() - t1) / 1000).toFixed(1)} s)`);
      // What the build's one git log costs (src/integrations/geschiedenis.ts runs the same function once).
      const t2 = performance.now();
      const g = leesGeschiedenis(site);
      geschiedenis = { history_s: (performance.now() - t2) / 1000, history_files: g.geschiedenis.size };
      if (g.reden) throw new Error(`geen geschiedenis in ${site}: ${g.reden}`);
      meld(`geschiedenis: git log en verwerken ${geschiedenis.history_s.toFixed(2)} s voor ${geschiedenis.history_files} bestanden`);
    }

    const { build, index } = await bouw(site, `site-${n}`, ONZE_INDEX);
    const dist = join(site, 'dist');
    const alles = bestanden(dist);
    const grootte = new Map(alles.map((b) => [b.pad, b.bytes]));
    const verhaalPaginas = ids.map((id) => {
      const pad = `verhalen/${id}/index.html`;
      const bytes = grootte.get(pad);
      if (bytes === undefined) throw new Error(`verhaalpagina ontbreekt in dist: ${pad}`);
      return { id, bytes };
    });
    const htmlMediaan = mediaan(verhaalPaginas.map((p) => p.bytes));
    // The story page closest to the median is the one loaded in Chromium.
    const typisch = verhaalPaginas.reduce((a, b) => (Math.abs(b.bytes - htmlMediaan) < Math.abs(a.bytes - htmlMediaan) ? b : a));

    const server = await statischeServer(dist);
    let gewicht, zoeken, gefilterd, snel, snelGefilterd;
    // The server must stop whatever fails (no Chromium, a timeout), or the process never exits.
    try {
      const browser = await startChromium(process.env);
      try {
        const url = new URL(`verhalen/${typisch.id}/`, server.url).href;
        const zoekpagina = new URL('zoeken/', server.url).href;
        gewicht = await paginaGewicht(browser, url);
        zoeken = await eersteZoekvraag(browser, server, zoekpagina, ZOEKTERM);
        gefilterd = await eersteZoekvraag(browser, server, `${zoekpagina}${FILTERS}`, ZOEKTERM);
        meld('zoeksnelheid: zonder filters ...');
        snel = await zoekSnelheid(browser, zoekpagina, OPWARMEN, SNELHEIDSTERMEN);
        meld(`  ms: ${snel.ms.map((m) => m.toFixed(0)).join(' ')}`);
        meld(`zoeksnelheid: met filters (${FILTERS}) ...`);
        snelGefilterd = await zoekSnelheid(browser, `${zoekpagina}${FILTERS}`, OPWARMEN, SNELHEIDSTERMEN);
        meld(`  ms: ${snelGefilterd.ms.map((m) => m.toFixed(0)).join(' ')}`);
      } finally {
        await browser.close();
      }
    } finally {
      await server.stop();
    }
    for (const [naam, z] of [['zonder filters', zoeken], [`met filters ${FILTERS}`, gefilterd]] as const) {
      meld(`zoeken "${ZOEKTERM}" ${naam}: ${z.resultaten} resultaten, ${z.bytesVoorResultaten} bytes voor de eerste resultaten (${z.overdrachtVoorResultaten} overgedragen), ${z.bytes} in totaal (${z.overdracht} overgedragen); eerste: ${z.titels[0] ?? '-'}`);
      meld('     bytes  overgedragen');
      for (const b of z.bestanden) meld(`  ${String(b.bytes).padStart(8)}  ${String(b.overdracht).padStart(8)}  ${b.voorResultaten ? 'voor ' : 'na   '} ${b.pad}`);
    }
    meld(`verhaalpagina ${typisch.id}: ${typisch.bytes} bytes HTML, ${gewicht.css_bytes} bytes CSS, ${gewicht.js_bytes} bytes JS`);
    if (zoeken.resultaten === 0) throw new Error(`de zoekvraag "${ZOEKTERM}" vond niets; de index klopt niet`);

    const resultaat: Resultaat = {
      stories: n,
      build_s: build.seconden,
      index_s: index.seconden,
      total_s: build.seconden + index.seconden,
      peak_rss_mb: Math.max(build.piekMb, index.piekMb),
      pages: alles.filter((b) => b.pad.endsWith('.html')).length,
      html_bytes_median_story_page: htmlMediaan,
      css_bytes: gewicht.css_bytes,
      js_bytes_story_page: gewicht.js_bytes,
      search_first_query_bytes: zoeken.bytes,
      search_first_results_bytes: zoeken.bytesVoorResultaten,
      search_first_results_bytes_filtered: gefilterd.bytesVoorResultaten,
      search_first_query_transfer_bytes: zoeken.overdracht,
      search_first_results_transfer_bytes: zoeken.overdrachtVoorResultaten,
      search_first_results_transfer_bytes_filtered: gefilterd.overdrachtVoorResultaten,
      search_latency_p50_ms: percentiel(snel.ms, 50),
      search_latency_p95_ms: percentiel(snel.ms, 95),
      search_latency_p50_ms_filtered: percentiel(snelGefilterd.ms, 50),
      search_latency_p95_ms_filtered: percentiel(snelGefilterd.ms, 95),
      dist_bytes: alles.reduce((s, b) => s + b.bytes, 0),
      ...geschiedenis,
    };

    if (opties.baseline) {
      maakBasislijn(ROOT, basislijn, join(site, 'content'));
      const b = await bouw(basislijn, `baseline-${n}`, PAGEFIND_STANDAARD);
      resultaat.baseline_total_s = b.build.seconden + b.index.seconden;
      resultaat.overhead_ratio = resultaat.total_s / resultaat.baseline_total_s;
      meld(`basislijn: build ${b.build.seconden.toFixed(1)} s${cpu(b.build)} + index ${b.index.seconden.toFixed(1)} s${cpu(b.index)}, piek ${Math.max(b.build.piekMb, b.index.piekMb).toFixed(0)} MB`);
    }
    process.stdout.write(`${jsonRegel(resultaat)}\n`);
  } finally {
    if (opties.keep) meld(`bewaard: ${site}${opties.baseline ? ` en ${basislijn}` : ''}`);
    else {
      verwijder(site);
      verwijder(basislijn);
    }
  }
}

main().catch((fout: unknown) => {
  process.stderr.write(`[bench] mislukt: ${fout instanceof Error ? fout.message : String(fout)}\n`);
  process.exitCode = 1;
});
