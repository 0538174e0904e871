// WCAG 2.1 AA beyond the first load at desktop width (issue 19), on the fixture site: every built
// page at 320 px without sideways scrolling (1.4.10); every page type, and the interactive states of
// search and the form, under axe at 320 and 1280 px.
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { voorbeeldInvoer } from '../helpers/formulier-voorbeeld.ts';
import { nieuwePagina, startBrowser, url } from './browser.ts';
import { ROOT } from '../helpers/project.ts';
import { fixtureDir, pagina } from './fixture.ts';
import { BREEDTES, breedte, controleerStand } from './wcag.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await startBrowser();
});
afterAll(async () => browser?.close());

/** Every built page of the fixture site, as a path ("verhalen/x/", "404.html"); Pagefind's files left out. */
function allePaginas(): string[] {
  const dist = join(fixtureDir(), 'dist');
  return readdirSync(dist, { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.html') && !f.startsWith('pagefind'))
    .map((f) => f.replace(/index\.html$/, ''))
    .sort();
}

/**
 * One page per page type: pages of the same route ("tags/x/", "tags/y/"; "verhalen/pagina/2/")
 * share a type. Of each type the largest page, which has the most to check (tables, costs, rows).
 */
function paginaTypen(): string[] {
  const dist = join(fixtureDir(), 'dist');
  const grootte = (p: string) => statSync(join(dist, p.endsWith('.html') ? p : `${p}index.html`)).size;
  const perType = new Map<string, string>();
  for (const p of allePaginas()) {
    const delen = p.split('/').filter(Boolean);
    const type = delen.length === 0 ? 'home' : `${delen[0]}${'/*'.repeat(delen.length - 1)}`;
    const nu = perType.get(type);
    if (!nu || grootte(p) > grootte(nu)) perType.set(type, p);
  }
  return [...perType.values()];
}

const TYPEN = paginaTypen();

async function open(breedtePx: number): Promise<Page> {
  const { page } = await nieuwePagina(browser);
  await page.setViewportSize({ width: breedtePx, height: 800 });
  return page;
}

describe('reflow (WCAG 1.4.10)', () => {
  it('no built page is wider than a 320 px screen', async () => {
    const paginas = allePaginas();
    // Every route of the site is there, each with more than one page where it can have them.
    expect(TYPEN.length).toBeGreaterThan(25);
    expect(paginas.length).toBeGreaterThan(TYPEN.length);
    const page = await open(320);
    const te_breed: string[] = [];
    for (const p of paginas) {
      await page.goto(url(p));
      const b = await breedte(page);
      if (b.document !== 320) te_breed.push(`${p}: ${b.document} px (${b.uitstekend.join(', ')})`);
    }
    expect(te_breed).toEqual([]);
    await page.context().close();
  });

  it('stacks the tables of a story on a phone, keeping them tables for screen readers', async () => {
    const page = await open(320);
    await page.goto(url('verhalen/schuld-en-opvang/'));
    const tabel = page.getByRole('table', { name: 'Totalen: huidige situatie en alternatief' });
    expect(await tabel.evaluate((t) => getComputedStyle(t).display)).toBe('block');
    // Each amount carries its column's name; the header row is there for screen readers only.
    expect(await tabel.getByRole('cell').first().evaluate((td) => getComputedStyle(td, '::before').content)).toMatch(/^"Huidige situatie: "/);
    expect(await tabel.getByRole('columnheader').count()).toBe(4);
    expect(await tabel.getByRole('rowheader', { name: 'Per jaar', exact: true }).count()).toBe(1);
    // The caption wraps inside the screen instead of being cut off.
    const bijschrift = await tabel.locator('caption').boundingBox();
    expect(bijschrift!.x + bijschrift!.width).toBeLessThanOrEqual(320);
    await page.context().close();
  });
});

describe('axe (WCAG 2.1 A and AA) on every page type', () => {
  it.each(BREEDTES.flatMap((b) => TYPEN.map((p) => [p || 'home', b, p] as const)))('%s at %i px', async (_, b, p) => {
    const page = await open(b);
    await page.goto(url(p));
    await controleerStand(page, b, p || 'home');
    await page.context().close();
  });
});

describe('axe on the interactive states', () => {
  // Pagefind loads its WebAssembly and index on first use; on a busy machine that takes a moment.
  const vraag = <T>(fn: () => T | Promise<T>) => expect.poll(fn, { timeout: 15_000, interval: 100 });

  it.each(BREEDTES)('search with results and the filters open, at %i px', async (b) => {
    const page = await open(b);
    await page.goto(url('zoeken/?q=wijkteam&tag=integraal'));
    await vraag(() => page.locator('[data-aantal]').innerText()).toContain('"wijkteam"');
    expect(await page.locator('[data-resultaten] > li').count()).toBeGreaterThan(0);
    const filters = page.locator('[data-filterblok]');
    if (!(await filters.evaluate((d) => (d as HTMLDetailsElement).open))) await page.locator('summary').click();
    // The filters are drawn when their counts arrive, after the results.
    await page.getByRole('checkbox', { name: /^Integraal \(\d+\)$/ }).waitFor();
    await controleerStand(page, b, 'zoeken met resultaten en filters');
    await page.context().close();
  });

  /** The form with a draft in this tab (sessionStorage), as a reload restores it. */
  async function formulierMetConcept(b: number, concept: object): Promise<Page> {
    const page = await open(b);
    await page.goto(url('bijdragen/'));
    await page.evaluate((c) => sessionStorage.setItem('bijdragen-concept', JSON.stringify(c)), concept);
    await page.reload();
    await vraag(() => page.locator('#bijdrageformulier').isVisible()).toBe(true);
    return page;
  }
  const verstuur = (page: Page) => page.locator('#bijdrageformulier button[type="submit"]').click();
  const concept = { ...voorbeeldInvoer(), gemeenten: ['Zwolle'] };

  it.each(BREEDTES)('the form with a draft restored, at %i px', async (b) => {
    const page = await formulierMetConcept(b, concept);
    expect(await page.locator('#veld-titel').inputValue()).toBe(concept.titel);
    expect(await page.locator('[data-rijen="belemmeringen"] > li').count()).toBe(2);
    await controleerStand(page, b, 'formulier met hersteld concept');
    await page.context().close();
  });

  it.each(BREEDTES)('the form with its errors shown, at %i px', async (b) => {
    const page = await formulierMetConcept(b, { ...concept, samenvatting: 'x'.repeat(300), domeinen: [] });
    await verstuur(page);
    await vraag(() => page.locator('#foutsamenvatting').isVisible()).toBe(true);
    expect(await page.locator('.veld__fout').count()).toBe(2);
    await controleerStand(page, b, 'formulier met fouten');
    await page.context().close();
  });

  it.each(BREEDTES)('the form with personal data found in the text, a long e-mail address among them, at %i px', async (b) => {
    const tekst = `${concept.tekst}\n\nMail moeder.jansen.van.der.berg@gmail.com of bel 06-12345678.`;
    const page = await formulierMetConcept(b, { ...concept, tekst });
    await verstuur(page);
    await vraag(() => page.locator('#foutsamenvatting').isVisible()).toBe(true);
    expect(await page.locator('#foutsamenvatting-lijst').innerText()).toContain('moeder.jansen.van.der.berg@gmail.com');
    await controleerStand(page, b, 'formulier met persoonsgegevens in de tekst');
    await page.context().close();
  });

  it.each(BREEDTES)('the form with its result shown, at %i px', async (b) => {
    const page = await formulierMetConcept(b, concept);
    await verstuur(page);
    await vraag(() => page.locator('#resultaat').isVisible()).toBe(true);
    await controleerStand(page, b, 'formulier met resultaat');
    await page.context().close();
  });
});

describe('the accessibility statement (/toegankelijkheid/)', () => {
  it('says what is tested and how, what is not, and what does not meet the standard; its links to the tests exist', () => {
    const html = pagina('toegankelijkheid');
    for (const id of ['getest', 'niet-getest', 'beperkingen']) expect(html).toContain(`id="${id}"`);
    for (const tekst of ['320 pixels', '1280 pixels', 'axe-core', 'Tab-toets', 'W3C Nu HTML Checker', 'afgedrukt', 'WCAG 2.1']) expect(html).toContain(tekst);
    const tests = [...html.matchAll(/href="[^"]*\/blob\/[^/]+\/(tests\/e2e\/[\w.-]+)"/g)].map((m) => m[1]!);
    expect(tests.length).toBeGreaterThanOrEqual(3);
    for (const t of tests) expect(existsSync(join(ROOT, t)), t).toBe(true);
  });
});
