// The search page in Chromium, on the built site (dist/): typing, filters with counts, the URL
// as shareable state, opening a result, the header search box, no-JS fallback and axe.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { datumTekst, resultatenTekst } from '../../src/lib/zoeken/weergave.ts';
import { ROOT } from '../helpers/project.ts';
import { axe, nieuwePagina, startBrowser, url } from './browser.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await startBrowser();
});
afterAll(async () => browser?.close());

interface Frontmatter {
  titel: string;
  status: string;
  tags?: string[];
  gemeenten?: string[];
}

/**
 * Published stories and labs as the content files say, to compute expected counts. A lab counts
 * once the site has a page for it (lab pages are built by another part of the site).
 */
function gepubliceerd(): Frontmatter[] {
  const uit: Frontmatter[] = [];
  for (const [map, paginas] of [['content/verhalen', 'dist/verhalen'], ['content/labs', 'dist/labs']] as const) {
    for (const naam of readdirSync(join(ROOT, map))) {
      if (!naam.endsWith('.mdx') || naam.startsWith('_')) continue;
      if (!existsSync(join(ROOT, paginas, naam.replace(/\.mdx$/, ''), 'index.html'))) continue;
      const tekst = readFileSync(join(ROOT, map, naam), 'utf8');
      const fm = parse(tekst.split(/^---$/m)[1]!) as Frontmatter;
      if (fm.status === 'gepubliceerd') uit.push(fm);
    }
  }
  return uit;
}

// Pagefind loads its WebAssembly and index on first use; on a busy machine that takes a moment.
const vraag = <T>(fn: () => T | Promise<T>) => expect.poll(fn, { timeout: 15_000, interval: 100 });
/** The address bar as the document sees it (history.replaceState included). */
const adres = (page: Page) => page.evaluate(() => location.href);
const statusTekst = (page: Page) => page.locator('[data-aantal]').innerText();
const titels = (page: Page) => page.locator('[data-resultaten] h3').allInnerTexts();
const aantalUitStatus = (tekst: string) => (/^Geen/.test(tekst) ? 0 : Number(/^(\d+)/.exec(tekst)?.[1] ?? NaN));
const telling = async (page: Page, facet: string, waarde: string) =>
  Number(/\((\d+)\)$/.exec(await page.locator(`label[for="filter-${facet}-${waarde}"]`).innerText())?.[1] ?? NaN);

/** All result titles: shows more results (ten at a time) until every result is on the page. */
async function alleTitels(page: Page): Promise<string[]> {
  const meer = page.locator('[data-meer]');
  const items = page.locator('[data-resultaten] > li');
  for (let i = 0; i < 100 && (await meer.isVisible()); i++) {
    const n = await items.count();
    await meer.click();
    await vraag(() => items.count()).toBeGreaterThan(n);
  }
  return titels(page);
}

/** The frontmatter date of a story file. */
const datumVan = (id: string) =>
  String((parse(readFileSync(join(ROOT, 'content/verhalen', `${id}.mdx`), 'utf8').split(/^---$/m)[1]!) as { datum: string }).datum);

async function zoekOp(page: Page, term: string) {
  const veld = page.getByRole('searchbox', { name: 'Zoekwoorden' });
  await veld.click();
  await veld.pressSequentially(term, { delay: 20 });
  await vraag(() => statusTekst(page)).toContain(`"${term}"`);
}

describe('zoekindex', () => {
  it('indexes every page that asks for it (data-pagefind-body), although the build limits Pagefind to some folders', () => {
    const dist = join(ROOT, 'dist');
    const metBody = readdirSync(dist, { recursive: true, encoding: 'utf8' })
      .filter((f) => f.endsWith('.html') && readFileSync(join(dist, f), 'utf8').includes('data-pagefind-body'));
    const entry = JSON.parse(readFileSync(join(dist, 'pagefind/pagefind-entry.json'), 'utf8')) as { languages: Record<string, { page_count: number }> };
    expect(metBody.length).toBeGreaterThan(0);
    expect(Object.values(entry.languages).reduce((n, l) => n + l.page_count, 0)).toBe(metBody.length);
  });
});

