/**
 * What a visitor's browser loads: a tiny static server for dist/ (no compression, so response
 * bodies are the bytes on disk) and Chromium via playwright-core.
 */
import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, sep } from 'node:path';
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

export async function statischeServer(root: string): Promise<{ url: string; stop(): Promise<void> }> {
  const server = createServer((req, res) => {
    const bestand = bestandVoorPad(root, req.url ?? '/');
    if (!bestand) {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('niet gevonden');
      return;
    }
    res.writeHead(200, {
      'content-type': TYPES[extname(bestand)] ?? 'application/octet-stream',
      'content-length': statSync(bestand).size,
      'cache-control': 'no-store',
    });
    createReadStream(bestand).pipe(res);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/`,
    stop: () => new Promise((resolve) => server.close(() => resolve())),
  };
}


/** Collects every response of a page with its body size, until `klaar()` is awaited. */
function verzamel(page: Page) {
  const lopend: Promise<{ url: string; type: string; bytes: number }>[] = [];
  const opvangen = (r: Response) => {
    lopend.push(
      r.body().then(
        (b) => ({ url: r.url(), type: r.request().resourceType(), bytes: b.length }),
        () => ({ url: r.url(), type: r.request().resourceType(), bytes: 0 }), // redirects have no body
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
  bytes: number;
  resultaten: number;
  titels: string[];
  /** Each /pagefind/ file fetched, with its size: where the bytes go. */
  bestanden: { pad: string; bytes: number }[];
}

/**
 * A visitor's first search, as it happens on the site: open the search page, type `term` into the
 * search field (at once) and wait until the first results are shown (the search UI loads Pagefind, the
 * filter counts, the index chunks and the excerpts of the first page of results). Counts the bodies
 * of all /pagefind/ responses.
 */
export async function eersteZoekvraag(browser: Browser, zoekpagina: string, term: string): Promise<ZoekMeting> {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(zoekpagina, { waitUntil: 'networkidle' });
  const v = verzamel(page);
  // The whole word at once (typed within the 250 ms pause): letter by letter, how many partial
  // words are searched depends on timing, and the bytes would differ from run to run.
  await page.locator('[data-zoekveld]').fill(term);
  const eerste = page.locator('[data-resultaten] > li').first();
  const aantal = page.locator('[data-aantal]');
  // The count says "N resultaten ..." once the search for the whole word is done.
  await aantal.filter({ hasText: new RegExp(`\\d+ (?:resultaat|resultaten) voor "${term}"`) }).waitFor({ timeout: 120_000 });
  await eerste.waitFor({ timeout: 120_000 });
  await page.waitForLoadState('networkidle');
  const tekst = (await aantal.textContent()) ?? '';
  const titels = await page.locator('[data-resultaten] > li a').allTextContents();
  const antwoorden = (await v.klaar()).filter((a) => new URL(a.url).pathname.startsWith('/pagefind/'));
  await context.close();
  return {
    resultaten: Number(/^(\d+)/.exec(tekst.trim())?.[1] ?? 0),
    titels: titels.map((t) => t.trim()).filter(Boolean),
    bytes: antwoorden.reduce((n, a) => n + a.bytes, 0),
    bestanden: antwoorden.map((a) => ({ pad: new URL(a.url).pathname, bytes: a.bytes })),
  };
}
