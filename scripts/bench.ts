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
import { eersteZoekvraag, paginaGewicht, statischeServer } from './bench/browser.ts';
import { startChromium } from './chromium.ts';
import { bestanden, draai, jsonRegel, leesOpties, mediaan, pagefindArgumenten, type Meting, type Resultaat } from './bench/meten.ts';
import { commitInhoud, maakBasislijn, maakSite, schrijfInhoud, verwijder } from './bench/project.ts';
import { leesGeschiedenis } from '../src/lib/geschiedenis/git.ts';
import { vatSamen, type CpuProfiel } from './bench/profiel.ts';

const ROOT = resolve(import.meta.dirname, '..');
const ASTRO = join(ROOT, 'node_modules/astro/bin/astro.mjs');
const PAGEFIND = join(ROOT, 'node_modules/pagefind/lib/runner/bin.cjs');
/** A typical first query of a professional in a neighbourhood team. */
const ZOEKTERM = 'schuld';

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
    .filter((r) => /Completed in|built in|Synced content|Generated|Indexed|Total:|Finished in|pages? built|\[geschiedenis\]/i.test(r))
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

/** Pagefind as the project's build script runs it; the minimal baseline uses Pagefind's defaults. */
const PAGEFIND_ARGS = pagefindArgumenten((JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { scripts: { build: string } }).scripts.build);

async function bouw(dir: string, naam: string, pagefindArgs: string[]): Promise<{ build: Meting; index: Meting }> {
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
  meld(`${naam}: pagefind ...`);
  const index = await draai(PAGEFIND, pagefindArgs, dir, indexLog);
  meld(`${naam}: pagefind ${index.seconden.toFixed(1)} s${cpu(index)}, piek ${index.piekMb.toFixed(0)} MB`);
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

    const { build, index } = await bouw(site, `site-${n}`, PAGEFIND_ARGS);
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
    let gewicht, zoeken;
    // The server must stop whatever fails (no Chromium, a timeout), or the process never exits.
    try {
      const browser = await startChromium(process.env);
      try {
        const url = new URL(`verhalen/${typisch.id}/`, server.url).href;
        gewicht = await paginaGewicht(browser, url);
        zoeken = await eersteZoekvraag(browser, new URL('zoeken/', server.url).href, ZOEKTERM);
      } finally {
        await browser.close();
      }
    } finally {
      await server.stop();
    }
    meld(`zoeken "${ZOEKTERM}": ${zoeken.resultaten} resultaten, ${zoeken.bestanden.length} bestanden uit /pagefind/, eerste: ${zoeken.titels[0] ?? '-'}`);
    for (const b of zoeken.bestanden) meld(`  ${String(b.bytes).padStart(8)}  ${b.pad}`);
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
      dist_bytes: alles.reduce((s, b) => s + b.bytes, 0),
      ...geschiedenis,
    };

    if (opties.baseline) {
      maakBasislijn(ROOT, basislijn, join(site, 'content'));
      const b = await bouw(basislijn, `baseline-${n}`, ['--site', 'dist']);
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
