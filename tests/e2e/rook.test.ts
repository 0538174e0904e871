// The smoke tests on the real content (dist/ of `npm run build`): every published story in content/
// has a page that opens from the list without errors or axe violations, and search finds it; and every
// built page is valid HTML, since stories can bring markup the fixture does not have. Names no story,
// so that editors can rewrite content/ freely; all other browser tests run on the fixture site
// (tests/e2e/fixtures).
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { parse } from 'yaml';
import { ROOT } from '../helpers/project.ts';
import { alleZoektitels, axe, nieuwePagina, startBrowser } from './browser.ts';
import { htmlBestanden, nuFouten } from './nu.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await startBrowser();
});
afterAll(async () => browser?.close());

/** Published stories in content/, newest first, read as plain YAML. */
function echteVerhalen(): { id: string; titel: string; datum: string }[] {
  const map = join(ROOT, 'content/verhalen');
  return readdirSync(map)
    .filter((f) => f.endsWith('.mdx') && !f.startsWith('_'))
    .map((f) => ({ id: f.replace(/\.mdx$/, ''), fm: parse(readFileSync(join(map, f), 'utf8').split(/^---$/m)[1]!) as { titel: string; datum: unknown; status: string } }))
    .filter((v) => v.fm.status === 'gepubliceerd')
    .map((v) => ({ id: v.id, titel: v.fm.titel, datum: String(v.fm.datum) }))
    .sort((a, b) => b.datum.localeCompare(a.datum));
}

describe('rooktest op de echte inhoud', () => {
  it('the newest real story opens from the list, has no errors or axe violations, and search finds it', async () => {
    const basis = inject('echteUrl');
    expect(basis, 'dist/ ontbreekt: draai eerst "npm run build" (npm test doet dat zelf)').not.toBe('');
    const verhalen = echteVerhalen();
    expect(verhalen.length).toBeGreaterThan(0);
    const nieuwste = verhalen[0]!;
    const { page, fouten } = await nieuwePagina(browser);

    await page.goto(new URL('verhalen/', basis).href);
    expect(await page.locator('main > p').first().innerText()).toContain(`van ${verhalen.length}, nieuwste eerst`);
    await page.getByRole('link', { name: nieuwste.titel, exact: true }).first().click();
    await page.waitForURL(new URL(`verhalen/${nieuwste.id}/`, basis).href);
    expect(await page.locator('h1').innerText()).toBe(nieuwste.titel);
    expect(await axe(page)).toEqual([]);

    // Search by the longest word of the title.
    const woord = nieuwste.titel.split(/[^\p{L}\p{N}]+/u).sort((a, b) => b.length - a.length)[0]!;
    await page.goto(new URL(`zoeken/?q=${encodeURIComponent(woord)}`, basis).href);
    await expect.poll(() => page.locator('[data-aantal]').innerText(), { timeout: 15_000 }).toContain(`"${woord}"`);
    expect(await alleZoektitels(page)).toContain(nieuwste.titel);
    expect(fouten).toEqual([]);
  });

  it('every page of the real site is valid HTML (W3C Nu HTML Checker)', () => {
    expect(inject('echteUrl'), 'dist/ ontbreekt: draai eerst "npm run build" (npm test doet dat zelf)').not.toBe('');
    const dist = join(ROOT, 'dist');
    const bestanden = htmlBestanden(dist);
    expect(bestanden.length).toBeGreaterThan(echteVerhalen().length);
    expect(nuFouten(dist, bestanden)).toEqual([]);
  });
});
