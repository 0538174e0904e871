/** Chromium (see scripts/chromium.ts) driven by playwright-core, and axe-core for accessibility checks. */
import { createRequire } from 'node:module';
import type { Browser, Page } from 'playwright-core';
import { inject } from 'vitest';
import { startChromium } from '../../scripts/chromium.ts';

const require = createRequire(import.meta.url);
const AXE_BRON: string = (require('axe-core') as { source: string }).source;

export function startBrowser(): Promise<Browser> {
  return startChromium(process.env);
}

/** Absolute URL of a site path ("verhalen/") on the preview server. */
export function url(pad = ''): string {
  return new URL(pad.replace(/^\//, ''), inject('baseUrl')).href;
}

/** A new page; console errors and failed requests on our own origin are collected. */
export async function nieuwePagina(browser: Browser): Promise<{ page: Page; fouten: string[] }> {
  // bypassCSP lets axe-core be injected; the site's own scripts still run under its CSP in other tests.
  const context = await browser.newContext({ bypassCSP: true, locale: 'nl-NL' });
  const page = await context.newPage();
  const fouten: string[] = [];
  page.on('console', (m) => m.type() === 'error' && fouten.push(m.text()));
  page.on('pageerror', (e) => fouten.push(e.message));
  return { page, fouten };
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
