// The search page in Chromium, on the fixture site: typing, filters with counts, the URL as
// shareable state, opening a result, the header search box, no-JS fallback, the site's CSP and axe.
// Expected counts come from the fixture files (./fixture.ts), never from the site's own code.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { datumTekst, resultatenTekst } from '../../src/lib/zoeken/weergave.ts';
import { alleZoektitels, axe, nieuwePagina, startBrowser, strengePagina, url } from './browser.ts';
import { fixtureDir, leesFixture, telAls, type Frontmatter } from './fixture.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await startBrowser();
});
afterAll(async () => browser?.close());

const fixture = leesFixture();
/** Everything the index holds: published stories and labs. */
const gepubliceerd: Frontmatter[] = [...fixture.verhalen, ...fixture.labs].map((b) => b.data);
const verhaal = (id: string) => fixture.verhalen.find((v) => v.id === id)!.data;
const PASPOORT = verhaal('paspoort-uit-de-buurtteamkas');
const LEEUWARDEN = verhaal('leeuwarden-frontlijnteam');

// Pagefind loads its WebAssembly and index on first use; on a busy machine that takes a moment.
const vraag = <T>(fn: () => T | Promise<T>) => expect.poll(fn, { timeout: 15_000, interval: 100 });
/** The address bar as the document sees it (history.replaceState included). */
const adres = (page: Page) => page.evaluate(() => location.href);
const statusTekst = (page: Page) => page.locator('[data-aantal]').innerText();
const titels = (page: Page) => page.locator('[data-resultaten] h3').allInnerTexts();
const aantalUitStatus = (tekst: string) => (/^Geen/.test(tekst) ? 0 : Number(/^(\d+)/.exec(tekst)?.[1] ?? NaN));
const telling = async (page: Page, facet: string, waarde: string) =>
  Number(/\((\d+)\)$/.exec(await page.locator(`label[for="filter-${facet}-${waarde}"]`).innerText())?.[1] ?? NaN);

async function zoekOp(page: Page, term: string) {
  const veld = page.getByRole('searchbox', { name: 'Zoekwoorden' });
  await veld.click();
  await veld.pressSequentially(term, { delay: 20 });
  await vraag(() => statusTekst(page)).toContain(`"${term}"`);
}

describe('zoekindex', () => {
  it('indexes every page that asks for it (data-pagefind-body), although the build limits Pagefind to some folders', () => {
    const dist = join(fixtureDir(), 'dist');
    const metBody = readdirSync(dist, { recursive: true, encoding: 'utf8' })
      .filter((f) => f.endsWith('.html') && readFileSync(join(dist, f), 'utf8').includes('data-pagefind-body'));
    const entry = JSON.parse(readFileSync(join(dist, 'pagefind/pagefind-entry.json'), 'utf8')) as { languages: Record<string, { page_count: number }> };
    // Every published story and lab has a page, and nothing else asks to be indexed.
    expect(metBody.length).toBe(gepubliceerd.length);
    expect(Object.values(entry.languages).reduce((n, l) => n + l.page_count, 0)).toBe(metBody.length);
  });
});

