// The site really satisfies its Content-Security-Policy: pages of the fixture site load in Chromium
// with CSP enforced (no bypassCSP, unlike most browser tests) without a single violation. Also: no
// built page has inline scripts, styles or event handlers, which the header policy in
// public/_headers (no per-page hashes) would block. Search under the policy: zoeken.test.ts.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CSP_DIRECTIVES, SCRIPT_BRONNEN } from '../../src/lib/veiligheid/csp.ts';
import { headers, startBrowser, strengePagina, url } from './browser.ts';
import { fixtureDir } from './fixture.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await startBrowser();
});
afterAll(async () => browser?.close());

const VERHAAL = 'verhalen/schuld-en-opvang/';

describe('Content-Security-Policy', () => {
  it.each([
    ['only the <meta> policy', false],
    ['the <meta> policy and the headers from public/_headers', true],
  ])('a story page carries the CSP meta tag and loads without violations under %s', async (_, metHeaders) => {
    const { page, fouten, schendingen } = await strengePagina(browser, metHeaders);
    const antwoord = await page.goto(url(VERHAAL));
    expect(antwoord?.status()).toBe(200);
    expect(antwoord?.headers()['content-security-policy']).toBe(metHeaders ? headers()['Content-Security-Policy'] : undefined);
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
      const { page, fouten, schendingen } = await strengePagina(browser);
      await page.goto(url(pad));
      expect(await schendingen(), pad).toEqual([]);
      expect(fouten, pad).toEqual([]);
    }
  });

  it('really blocks an inline script', async () => {
    // Proves the listener above would see a violation: inject markup as an attacker's content would.
    const { page, schendingen } = await strengePagina(browser);
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
  const dist = () => join(fixtureDir(), 'dist');
  const paginas = () => readdirSync(dist(), { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.html') && !f.startsWith('pagefind'));

  it('have no inline scripts, styles or event handlers', () => {
    expect(paginas().length).toBeGreaterThan(3);
    for (const pagina of paginas()) {
      const html = readFileSync(join(dist(), pagina), 'utf8');
      // Data blocks (JSON-LD) are not run, so the policy does not apply to them.
      expect(html.match(/<script(?![^>]*\b(?:src=|type="application\/(?:ld\+)?json"))[^>]*>/g) ?? [], pagina).toEqual([]);
      expect(html.match(/<style[\s>]/g) ?? [], pagina).toEqual([]);
      expect(html.match(/\son[a-z]+\s*=/gi) ?? [], pagina).toEqual([]);
      expect(html.match(/\sstyle\s*=/gi) ?? [], pagina).toEqual([]);
      expect(html.match(/javascript:/gi) ?? [], pagina).toEqual([]);
    }
  });
});
