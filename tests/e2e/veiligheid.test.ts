// The site really satisfies its Content-Security-Policy: pages load in Chromium with CSP enforced
// (no bypassCSP, unlike the other browser tests) without a single violation, and Pagefind can
// still search. Also: no built page has inline scripts, styles or event handlers, which the
// header policy in public/_headers (no per-page hashes) would block.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CSP_DIRECTIVES, leesHeadersBestand, SCRIPT_BRONNEN } from '../../src/lib/veiligheid/csp.ts';
import { ROOT } from '../helpers/project.ts';
import { startBrowser, url } from './browser.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await startBrowser();
});
afterAll(async () => browser?.close());

const VERHAAL = 'verhalen/karima-schuld-houdt-haar-in-de-opvang/';

/** The headers a host that reads public/_headers sends; the preview server sends none. */
const HEADERS = leesHeadersBestand(readFileSync(join(ROOT, 'public/_headers'), 'utf8'));

/**
 * A page under the site's CSP; console errors and CSP violation events are collected.
 * `metHeaders` serves every response with the headers from public/_headers, as Netlify or
 * Cloudflare would; without it only the <meta> policy applies, as on GitHub Pages.
 */
async function strengePagina(metHeaders = true): Promise<{ page: Page; fouten: string[]; schendingen: () => Promise<string[]> }> {
  const context = await browser.newContext({ locale: 'nl-NL' }); // bypassCSP stays off
  if (metHeaders) {
    await context.route(`${url()}**`, async (route) => {
      const antwoord = await route.fetch();
      await route.fulfill({ response: antwoord, headers: { ...antwoord.headers(), ...HEADERS } });
    });
  }
  const page = await context.newPage();
  const fouten: string[] = [];
  page.on('console', (m) => m.type() === 'error' && fouten.push(m.text()));
  page.on('pageerror', (e) => fouten.push(e.message));
  await page.addInitScript(() => {
    const w = window as unknown as { schendingen: string[] };
    w.schendingen = [];
    document.addEventListener('securitypolicyviolation', (e) => w.schendingen.push(`${e.violatedDirective} ${e.blockedURI}`));
  });
  const schendingen = () => page.evaluate(() => (window as unknown as { schendingen: string[] }).schendingen);
  return { page, fouten, schendingen };
}

describe('Content-Security-Policy', () => {
  it.each([
    ['only the <meta> policy', false],
    ['the <meta> policy and the headers from public/_headers', true],
  ])('a story page carries the CSP meta tag and loads without violations under %s', async (_, metHeaders) => {
    const { page, fouten, schendingen } = await strengePagina(metHeaders);
    const antwoord = await page.goto(url(VERHAAL));
    expect(antwoord?.status()).toBe(200);
    expect(antwoord?.headers()['content-security-policy']).toBe(metHeaders ? HEADERS['Content-Security-Policy'] : undefined);
    const csp = await page.getAttribute('meta[http-equiv="content-security-policy"]', 'content');
    expect(csp).toBeTruthy();
    for (const directive of CSP_DIRECTIVES) expect(csp).toContain(directive);
    expect(csp).toContain(`script-src ${SCRIPT_BRONNEN.join(' ')}`);
    // The stylesheet did load: the skip link is moved off screen by it.
    expect(await page.locator('.skiplink').evaluate((el) => getComputedStyle(el).position)).toBe('absolute');
    expect(await schendingen()).toEqual([]);
    expect(fouten).toEqual([]);
  });

  it('home and the story list load without violations', async () => {
    for (const pad of ['', 'verhalen/']) {
      const { page, fouten, schendingen } = await strengePagina();
      await page.goto(url(pad));
      expect(await schendingen(), pad).toEqual([]);
      expect(fouten, pad).toEqual([]);
    }
  });

  it('lets Pagefind load its WebAssembly and search under the policy', async () => {
    const { page, fouten, schendingen } = await strengePagina();
    // The search page is built elsewhere; a same-origin module stands in for it, so that Pagefind
    // runs as page script under the policy (code run through page.evaluate is exempt from CSP).
    const zoekScript = url('__test__/zoek.js');
    await page.route(zoekScript, (route) =>
      route.fulfill({
        contentType: 'text/javascript',
        body: `const pagefind = await import(${JSON.stringify(url('pagefind/pagefind.js'))});
          try { document.body.dataset.resultaten = String((await pagefind.search('schuld')).results.length); }
          catch (e) { document.body.dataset.resultaten = 'fout: ' + e; }`,
      }),
    );
    await page.goto(url(VERHAAL));
    await page.evaluate((src) => {
      const s = document.createElement('script');
      s.type = 'module';
      s.src = src;
      document.head.append(s);
    }, zoekScript);
    await expect.poll(() => page.getAttribute('body', 'data-resultaten'), { timeout: 10_000 }).toMatch(/^[1-9]\d*$/);
    expect(await schendingen()).toEqual([]);
    expect(fouten).toEqual([]);
  });

  it('really blocks an inline script', async () => {
    // Proves the listener above would see a violation: inject markup as an attacker's content would.
    const { page, schendingen } = await strengePagina();
    await page.goto(url(VERHAAL));
    await page.evaluate(() => {
      const s = document.createElement('script');
      s.textContent = 'document.body.dataset.gehackt = "ja"';
      document.body.append(s);
    });
    // One report per policy that blocks it: the <meta> tag and the header.
    await expect.poll(schendingen).toEqual([expect.stringMatching(/^script-src(-elem)? inline$/), expect.stringMatching(/^script-src(-elem)? inline$/)]);
    expect(await page.getAttribute('body', 'data-gehackt')).toBeNull();
  });
});

describe('built pages', () => {
  const dist = join(ROOT, 'dist');
  const paginas = readdirSync(dist, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.html') && !f.startsWith('pagefind'));

  it('have no inline scripts, styles or event handlers', () => {
    expect(paginas.length).toBeGreaterThan(3);
    for (const pagina of paginas) {
      const html = readFileSync(join(dist, pagina), 'utf8');
      // Data blocks (JSON-LD) are not run, so the policy does not apply to them.
      expect(html.match(/<script(?![^>]*\b(?:src=|type="application\/(?:ld\+)?json"))[^>]*>/g) ?? [], pagina).toEqual([]);
      expect(html.match(/<style[\s>]/g) ?? [], pagina).toEqual([]);
      expect(html.match(/\son[a-z]+\s*=/gi) ?? [], pagina).toEqual([]);
      expect(html.match(/\sstyle\s*=/gi) ?? [], pagina).toEqual([]);
      expect(html.match(/javascript:/gi) ?? [], pagina).toEqual([]);
    }
  });
});