describe('zoeken', () => {
  it('finds a story while typing, announces the count, and opens it', async () => {
    const { page, fouten } = await nieuwePagina(browser);
    await page.goto(url('zoeken/'));
    await zoekOp(page, 'paspoort');
    expect(await titels(page)).toContain('Hakan en het paspoort: een lening uit de kas van het buurtteam');
    const status = await statusTekst(page);
    expect(aantalUitStatus(status)).toBe((await alleTitels(page)).length);
    expect(await page.locator('[data-aantal]').getAttribute('role')).toBe('status');
    // Results show samenvatting and datum.
    const hakan = page.locator('[data-resultaten] > li', { hasText: 'Hakan en het paspoort' });
    expect(await hakan.innerText()).toContain('Zonder paspoort geen verblijfsvergunning');
    const datum = datumVan('hakan-paspoort-lening-uit-buurtteamkas');
    expect(await hakan.locator('time').getAttribute('datetime')).toBe(datum);
    expect(await hakan.locator('time').innerText()).toBe(datumTekst(datum));
    await vraag(() => adres(page)).toBe(url('zoeken/?q=paspoort'));
    await hakan.getByRole('link').click();
    await page.waitForURL(url('verhalen/hakan-paspoort-lening-uit-buurtteamkas/'));
    expect(await page.locator('h1').innerText()).toContain('paspoort');
    expect(fouten).toEqual([]);
  });

  it('shows filter counts that match the content before any search', async () => {
    const { page, fouten } = await nieuwePagina(browser);
    await page.goto(url('zoeken/'));
    await page.getByRole('searchbox', { name: 'Zoekwoorden' }).focus();
    const tags = page.getByRole('group', { name: 'Tag' });
    await tags.waitFor();
    const inhoud = gepubliceerd();
    for (const tag of ['integraal', 'anti-bureaucratisch']) {
      expect(await telling(page, 'tag', tag)).toBe(inhoud.filter((d) => d.tags?.includes(tag)).length);
    }
    expect(await telling(page, 'gemeente', 'leeuwarden')).toBe(inhoud.filter((d) => d.gemeenten?.includes('leeuwarden')).length);
    expect(fouten).toEqual([]);
  });

  it('lists everything with a filter when there is no query, newest first', async () => {
    const { page, fouten } = await nieuwePagina(browser);
    await page.goto(url('zoeken/?tag=integraal'));
    const verwacht = gepubliceerd().filter((d) => d.tags?.includes('integraal'));
    await vraag(() => statusTekst(page)).toBe(resultatenTekst(verwacht.length, '', 1));
    expect((await alleTitels(page)).sort()).toEqual(verwacht.map((d) => d.titel).sort());
    expect(await page.getByRole('checkbox', { name: /^Integraal \(\d+\)$/ }).isChecked()).toBe(true);
    expect(fouten).toEqual([]);
  });

  it('narrows results with a filter, updates counts and keeps the state in a shareable URL', async () => {
    const { page, fouten } = await nieuwePagina(browser);
    await page.goto(url('zoeken/'));
    await zoekOp(page, 'wijkteam');
    const voor = await alleTitels(page);
    expect(voor).toEqual(expect.arrayContaining(['Hakan en het paspoort: een lening uit de kas van het buurtteam', 'Leeuwarden: het frontlijnteam in Heechterp-Schieringen']));
    expect(aantalUitStatus(await statusTekst(page))).toBe(voor.length);
    const inLeeuwarden = await telling(page, 'gemeente', 'leeuwarden');
    const antiBureaucratischVoor = await telling(page, 'tag', 'anti-bureaucratisch');
    expect(antiBureaucratischVoor).toBeGreaterThanOrEqual(1); // Hakan

    // Keyboard: the checkbox is a real checkbox in a fieldset named by its legend.
    const vakje = page.getByRole('group', { name: 'Gemeente' }).getByRole('checkbox', { name: /^Leeuwarden \(\d+\)$/ });
    await vakje.focus();
    await page.keyboard.press('Space');
    await vraag(() => statusTekst(page)).toContain('met 1 filter');
    expect(await vakje.isChecked()).toBe(true);
    const na = await alleTitels(page);
    expect(na).toContain('Leeuwarden: het frontlijnteam in Heechterp-Schieringen');
    expect(na).not.toContain('Hakan en het paspoort: een lening uit de kas van het buurtteam');
    expect(na.length).toBe(inLeeuwarden);
    expect(aantalUitStatus(await statusTekst(page))).toBe(inLeeuwarden);
    for (const meta of await page.locator('[data-resultaten] .zoeken__meta:has(time)').allInnerTexts()) expect(meta).toContain('Leeuwarden');
    // Counts of other facets now count within Leeuwarden: Hakan (no gemeente) drops out.
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
    expect(await alleTitels(tweede.page)).toEqual(na);

    // Unticking restores the wider result.
    await vakje.uncheck();
    await vraag(() => statusTekst(page)).not.toContain('filter');
    expect((await alleTitels(page)).sort()).toEqual([...voor].sort());
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
    expect(await titels(page)).toContain('Leeuwarden: het frontlijnteam in Heechterp-Schieringen');
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

  it('works under a strict Content-Security-Policy (self-hosted files, wasm-unsafe-eval)', async () => {
    const csp = "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; worker-src 'self'; object-src 'none'; base-uri 'self'";
    const context = await browser.newContext({ locale: 'nl-NL' });
    await context.route('**/*', async (route) => {
      const antwoord = await route.fetch();
      await route.fulfill({ response: antwoord, headers: { ...antwoord.headers(), 'content-security-policy': csp } });
    });
    const page = await context.newPage();
    const fouten: string[] = [];
    page.on('console', (m) => m.type() === 'error' && fouten.push(m.text()));
    page.on('pageerror', (e) => fouten.push(e.message));
    await page.goto(url('zoeken/?q=paspoort'));
    await vraag(() => statusTekst(page)).toContain('"paspoort"');
    expect(await titels(page)).toContain('Hakan en het paspoort: een lening uit de kas van het buurtteam');
    expect(fouten.filter((f) => /Content Security Policy|Refused/i.test(f))).toEqual([]);
    await context.close();
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
