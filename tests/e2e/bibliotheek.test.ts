// The library in Chromium, on the fixture site: every page type is reached by clicking from home,
// has no axe violations and no console errors; the story page shows costs and open barriers.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PER_PAGINA } from '../../src/lib/bibliotheek.ts';
import { axe, nieuwePagina, startBrowser, url } from './browser.ts';
import { leesFixture } from './fixture.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await startBrowser();
});
afterAll(async () => browser?.close());

const fx = leesFixture();
const titel = (id: string) => fx.verhalen.find((v) => v.id === id)!.data.titel;
const exact = (tekst: string) => new RegExp(tekst.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
/** The full story page (tests/e2e/fixtures/content/verhalen/schuld-en-opvang.mdx). */
const NOOR = exact(titel('schuld-en-opvang'));
const LEEUWARDEN = exact(titel('leeuwarden-frontlijnteam'));
const EINDHOVEN = exact(titel('eindhoven-geld-per-probleem'));

/** Clicks the first link with this name inside `binnen` and waits for the next page. */
async function klik(page: Page, naam: string | RegExp, binnen = 'body'): Promise<void> {
  const link = page.locator(binnen).getByRole('link', { name: naam, exact: typeof naam === 'string' }).first();
  const voor = page.url();
  await Promise.all([page.waitForURL((u) => u.href !== voor), link.click()]);
}

async function kop(page: Page): Promise<string> {
  return (await page.locator('h1').innerText()).trim();
}

/** Checks a page as a person and axe would: a heading, a breadcrumb trail, no violations, no errors. */
async function controleer(page: Page, fouten: string[], h1: RegExp): Promise<void> {
  expect(await kop(page)).toMatch(h1);
  expect(await axe(page), `axe op ${page.url()}`).toEqual([]);
  expect(fouten, `consolefouten op ${page.url()}`).toEqual([]);
}

describe('pagina’s van de bibliotheek, bereikt vanaf home', () => {
  it('home shows the newest stories, the ten beloften and entry points', async () => {
    const { page, fouten } = await nieuwePagina(browser);
    await page.goto(url());
    const main = page.locator('main');
    expect(await main.locator('h2').allInnerTexts()).toEqual(expect.arrayContaining(['Nieuwste verhalen', 'De tien beloften']));
    expect(await main.locator('ol > li').count()).toBe(10);
    for (const naam of ['Zoeken in verhalen', 'Belemmeringen', 'Doorbraken', 'Kaart van gemeenten', 'Beloftemeter', 'Verhaal bijdragen', 'Open data']) {
      expect(await main.getByRole('link', { name: naam, exact: true }).count(), naam).toBe(1);
    }
    const hrefs = await main.locator('.tegels a').evaluateAll((as) => as.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
    expect(hrefs.map((h) => h.replace(/^.*?\/(zoeken|belemmeringen|doorbraken|gemeenten|beloften|bijdragen|data)\/$/, '$1'))).toEqual([
      'zoeken',
      'belemmeringen',
      'doorbraken',
      'gemeenten',
      'beloften',
      'bijdragen',
      'data',
    ]);
    await controleer(page, fouten, /3D-lab kennisbank/);
  });

  it('list -> story page with header, barriers, costs, sources and related stories', async () => {
    const { page, fouten } = await nieuwePagina(browser);
    await page.goto(url());
    await klik(page, 'Alle verhalen', 'main');
    await controleer(page, fouten, /^Alle verhalen$/);
    // Newest first.
    const datums = await page.locator('main .kaarten time').evaluateAll((ts) => ts.map((t) => t.getAttribute('datetime') ?? ''));
    expect(datums).toEqual([...datums].sort().reverse());

    await klik(page, NOOR, 'main');
    await controleer(page, fouten, NOOR);
    const kenmerken = await page.locator('dl.kenmerken').innerText();
    expect(kenmerken).toContain('Gemeente niet genoemd in de bron');
    expect(kenmerken).toContain('7 januari 2015');
    expect(kenmerken).toMatch(/Pieter Hilhorst/);

    // Both barriers have a breakthrough with its status; the open-barrier case is tested on the barrier-type hub.
    const items = page.locator('.belemmering');
    for (const tekst of ['aparte potten', 'eigen woning heeft']) {
      expect(await items.filter({ hasText: tekst }).locator('.doorbraak .label').count()).toBeGreaterThan(0);
      expect(await items.filter({ hasText: tekst }).innerText()).not.toContain('Nog zonder oplossing');
    }

    // Costs as a table with caption and header cells, and a chart whose labels and amounts are text.
    const totalen = page.getByRole('table', { name: /Totalen/ });
    expect(await totalen.getByRole('row', { name: /Per jaar/ }).innerText()).toMatch(/€ 60\.000\s+€ 0/);
    expect(await totalen.getByRole('row', { name: /Eenmalig/ }).innerText()).toMatch(/€ 0\s+€ 12\.000/);
    expect(await page.getByRole('table', { name: /Wie betaalt/ }).innerText()).toContain('Gemeente (opvang)');
    expect(await page.locator('figure.staafgrafiek li', { hasText: 'Huidig, per jaar' }).innerText()).toMatch(/^Huidig, per jaar\s+€ 60\.000$/);
    expect(await page.locator('th[scope=col]').count()).toBeGreaterThan(5);

    expect(await page.locator('#bronnen-kop').count()).toBe(1);
    const verwant = page.locator('section[aria-labelledby=verwant-kop]');
    expect(await verwant.locator('h3').count()).toBeGreaterThan(0);
    // Navigation and related lists are not part of the search index.
    expect(await page.locator('[data-pagefind-body] .kruimels, [data-pagefind-body] #verwant-kop').count()).toBe(0);
    const bewerk = await page.getByRole('link', { name: 'Bewerk dit verhaal' }).getAttribute('href');
    expect(bewerk).toMatch(/\/edit\/main\/content\/verhalen\/schuld-en-opvang\.mdx$/);
  });

  it('story -> tag, barrier type and domein hubs', async () => {
    const { page, fouten } = await nieuwePagina(browser);
    await page.goto(url('verhalen/'));
    await klik(page, NOOR, 'main');
    await klik(page, '#integraal', 'dl.kenmerken');
    await controleer(page, fouten, /^Tag #integraal/);
    expect(await page.locator('main').innerText()).toMatch(NOOR);

    await page.goBack();
    await klik(page, 'Verkokerde financiering en perverse prikkels', 'main');
    await controleer(page, fouten, /^Soort belemmering: Verkokerde financiering/);
    const opgelost = page.locator('.belemmering', { hasText: 'aparte potten' });
    expect(await opgelost.getByRole('link', { name: NOOR }).count()).toBe(1);
    // Eindhoven's money-per-problem barrier has no breakthrough.
    const open = page.locator('.belemmering', { hasText: 'Voor elk probleem bestaat een aparte geldstroom, met eigen' });
    expect(await open.innerText()).toContain('Nog zonder oplossing');
    expect(await open.getByRole('link', { name: EINDHOVEN }).count()).toBe(1);

    await page.goBack();
    await klik(page, 'Schulden', 'dl.kenmerken');
    await controleer(page, fouten, /^Domein: Schulden/);
  });

  it('story -> gemeente -> provincie, and the provincies index', async () => {
    const { page, fouten } = await nieuwePagina(browser);
    await page.goto(url('verhalen/'));
    await klik(page, LEEUWARDEN, 'main');
    await controleer(page, fouten, LEEUWARDEN);
    await klik(page, 'Leeuwarden', 'dl.kenmerken');
    await controleer(page, fouten, /^Gemeente Leeuwarden$/);
    await klik(page, 'Fryslân', 'main');
    await controleer(page, fouten, /^Provincie Fryslân$/);
    expect(await page.locator('main').innerText()).toMatch(LEEUWARDEN);
    await klik(page, 'Provincies', '.kruimels');
    await controleer(page, fouten, /^Provincies$/);
  });

  it('home -> belofte hub, labs, lab report and rapporteurs', async () => {
    const { page, fouten } = await nieuwePagina(browser);
    await page.goto(url());
    await klik(page, 'Integraal werken', 'main ol');
    await controleer(page, fouten, /^Belofte 2: Integraal werken$/);
    expect(await page.locator('main').innerText()).toMatch(NOOR);

    await page.goto(url());
    await klik(page, 'Labs', 'main');
    await controleer(page, fouten, /^Labs$/);
    await klik(page, 'Lab wijkteams en welzijnswerk', 'main');
    await controleer(page, fouten, /^Lab wijkteams en welzijnswerk$/);
    // The report aggregates its stories and their barriers and breakthroughs.
    const samen = await page.locator('main').innerText();
    expect(samen).toMatch(LEEUWARDEN);
    expect(samen).toContain('Inrichting van de eigen organisatie');
    expect(await page.locator('main .doorbraak .label').count()).toBeGreaterThan(0);

    await klik(page, 'Jos van der Lans', 'dl.kenmerken');
    await controleer(page, fouten, /^Jos van der Lans$/);
    await klik(page, 'Rapporteurs', '.kruimels');
    await controleer(page, fouten, /^Rapporteurs$/);
  });

  it('home -> tags, domeinen and toegankelijkheid indexes', async () => {
    const { page, fouten } = await nieuwePagina(browser);
    for (const [naam, h1] of [
      ['Tags', /^Tags$/],
      ['Domeinen', /^Domeinen$/],
      ['Toegankelijkheid', /^Toegankelijkheid$/],
    ] as const) {
      await page.goto(url());
      await klik(page, naam, 'main');
      await controleer(page, fouten, h1);
    }
    const tekst = await page.locator('main').innerText();
    expect(tekst).toContain('WCAG 2.1');
    expect(tekst).toContain('axe-core');
    expect(await page.getByRole('link', { name: /issues/ }).getAttribute('href')).toMatch(/\/issues$/);
  });

  it('paginates the list of stories', async () => {
    const aantal = fx.verhalen.length;
    expect(aantal, 'the fixture needs more stories than fit on one page').toBeGreaterThan(PER_PAGINA);
    const { page, fouten } = await nieuwePagina(browser);
    await page.goto(url('verhalen/'));
    expect(await page.locator('main > p').first().innerText()).toContain(`Verhaal 1 tot en met ${PER_PAGINA} van ${aantal}`);
    expect(await page.locator('main .kaarten > li').count()).toBe(PER_PAGINA);
    await Promise.all([page.waitForURL(/\/verhalen\/pagina\/2\/$/), page.locator('.paginering a[rel=next]').click()]);
    await controleer(page, fouten, /^Alle verhalen, pagina 2$/);
    expect(await page.locator('main .kaarten > li').count()).toBe(Math.min(PER_PAGINA, aantal - PER_PAGINA));
  });

  it('has a 404 page', async () => {
    const { page, fouten } = await nieuwePagina(browser);
    const antwoord = await page.goto(url('bestaat/niet/'));
    expect(antwoord?.status()).toBe(404);
    // The browser logs the 404 of the document itself; nothing else may fail.
    const andere = fouten.filter((f) => !f.includes('status of 404'));
    await controleer(page, andere, /^Deze pagina bestaat niet$/);
    expect(fouten.length).toBeLessThanOrEqual(1);
  });
});

describe('vorm en gebruik', () => {
  it('skip link appears on focus and jumps to the content; focus is visible', async () => {
    const { page } = await nieuwePagina(browser);
    await page.goto(url());
    await page.keyboard.press('Tab');
    const skip = page.getByRole('link', { name: 'Naar de inhoud' });
    const vak = await skip.boundingBox();
    expect(vak && vak.y >= 0 && vak.x >= 0).toBe(true);
    const stijl = await skip.evaluate((el) => {
      const s = getComputedStyle(el);
      return { outline: s.outlineStyle, schaduw: s.boxShadow };
    });
    expect(stijl.outline !== 'none' || stijl.schaduw !== 'none').toBe(true);
    await page.keyboard.press('Enter');
    expect(page.url()).toMatch(/#inhoud$/);
  });

  it('ships less than 30 kB CSS, no JavaScript, and does not shift while loading', async () => {
    const { page } = await nieuwePagina(browser);
    let css = 0;
    let js = 0;
    page.on('response', async (r) => {
      const type = r.headers()['content-type'] ?? '';
      const lengte = (await r.body().catch(() => Buffer.alloc(0))).length;
      if (type.includes('text/css')) css += lengte;
      if (type.includes('javascript')) js += lengte;
    });
    await page.goto(url('verhalen/schuld-en-opvang/'), { waitUntil: 'networkidle' });
    expect(css).toBeGreaterThan(0);
    expect(css).toBeLessThan(30_000);
    expect(js).toBe(0);
    const verschuiving = await page.evaluate(
      () =>
        new Promise<number>((klaar) => {
          let som = 0;
          new PerformanceObserver((l) => {
            for (const e of l.getEntries() as unknown as { value: number }[]) som += e.value;
          }).observe({ type: 'layout-shift', buffered: true });
          setTimeout(() => klaar(som), 300);
        }),
    );
    expect(verschuiving).toBeLessThan(0.01);
  });

  it('prints a lab report without header, footer and breadcrumbs', async () => {
    const { page } = await nieuwePagina(browser);
    await page.goto(url('labs/'));
    await klik(page, 'Lab wijkteams en welzijnswerk', 'main');
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('header.kop').isVisible()).toBe(false);
    expect(await page.locator('footer.voet').isVisible()).toBe(false);
    expect(await page.locator('.kruimels').isVisible()).toBe(false);
    expect(await page.locator('article h1').isVisible()).toBe(true);
    expect(await page.locator('#lab-belemmeringen').isVisible()).toBe(true);
  });

  it('lays out a story page on a 375 px wide phone without sideways scrolling', async () => {
    const context = await browser.newContext({ viewport: { width: 375, height: 800 }, locale: 'nl-NL' });
    const page = await context.newPage();
    await page.goto(url('verhalen/schuld-en-opvang/'));
    const breedte = await page.evaluate(() => document.documentElement.scrollWidth);
    expect(breedte).toBeLessThanOrEqual(375);
    await context.close();
  });
});
