/**
 * npm run build, second step: the search index of the built site in dist/.
 *
 *   tsx scripts/zoekindex.ts [--site dist]
 *
 * 1. Pagefind indexes the story and lab pages (the only pages with data-pagefind-body; the glob spares
 *    it reading the other 8,000 pages at 10,000 stories). The CLI, not the Node API: the Node API's
 *    addDirectory indexes every page in the glob, with or without data-pagefind-body, and neither it
 *    nor addHTMLFile in batches needs less memory (BENCHMARKS.md, "Index memory").
 * 2. From Pagefind's fragments, the search page's own data (src/lib/zoeken/gegevens.ts): facet values
 *    and dates per page (zoeken/facetten.dat) and the words of the index (zoeken/woorden.dat), both
 *    gzipped JSON, as Pagefind ships its own files.
 */
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { gunzipSync, gzipSync } from 'node:zlib';
import { maakFacetGegevens, maakWoordenlijst, type Fragment } from '../src/lib/zoeken/gegevens.ts';

export const PAGEFIND_GLOB = '{verhalen,labs}/**/*.html';
/** Where the search page finds its data, relative to dist/ (see Zoeken.astro). */
export const GEGEVENS_MAP = 'zoeken';

const PAGEFIND = resolve(import.meta.dirname, '../node_modules/pagefind/lib/runner/bin.cjs');
const HANDTEKENING = 'pagefind_dcd';

/** A Pagefind file: gzip, then a 12-byte signature, then the data. */
export function leesPagefindBestand(bytes: Buffer): Buffer {
  const uit = gunzipSync(bytes);
  if (uit.subarray(0, HANDTEKENING.length).toString() !== HANDTEKENING) throw new Error('geen Pagefind-bestand (handtekening ontbreekt)');
  return uit.subarray(HANDTEKENING.length);
}

/** Every fragment of the index in `bundel` (dist/pagefind), with its page id. */
export function leesFragmenten(bundel: string): Fragment[] {
  const map = join(bundel, 'fragment');
  return readdirSync(map)
    .filter((f) => f.endsWith('.pf_fragment'))
    .sort()
    .map((f) => {
      const json = JSON.parse(leesPagefindBestand(readFileSync(join(map, f))).toString('utf8')) as Omit<Fragment, 'id'>;
      return { id: f.replace(/\.pf_fragment$/, ''), content: json.content, filters: json.filters ?? {}, meta: json.meta ?? {} };
    });
}

export function schrijfGegevens(site: string, fragmenten: readonly Fragment[]): { bestand: string; bytes: number }[] {
  const map = join(site, GEGEVENS_MAP);
  mkdirSync(map, { recursive: true });
  return [
    ['facetten.dat', maakFacetGegevens(fragmenten)],
    ['woorden.dat', maakWoordenlijst(fragmenten)],
  ].map(([naam, inhoud]) => {
    const bytes = gzipSync(JSON.stringify(inhoud), { level: 9 });
    writeFileSync(join(map, naam as string), bytes);
    return { bestand: `${GEGEVENS_MAP}/${naam as string}`, bytes: bytes.length };
  });
}

function main() {
  const { values } = parseArgs({ options: { site: { type: 'string', default: 'dist' } }, strict: true });
  const site = resolve(values.site);
  const r = spawnSync(process.execPath, [PAGEFIND, '--site', site, '--glob', PAGEFIND_GLOB], { stdio: 'inherit' });
  if (r.status !== 0) {
    process.stderr.write(`zoekindex: pagefind stopte met code ${r.status ?? r.signal}\n`);
    process.exit(1);
  }
  const t0 = performance.now();
  const fragmenten = leesFragmenten(join(site, 'pagefind'));
  for (const { bestand, bytes } of schrijfGegevens(site, fragmenten)) process.stdout.write(`zoekindex: ${bestand} (${bytes} bytes)\n`);
  process.stdout.write(`zoekindex: ${fragmenten.length} pagina's in ${((performance.now() - t0) / 1000).toFixed(1)} s\n`);
}

if (process.argv[1] && resolve(process.argv[1]) === resolve(import.meta.filename)) main();
