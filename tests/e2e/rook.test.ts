// The smoke tests on the real content (dist/ of `npm run build`): every published story in content/
// has a page that opens from the list without errors or axe violations, and search finds it; every text
// component a real story or lab uses is on its built page; and every built page is valid HTML, since
// stories can bring markup the fixture does not have. Names no story, so that editors can rewrite
// content/ freely; all other browser tests run on the fixture site (tests/e2e/fixtures).
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

const tel = (html: string, patroon: RegExp) => (html.match(patroon) ?? []).length;
/** How often the HTML of each text component is on a built page. */
const ONDERDEEL_HTML: Record<string, (html: string) => number> = {
  Citaat: (html) => tel(html, /<figure class="citaat">/g),
  Kerngetal: (html) => tel(html, /<figure class="kerngetal">/g),
  Tijdlijn: (html) => tel(html, /<figure class="tijdlijn">/g),
  Moment: (html) => (html.match(/<figure class="tijdlijn">[\s\S]*?<\/figure>/g) ?? []).reduce((n, t) => n + tel(t, /<li>/g), 0),
  Kader: (html) => tel(html, /<aside class="kader">/g),
};

/** Published stories and labs in content/ whose text uses text components, with how often each. */
function metOnderdelen(): { pad: string; tellingen: Record<string, number> }[] {
  return (['verhalen', 'labs'] as const).flatMap((map) =>
    readdirSync(join(ROOT, 'content', map))
      .filter((f) => f.endsWith('.mdx') && !f.startsWith('_'))
      .map((f) => ({ f, bron: readFileSync(join(ROOT, 'content', map, f), 'utf8') }))
      .filter(({ bron }) => (parse(bron.split(/^---$/m)[1]!) as { status: string }).status === 'gepubliceerd')
      .map(({ f, bron }) => ({
        pad: `${map}/${f.replace(/\.mdx$/, '')}/`,
        tellingen: Object.fromEntries(Object.keys(ONDERDEEL_HTML).map((n) => [n, (bron.match(new RegExp(`<${n}\\b`, 'g')) ?? []).length])),
      }))
      .filter((b) => Object.values(b.tellingen).some((n) => n > 0)),
  );
}

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

  it('every text component of a real story or lab is on its page, rendered through MDX, without axe violations', async () => {
    const basis = inject('echteUrl');
    expect(basis, 'dist/ ontbreekt: draai eerst "npm run build" (npm test doet dat zelf)').not.toBe('');
    const bestanden = metOnderdelen();
    expect(bestanden.length, 'geen enkel verhaal gebruikt nog een onderdeel').toBeGreaterThan(0);
    const gebruikt = new Set<string>();
    for (const { pad, tellingen } of bestanden) {
      const html = readFileSync(join(ROOT, 'dist', pad, 'index.html'), 'utf8');
      for (const [naam, aantal] of Object.entries(tellingen)) {
        expect(ONDERDEEL_HTML[naam]!(html), `${pad} ${naam}`).toBe(aantal);
        if (aantal) gebruikt.add(naam);
      }
    }
    // The seed stories use every component somewhere.
    expect([...gebruikt].sort()).toEqual(Object.keys(ONDERDEEL_HTML).sort());
    const { page, fouten } = await nieuwePagina(browser);
    for (const { pad } of bestanden) {
      await page.goto(new URL(pad, basis).href);
      expect(await axe(page), pad).toEqual([]);
    }
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
