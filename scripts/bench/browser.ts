/**
 * What a visitor's browser loads: a tiny static server for dist/ that compresses as the site's host
 * does (GitHub Pages gzips text: HTML, CSS, JavaScript, JSON, SVG, XML; Pagefind's files are gzip
 * already and go as they are), and Chromium via playwright-core. Each response is counted twice: the
 * file's bytes (the body as unpacked) and the bytes transferred (the body as sent).
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, sep } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Browser, Page, Response } from 'playwright-core';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.xml': 'application/xml',
  '.wasm': 'application/wasm',
};
/** What the host compresses on the fly (zlib's default level, as web servers use). */
const GECOMPRIMEERD = new Set(['.html', '.css', '.js', '.mjs', '.json', '.svg', '.xml']);

/** Resolves a URL path to a file in `root`, as a static host would (directories serve index.html). */
export function bestandVoorPad(root: string, urlPad: string): string | undefined {
  const pad = normalize(decodeURIComponent(urlPad.split('?')[0]!.split('#')[0]!));
  const doel = join(root, pad);
  if (doel !== root && !doel.startsWith(root.endsWith(sep) ? root : root + sep)) return undefined;
  if (existsSync(doel) && statSync(doel).isDirectory()) {
    const index = join(doel, 'index.html');
    return existsSync(index) ? index : undefined;
  }
  return existsSync(doel) ? doel : undefined;
}

export interface StatischeServer {
  url: string;
  /**
   * The body bytes last sent for a URL path, as transferred (compressed or not). The server's own
   * count: Chromium reports no transfer size for a worker's script.
   */
  verzonden(pad: string): number | undefined;
  stop(): Promise<void>;
}

