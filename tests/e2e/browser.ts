/** Chromium (see scripts/chromium.ts) driven by playwright-core, and axe-core for accessibility checks. */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import type { Browser, BrowserContextOptions, Page } from 'playwright-core';
import { expect, inject } from 'vitest';
import { startChromium } from '../../scripts/chromium.ts';
import { leesHeadersBestand } from '../../src/lib/veiligheid/csp.ts';
import { fixtureDir } from './fixture.ts';

const require = createRequire(import.meta.url);
const AXE_BRON: string = (require('axe-core') as { source: string }).source;

export function startBrowser(): Promise<Browser> {
  return startChromium(process.env);
}

/** Absolute URL of a path ("verhalen/") on the fixture site. */
export function url(pad = ''): string {
  return new URL(pad.replace(/^\//, ''), inject('baseUrl')).href;
}

/** A new page; console errors and failed requests on our own origin are collected. `opties`: e.g. a phone's viewport. */
export async function nieuwePagina(browser: Browser, opties: BrowserContextOptions = {}): Promise<{ page: Page; fouten: string[] }> {
  // bypassCSP lets axe-core be injected; strengePagina() below runs pages under the site's own CSP.
  const context = await browser.newContext({ bypassCSP: true, locale: 'nl-NL', ...opties });
  const page = await context.newPage();
  const fouten: string[] = [];
  page.on('console', (m) => m.type() === 'error' && fouten.push(m.text()));
  page.on('pageerror', (e) => fouten.push(e.message));
  return { page, fouten };
}

/** The headers a host that reads public/_headers sends (as built into the fixture site); the preview server sends none. */
export const headers = (): Record<string, string> => leesHeadersBestand(readFileSync(join(fixtureDir(), 'dist/_headers'), 'utf8'));

/**
 * A page under the site's own CSP (no bypassCSP); console errors and CSP violation events are
 * collected. `metHeaders` serves every response with the headers from public/_headers, as Netlify
 * or Cloudflare would; without it only the <meta> policy applies, as on GitHub Pages.
 */
export async function strengePagina(browser: Browser, metHeaders = true): Promise<{ page: Page; fouten: string[]; schendingen: () => Promise<string[]> }> {
  const context = await browser.newContext({ locale: 'nl-NL' });
  if (metHeaders) {
    const extra = headers();
    await context.route(`${url()}**`, async (route) => {
      const antwoord = await route.fetch();
      await route.fulfill({ response: antwoord, headers: { ...antwoord.headers(), ...extra } });
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

/** All result titles on the search page: shows more results (ten at a time) until every result is there. */
export async function alleZoektitels(page: Page): Promise<string[]> {
  const meer = page.locator('[data-meer]');
  const items = page.locator('[data-resultaten] > li');
  for (let i = 0; i < 100 && (await meer.isVisible()); i++) {
    const n = await items.count();
    await meer.click();
    // Pagefind loads the next fragments on first use; on a busy machine that takes a moment.
    await expect.poll(() => items.count(), { timeout: 15_000, interval: 100 }).toBeGreaterThan(n);
  }
  return page.locator('[data-resultaten] h3').allInnerTexts();
}

export interface AxeOvertreding {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: string[] }[];
}

/** Runs axe-core (WCAG 2.1 A and AA rules) on the current page. */
export async function axe(page: Page): Promise<string[]> {
  await page.addScriptTag({ content: AXE_BRON });
  const overtredingen = await page.evaluate(async () => {
    const w = window as unknown as { axe: { run(ctx: Document, opts: object): Promise<{ violations: AxeOvertreding[] }> } };
    const r = await w.axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'] } });
    return r.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.map((n) => ({ target: n.target })) }));
  });
  return overtredingen.map((v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}