describe('zoeken', () => {
  it('finds a story while typing, announces the count, and opens it', async () => {
    const { page, fouten } = await nieuwePagina(browser);
    await page.goto(url('zoeken/'));
    await zoekOp(page, 'paspoort');
    expect(await titels(page)).toContain(PASPOORT.titel);
    const status = await statusTekst(page);
    expect(aantalUitStatus(status)).toBe((await alleZoektitels(page)).length);
    expect(await page.locator('[data-aantal]').getAttribute('role')).toBe('status');
    // Results show samenvatting and datum.
    const resultaat = page.locator('[data-resultaten] > li', { hasText: PASPOORT.titel });
    expect(await resultaat.innerText()).toContain(PASPOORT.samenvatting.split('.')[0]);
    expect(await resultaat.locator('time').getAttribute('datetime')).toBe(PASPOORT.datum);
    expect(await resultaat.locator('time').innerText()).toBe(datumTekst(PASPOORT.datum));
    await vraag(() => adres(page)).toBe(url('zoeken/?q=paspoort'));
    await resultaat.getByRole('link').click();
    await page.waitForURL(url('verhalen/paspoort-uit-de-buurtteamkas/'));
    expect(await page.locator('h1').innerText()).toContain('paspoort');
    expect(fouten).toEqual([]);
  });

  it('shows filter counts that match the content before any search', async () => {
    const { page, fouten } = await nieuwePagina(browser);
    await page.goto(url('zoeken/'));
    await page.getByRole('searchbox', { name: 'Zoekwoorden' }).focus();
    const tags = page.getByRole('group', { name: 'Tag' });
    await tags.waitFor();
    for (const tag of ['integraal', 'anti-bureaucratisch']) {
      expect(await telling(page, 'tag', tag), tag).toBe(telAls(gepubliceerd, (d) => d.tags?.includes(tag) ?? false));
    }
    for (const gemeente of ['leeuwarden', 'eindhoven']) {
      expect(await telling(page, 'gemeente', gemeente), gemeente).toBe(telAls(gepubliceerd, (d) => d.gemeenten?.includes(gemeente) ?? false));
    }
    expect(fouten).toEqual([]);
  });

  it('lists everything with a filter when there is no query, newest first', async () => {
    const { page, fouten } = await nieuwePagina(browser);
    await page.goto(url('zoeken/?tag=integraal'));
    // Newest first, as the fixture files date them.
    const verwacht = gepubliceerd.filter((d) => d.tags?.includes('integraal')).sort((a, b) => b.datum.localeCompare(a.datum));
    await vraag(() => statusTekst(page)).toBe(resultatenTekst(verwacht.length, '', 1));
    expect(await alleZoektitels(page)).toEqual(verwacht.map((d) => d.titel));
    expect(await page.getByRole('checkbox', { name: /^Integraal \(\d+\)$/ }).isChecked()).toBe(true);
    expect(fouten).toEqual([]);
  });

  it('narrows results with a filter, updates counts and keeps the state in a shareable URL', async () => {
    const { page, fouten } = await nieuwePagina(browser);
    await page.goto(url('zoeken/'));
    await zoekOp(page, 'wijkteam');
    const voor = await alleZoektitels(page);
    expect(voor).toEqual(expect.arrayContaining([PASPOORT.titel, LEEUWARDEN.titel]));
    expect(aantalUitStatus(await statusTekst(page))).toBe(voor.length);
    const inLeeuwarden = await telling(page, 'gemeente', 'leeuwarden');
    const antiBureaucratischVoor = await telling(page, 'tag', 'anti-bureaucratisch');
    expect(antiBureaucratischVoor).toBeGreaterThanOrEqual(1); // the passport story

    // Keyboard: the checkbox is a real checkbox in a fieldset named by its legend.
    const vakje = page.getByRole('group', { name: 'Gemeente' }).getByRole('checkbox', { name: /^Leeuwarden \(\d+\)$/ });
    await vakje.focus();
    await page.keyboard.press('Space');
    await vraag(() => statusTekst(page)).toContain('met 1 filter');
    expect(await vakje.isChecked()).toBe(true);
    const na = await alleZoektitels(page);
    expect(na).toContain(LEEUWARDEN.titel);
    expect(na).not.toContain(PASPOORT.titel);
    expect(na.length).toBe(inLeeuwarden);
    expect(aantalUitStatus(await statusTekst(page))).toBe(inLeeuwarden);
    for (const meta of await page.locator('[data-resultaten] .zoeken__meta:has(time)').allInnerTexts()) expect(meta).toContain('Leeuwarden');
    // Counts of other facets now count within Leeuwarden: the passport story (no gemeente) drops out.
    expect(await telling(page, 'tag', 'anti-bureaucratisch')).toBeLessThan(antiBureaucratischVoor);
    await vraag(() => adres(page)).toBe(url('zoeken/?q=wijkteam&gemeente=leeuwarden'));

    // The shared link restores query, filter and results in a fresh page.
    const gedeeld = await adres(page);
    const status = await statusTekst(page);
    const tweede = await nieuwePagina(browser);
    await tweede.page.goto(gedeeld);
    await vraag(() => statusTekst(tweede.page)).toBe(status);
    expect(await tweede.page.getByRole('searchbox', { name: 'Zoekwoorden' }).inputValue()).toBe('wijkteam');
    expect(await tweede.page.getByRole('checkbox', { name: /^Leeuwarden \(\d+\)$/ }).isChecked()).toBe(true);
    expect(await alleZoektitels(tweede.page)).toEqual(na);

    // Unticking restores the wider result.
    await vakje.uncheck();
    await vraag(() => statusTekst(page)).not.toContain('filter');
    expect((await alleZoektitels(page)).sort()).toEqual([...voor].sort());
    await vraag(() => adres(page)).toBe(url('zoeken/?q=wijkteam'));
    expect([...fouten, ...tweede.fouten]).toEqual([]);
  });

  it('sorts by date, newest first, when asked', async () => {
    const { page, fouten } = await nieuwePagina(browser);
    await page.goto(url('zoeken/?q=wijkteam'));
    await vraag(() => statusTekst(page)).toContain('"wijkteam"');
    await page.getByLabel('Volgorde').selectOption('datum');
    await vraag(() => adres(page)).toBe(url('zoeken/?q=wijkteam&volgorde=datum'));
    await vraag(async () => {
      const data = await page.locator('[data-resultaten] time').evaluateAll((ts) => ts.map((t) => t.getAttribute('datetime') ?? ''));
      return data.length > 1 && data.every((d, i) => i === 0 || data[i - 1]! >= d);
    }).toBe(true);
    expect(fouten).toEqual([]);
  });

  it('takes a query from the header search box on any page', async () => {
    const { page, fouten } = await nieuwePagina(browser);
    await page.goto(url());
    const kop = page.getByRole('search').first();
    await kop.getByRole('searchbox').fill('frontlijnteam');
    await kop.getByRole('searchbox').press('Enter');
    await page.waitForURL(url('zoeken/?q=frontlijnteam'));
    await vraag(() => statusTekst(page)).toContain('"frontlijnteam"');
    expect(await titels(page)).toContain(LEEUWARDEN.titel);
    expect(await page.getByRole('searchbox', { name: 'Zoekwoorden' }).inputValue()).toBe('frontlijnteam');
    expect(fouten).toEqual([]);
  });

  it('says so when nothing matches', async () => {
    const { page } = await nieuwePagina(browser);
    await page.goto(url('zoeken/?q=xylofoonorkest'));
    await vraag(() => statusTekst(page)).toBe('Geen resultaten voor "xylofoonorkest".');
    expect(await page.locator('[data-resultaten] > li').count()).toBe(0);
  });

  it('explains, and keeps the lists, when the index cannot be loaded', async () => {
    const { page } = await nieuwePagina(browser);
    await page.route('**/pagefind/pagefind.js', (route) => route.fulfill({ status: 404, body: '' }));
    await page.goto(url('zoeken/?q=schuld'));
    const melding = page.getByRole('alert');
    await vraag(() => melding.innerText()).toContain('De zoekindex kon niet worden geladen');
    expect(await page.getByRole('link', { name: 'Alle verhalen, nieuwste eerst' }).isVisible()).toBe(true);
  });

  it('points to the browsable lists without JavaScript', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(url('zoeken/?q=schuld'));
    expect(await page.locator('main').innerText()).toContain('Zoeken werkt met JavaScript');
    const links = await page.locator('main a').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    expect(links).toEqual(expect.arrayContaining(['/verhalen/', '/tags/', '/belemmeringen/', '/gemeenten/', '/beloften/'].map((p) => new URL(url(p.slice(1))).pathname)));
    expect(await page.locator('[data-zoekgebied]').isVisible()).toBe(false);
    await context.close();
  });

  it.each([
    ['only the <meta> policy', false],
    ['the <meta> policy and the headers from public/_headers', true],
  ])("searches under the site's own Content-Security-Policy (%s): no violation, results shown", async (_, metHeaders) => {
    const { page, fouten, schendingen } = await strengePagina(browser, metHeaders);
    await page.goto(url('zoeken/?q=paspoort'));
    await vraag(() => statusTekst(page)).toContain('"paspoort"');
    expect(await titels(page)).toContain(PASPOORT.titel);
    expect(await schendingen()).toEqual([]);
    expect(fouten).toEqual([]);
    await page.context().close();
  });

  it('folds the filters on a narrow screen; they open with the keyboard', async () => {
    const { page, fouten } = await nieuwePagina(browser);
    await page.setViewportSize({ width: 390, height: 800 });
    await page.goto(url('zoeken/?q=wijkteam&gemeente=leeuwarden'));
    await vraag(() => statusTekst(page)).toContain('met 1 filter');
    const vakje = page.getByRole('checkbox', { name: /^Leeuwarden \(\d+\)$/ });
    expect(await vakje.isVisible()).toBe(false);
    expect(await page.locator('summary').innerText()).toContain('(1 gekozen)');
    await page.locator('summary').focus();
    await page.keyboard.press('Enter');
    expect(await vakje.isVisible()).toBe(true);
    expect(await vakje.isChecked()).toBe(true);
    expect(await axe(page)).toEqual([]);
    expect(fouten).toEqual([]);
  });

  it('has no axe violations with results and filters shown', async () => {
    const { page } = await nieuwePagina(browser);
    await page.goto(url('zoeken/?q=wijkteam&tag=integraal'));
    await vraag(() => statusTekst(page)).toContain('"wijkteam"');
    expect(await page.locator('[data-resultaten] > li').count()).toBeGreaterThan(0);
    expect(await axe(page)).toEqual([]);
  });
});