export async function statischeServer(root: string): Promise<StatischeServer> {
  const verzonden = new Map<string, number>();
  const server = createServer((req, res) => {
    const bestand = bestandVoorPad(root, req.url ?? '/');
    if (!bestand) {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('niet gevonden');
      return;
    }
    const inhoud = readFileSync(bestand);
    const gzip = GECOMPRIMEERD.has(extname(bestand)) && /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''));
    const body = gzip ? gzipSync(inhoud) : inhoud;
    res.writeHead(200, {
      'content-type': TYPES[extname(bestand)] ?? 'application/octet-stream',
      'content-length': body.length,
      'cache-control': 'no-store',
      vary: 'accept-encoding',
      ...(gzip ? { 'content-encoding': 'gzip' } : {}),
    });
    verzonden.set(new URL(req.url ?? '/', 'http://x').pathname, body.length);
    res.end(body);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/`,
    verzonden: (pad) => verzonden.get(pad),
    stop: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

/**
 * Every response of a page from now on, until `klaar()` is awaited: its body size, its resource type,
 * and when it finished (epoch ms, the browser's own clock).
 */
function verzamel(page: Page) {
  const lopend: Promise<{ url: string; type: string; bytes: number; klaar: number }>[] = [];
  const opvangen = (r: Response) => {
    const antwoord = (bytes: number) => ({ url: r.url(), type: r.request().resourceType(), bytes, klaar: eindtijd(r) });
    lopend.push(
      r.body().then(
        (b) => antwoord(b.length),
        () => antwoord(0), // redirects have no body
      ),
    );
  };
  page.on('response', opvangen);
  return {
    async klaar() {
      page.off('response', opvangen);
      return Promise.all(lopend);
    },
  };
}

export interface PaginaGewicht {
  /** Stylesheets fetched plus inline <style> (Astro inlines small CSS). */
  css_bytes: number;
  /** Scripts fetched plus inline scripts (not JSON data blocks). */
  js_bytes: number;
}

/** Loads a page as a visitor would and adds up the CSS and JS it gets. */
export async function paginaGewicht(browser: Browser, url: string): Promise<PaginaGewicht> {
  const context = await browser.newContext();
  const page = await context.newPage();
  const v = verzamel(page);
  await page.goto(url, { waitUntil: 'networkidle' });
  const inline = await page.evaluate(() => ({
    css: [...document.querySelectorAll('style')].map((s) => s.textContent ?? ''),
    js: [...document.querySelectorAll('script:not([src])')]
      .filter((s) => !/json/i.test(s.getAttribute('type') ?? ''))
      .map((s) => s.textContent ?? ''),
  }));
  const antwoorden = await v.klaar();
  await context.close();
  const som = (type: string) => antwoorden.filter((a) => a.type === type).reduce((n, a) => n + a.bytes, 0);
  const bytes = (teksten: string[]) => teksten.reduce((n, t) => n + Buffer.byteLength(t), 0);
  return { css_bytes: som('stylesheet') + bytes(inline.css), js_bytes: som('script') + bytes(inline.js) };
}

export interface ZoekMeting {
  /** Bytes of the files the search fetched until its first results were on screen. */
  bytesVoorResultaten: number;
  /** The same, as transferred (compressed as the host sends them): what the visitor downloads. */
  overdrachtVoorResultaten: number;
  /** Bytes the search fetched until the network was quiet: with the facet counts that follow the results. */
  bytes: number;
  overdracht: number;
  resultaten: number;
  titels: string[];
  /** Each file the search fetched, with its size, its size as transferred and whether it came before the first results. */
  bestanden: { pad: string; bytes: number; overdracht: number; voorResultaten: boolean }[];
}

function eindtijd(r: Response): number {
  const t = r.request().timing();
  return t.responseEnd >= 0 ? t.startTime + t.responseEnd : Date.now();
}

/**
 * In the page: the time (epoch ms) at which the status line first announces results for `term`. A
 * string, not a function: tsx would wrap the inner functions in a helper the page does not have.
 */
function wachtOpResultaten(page: Page, term: string): Promise<number> {
  const patroon = `\\d+ (?:resultaat|resultaten) voor "${term.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}"`;
  return page.evaluate(`new Promise((klaar, fout) => {
    setTimeout(() => fout(new Error('geen resultaten voor ' + ${JSON.stringify(JSON.stringify(term))} + ' binnen 120 s; de zoekpagina zegt: ' + document.querySelector('[data-aantal]').textContent)), 120000);
    const re = new RegExp(${JSON.stringify(patroon)});
    const aantal = document.querySelector('[data-aantal]');
    const kijk = () => {
      if (!re.test(aantal.textContent || '') || !document.querySelector('[data-resultaten] > li')) return false;
      klaar(performance.timeOrigin + performance.now());
      return true;
    };
    if (kijk()) return;
    const w = new MutationObserver(() => kijk() && w.disconnect());
    w.observe(aantal, { childList: true, characterData: true, subtree: true });
  })`) as Promise<number>;
}

/** What counts as search payload: Pagefind's files, the search page's data and its worker. */
const isZoekBestand = (pad: string) => /^\/(?:pagefind\/|zoeken\/[^/]+\.dat$|_astro\/(?:werker|verwerker)[^/]*\.js$)/.test(pad);

/**
 * A visitor's first search, as it happens on the site: open the search page (`adres`, maybe with
 * filters), type `term` into the search field (at once) and wait until the first results are shown,
 * then until the network is quiet (the facet counts follow the results). Counts the bodies of the
 * search's files: Pagefind's, the search page's data and its worker script.
 */
export async function eersteZoekvraag(browser: Browser, server: Pick<StatischeServer, 'verzonden'>, adres: string, term: string): Promise<ZoekMeting> {
  const context = await browser.newContext();
  const page = await context.newPage();
  const metFilters = new URL(adres).search !== '';
  // With filters in the address the search starts on opening: follow the network from the start.
  const v = metFilters ? verzamel(page) : undefined;
  await page.goto(adres, { waitUntil: metFilters ? 'domcontentloaded' : 'networkidle' });
  const volger = v ?? verzamel(page);
  const getoond = wachtOpResultaten(page, term);
  // The whole word at once (typed within the pause before a search): letter by letter, how many
  // partial words are searched depends on timing, and the bytes would differ from run to run.
  await page.locator('[data-zoekveld]').fill(term);
  const moment = await getoond;
  await page.waitForLoadState('networkidle');
  await page.waitForTimeout(500);
  const tekst = (await page.locator('[data-aantal]').textContent()) ?? '';
  const titels = await page.locator('[data-resultaten] > li a').allTextContents();
  const antwoorden = (await volger.klaar()).filter((a) => isZoekBestand(new URL(a.url).pathname));
  await context.close();
  const bestanden = antwoorden.map((a) => {
    const pad = new URL(a.url).pathname;
    const overdracht = server.verzonden(pad);
    if (overdracht === undefined) throw new Error(`de server heeft ${pad} niet verzonden; kwam het uit een cache?`);
    return { pad, bytes: a.bytes, overdracht, voorResultaten: a.klaar <= moment };
  });
  const som = (lijst: typeof bestanden, veld: 'bytes' | 'overdracht') => lijst.reduce((n, b) => n + b[veld], 0);
  const voor = bestanden.filter((b) => b.voorResultaten);
  return {
    resultaten: Number(/^(\d+)/.exec(tekst.trim())?.[1] ?? 0),
    titels: titels.map((t) => t.trim()).filter(Boolean),
    bytesVoorResultaten: som(voor, 'bytes'),
    overdrachtVoorResultaten: som(voor, 'overdracht'),
    bytes: som(bestanden, 'bytes'),
    overdracht: som(bestanden, 'overdracht'),
    bestanden,
  };
}

export interface Snelheid {
  /** Milliseconds from the last keystroke to the results on screen, one per term. */
  ms: number[];
}

/**
 * How long a visitor waits for results: on the search page at `adres` (maybe with filters), after a
 * first search that loads Pagefind, each term is typed letter by letter (`tussenMs` apart, as a quick
 * typist would) and the time is taken in the page from the last keystroke (its input event) to the
 * moment the status line announces the results for the whole term.
 */
export async function zoekSnelheid(browser: Browser, adres: string, opwarmen: string, termen: readonly string[], tussenMs = 100): Promise<Snelheid> {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(adres, { waitUntil: 'networkidle' });
  await page.evaluate(`document.addEventListener('input', () => { window.laatsteInvoer = performance.timeOrigin + performance.now(); }, true)`);
  const veld = page.locator('[data-zoekveld]');
  const getoond = wachtOpResultaten(page, opwarmen);
  await veld.fill(opwarmen);
  await getoond;
  await page.waitForLoadState('networkidle');
  const ms: number[] = [];
  for (const term of termen) {
    await veld.fill('');
    await page.waitForTimeout(300);
    const klaar = wachtOpResultaten(page, term);
    await veld.pressSequentially(term, { delay: tussenMs });
    const moment = await klaar;
    const laatste = (await page.evaluate('window.laatsteInvoer')) as number;
    ms.push(moment - laatste);
    await page.waitForLoadState('networkidle');
  }
  await context.close();
  return { ms };
}
