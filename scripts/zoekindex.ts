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
 * 3. The files every search loads, whatever the query (each language's page list and WebAssembly, and
 *    the facet table), are gzipped with Zopfli instead of zlib: the same bytes once unpacked, and 5-13%
 *    smaller (12 KB less before the first results at 10,000 stories, 24 KB less for the facet table;
 *    BENCHMARKS.md). Index chunks and fragments keep Pagefind's zlib: there are thousands of them, a
 *    search loads a few, and Zopfli takes about 0.5 s per 200 KB.
 */
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { createRequire } from 'node:module';
import { Worker } from 'node:worker_threads';
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

const ZOPFLI = createRequire(import.meta.url).resolve('@gfx/zopfli');
// Plain JavaScript for the worker thread (no TypeScript loader there): Zopfli on the bytes it is given.
const ZOPFLI_WERKER = `
const { parentPort, workerData } = require('node:worker_threads');
require(workerData.zopfli).gzipAsync(workerData.inhoud, { numiterations: 5 }).then((uit) => parentPort.postMessage(uit));
`;

/**
 * gzip with Zopfli: the densest gzip there is, and slow (about 0.5 s per 200 KB), so only for files every
 * search loads. Any gzip reader unpacks it, Pagefind's included. Five iterations: fifteen (the default)
 * saves 0.3% more at 1.5 times the time. Each file in a worker thread of its own: the files are done side
 * by side and beside the main thread's work, and the process-wide error handlers that @gfx/zopfli's
 * Emscripten loader installs (they rethrow from inside its one-line bundle, so an error would print 20 KB
 * of minified code) stay in that thread. Checked: the result must unpack to `inhoud`, or the build stops
 * rather than ship an index the browser cannot read.
 */
export async function zopfliGzip(inhoud: Uint8Array): Promise<Buffer> {
  const uit = await new Promise<Buffer>((klaar, fout) => {
    const werker = new Worker(ZOPFLI_WERKER, { eval: true, workerData: { zopfli: ZOPFLI, inhoud } });
    werker.once('message', (bytes: Uint8Array) => {
      klaar(Buffer.from(bytes));
      void werker.terminate();
    });
    werker.once('error', fout);
    werker.once('exit', (code) => fout(new Error(`zoekindex: de Zopfli-werker stopte (code ${code}) zonder resultaat`)));
  });
  if (!gunzipSync(uit).equals(inhoud)) throw new Error('zoekindex: Zopfli gaf een gzip-bestand dat niet terug uitpakt naar de invoer');
  return uit;
}

export async function schrijfGegevens(site: string, fragmenten: readonly Fragment[]): Promise<{ bestand: string; bytes: number }[]> {
  const map = join(site, GEGEVENS_MAP);
  mkdirSync(map, { recursive: true });
  // The facet table follows every search; the word list only a search that finds little, so zlib will do.
  const gegevens: [string, unknown, (b: Buffer) => Buffer | Promise<Buffer>][] = [
    ['facetten.dat', maakFacetGegevens(fragmenten), zopfliGzip],
    ['woorden.dat', maakWoordenlijst(fragmenten), (b) => gzipSync(b, { level: 9 })],
  ];
  return Promise.all(
    gegevens.map(async ([naam, inhoud, gzip]) => {
      const bytes = await gzip(Buffer.from(JSON.stringify(inhoud)));
      writeFileSync(join(map, naam), bytes);
      return { bestand: `${GEGEVENS_MAP}/${naam}`, bytes: bytes.length };
    }),
  );
}

/**
 * Pagefind's files that every search loads before its first results, per language in
 * pagefind-entry.json: the page list (`pagefind.<hash>.pf_meta`) and the WebAssembly
 * (`wasm.<taal>.pagefind`), paths relative to `bundel`.
 */
export function vasteBestanden(bundel: string): string[] {
  const ingang = JSON.parse(readFileSync(join(bundel, 'pagefind-entry.json'), 'utf8')) as { languages?: Record<string, { hash?: string; wasm?: string }> };
  const talen = Object.entries(ingang.languages ?? {});
  if (!talen.length) throw new Error(`zoekindex: ${join(bundel, 'pagefind-entry.json')} noemt geen talen; is Pagefind goed gelopen?`);
  return talen.flatMap(([taal, { hash, wasm }]) => {
    if (!hash || !wasm) throw new Error(`zoekindex: taal "${taal}" in pagefind-entry.json mist "hash" of "wasm"`);
    return [`pagefind.${hash}.pf_meta`, `wasm.${wasm}.pagefind`];
  });
}

/** Re-gzips Pagefind's fixed files with Zopfli, keeping a file as it is if Zopfli is not smaller. */
export function herpakVasteBestanden(bundel: string): Promise<{ bestand: string; voor: number; na: number }[]> {
  return Promise.all(
    vasteBestanden(bundel).map(async (bestand) => {
      const pad = join(bundel, bestand);
      const oud = readFileSync(pad);
      const nieuw = await zopfliGzip(gunzipSync(oud));
      if (nieuw.length < oud.length) writeFileSync(pad, nieuw);
      return { bestand, voor: oud.length, na: Math.min(nieuw.length, oud.length) };
    }),
  );
}

async function main() {
  const { values } = parseArgs({ options: { site: { type: 'string', default: 'dist' } }, strict: true });
  const site = resolve(values.site);
  const r = spawnSync(process.execPath, [PAGEFIND, '--site', site, '--glob', PAGEFIND_GLOB], { stdio: 'inherit' });
  if (r.status !== 0) {
    process.stderr.write(`zoekindex: pagefind stopte met code ${r.status ?? r.signal}\n`);
    process.exit(1);
  }
  const t0 = performance.now();
  const bundel = join(site, 'pagefind');
  // Pagefind's fixed files are re-gzipped in worker threads while this thread reads the fragments.
  const vast = herpakVasteBestanden(bundel);
  vast.catch(() => undefined); // its error is reported where it is awaited, below
  const fragmenten = leesFragmenten(bundel);
  for (const { bestand, bytes } of await schrijfGegevens(site, fragmenten)) process.stdout.write(`zoekindex: ${bestand} (${bytes} bytes)\n`);
  for (const { bestand, voor, na } of await vast) process.stdout.write(`zoekindex: pagefind/${bestand} ${voor} -> ${na} bytes\n`);
  process.stdout.write(`zoekindex: ${fragmenten.length} pagina's in ${((performance.now() - t0) / 1000).toFixed(1)} s\n`);
}

if (process.argv[1] && resolve(process.argv[1]) === resolve(import.meta.filename)) await main();
