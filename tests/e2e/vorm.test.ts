// What axe does not check (issue 19), on the fixture site at 320 and 1280 px: a clearly visible focus
// ring on every control (WCAG 2.4.7, 1.4.11), field borders and the form's result buttons with enough
// contrast, invalid fields in the NL Design System's red, fonts the page has (no serif fallback),
// labels beside their fields, and print without navigation, with link addresses and whole tables.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SITE } from '../../src/site.config.ts';
import { voorbeeldInvoer } from '../helpers/formulier-voorbeeld.ts';
import { nieuwePagina, startBrowser, url } from './browser.ts';
import { BREEDTES, contrast, focusProbleem, getekendeLetter, isRood, kleur, labelProblemen, tabDoor, vreemdeLetters, zichtbareLabels, type Rgb } from './wcag.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await startBrowser();
});
afterAll(async () => browser?.close());

const vraag = <T>(fn: () => T | Promise<T>) => expect.poll(fn, { timeout: 15_000, interval: 100 });

async function open(b: number, pad: string): Promise<Page> {
  const { page } = await nieuwePagina(browser);
  await page.setViewportSize({ width: b, height: 800 });
  await page.goto(url(pad));
  return page;
}

/** The form with a draft in this tab; `fout` makes two fields invalid. Submitted: errors or the result. */
async function verstuurdFormulier(b: number, fout: boolean): Promise<Page> {
  const page = await open(b, 'bijdragen/');
  const concept = { ...voorbeeldInvoer(), gemeenten: ['Zwolle'], ...(fout ? { samenvatting: 'x'.repeat(300), domeinen: [] } : {}) };
  await page.evaluate((c) => sessionStorage.setItem('bijdragen-concept', JSON.stringify(c)), concept);
  await page.reload();
  await vraag(() => page.locator('#bijdrageformulier').isVisible()).toBe(true);
  await page.locator('#bijdrageformulier button[type="submit"]').click();
  await vraag(() => page.locator(fout ? '#foutsamenvatting' : '#resultaat').isVisible()).toBe(true);
  return page;
}

async function zoekpagina(b: number): Promise<Page> {
  const page = await open(b, 'zoeken/?q=wijkteam');
  await vraag(() => page.locator('[data-resultaten] > li').count()).toBeGreaterThan(0);
  if (!(await page.locator('[data-filterblok]').evaluate((d) => (d as HTMLDetailsElement).open))) await page.locator('summary').click();
  return page;
}

const stijl = (page: Page, selector: string, eigenschap: string) =>
  page.locator(selector).first().evaluate((el, e) => getComputedStyle(el).getPropertyValue(e), eigenschap);
const rgb = (css: string): Rgb => {
  const k = kleur(css);
  if (!k) throw new Error(`doorzichtige kleur ${css}`);
  return k;
};

describe('focus (WCAG 2.4.7): every control shows a ring of at least 2 px and 3:1', () => {
  const paginas: [string, (b: number) => Promise<Page>][] = [
    ['a story', (b) => open(b, 'verhalen/schuld-en-opvang/')],
    ['the barrier map', (b) => open(b, 'belemmeringen/')],
    ['search with results and filters', zoekpagina],
    ['the form with its errors', (b) => verstuurdFormulier(b, true)],
    ['the form with its result', (b) => verstuurdFormulier(b, false)],
  ];
  it.each(BREEDTES.flatMap((b) => paginas.map(([naam, maak]) => [naam, b, maak] as const)))('%s at %i px', async (_, b, maak) => {
    const page = await maak(b);
    const stappen = await tabDoor(page);
    expect(stappen.length).toBeGreaterThan(10);
    // Links, buttons, fields and the focusable table boxes alike.
    expect(stappen.map((s) => s.wat.split(/[#\s]/)[0])).toEqual(expect.arrayContaining(['a']));
    expect(stappen.filter((s) => s.zichtbaar).map(focusProbleem).filter(Boolean)).toEqual([]);
    await page.context().close();
  });
});

describe('contrast of controls (WCAG 1.4.3, 1.4.11)', () => {
  it.each(BREEDTES)('text fields have borders of at least 3:1 on the form and search pages, at %i px', async (b) => {
    for (const page of [await verstuurdFormulier(b, false), await zoekpagina(b)]) {
      const randen = await page.evaluate(() =>
        [...document.querySelectorAll<HTMLElement>('input[type="text"], input[type="search"], input[type="url"], input[type="date"], select, textarea')]
          .filter((el) => el.offsetParent)
          .map((el) => ({ id: el.id, rand: getComputedStyle(el).borderTopColor, breedte: parseFloat(getComputedStyle(el).borderTopWidth) })),
      );
      expect(randen.length).toBeGreaterThan(1);
      const zwak = randen.filter((r) => r.breedte < 1 || contrast(rgb(r.rand), [255, 255, 255]) < 3);
      expect(zwak, page.url()).toEqual([]);
      await page.context().close();
    }
  });

  it.each(BREEDTES)("the result's buttons have text of at least 4.5:1 on their own background, at %i px", async (b) => {
    const page = await verstuurdFormulier(b, false);
    for (const knop of ['#resultaat-github', '#resultaat-download']) {
      const tekst = rgb(await stijl(page, knop, 'color'));
      const achter = kleur(await stijl(page, knop, 'background-color')) ?? [255, 255, 255];
      expect(contrast(tekst, achter), knop).toBeGreaterThanOrEqual(4.5);
      // A button, not a link: its border stands out from the page (1.4.11).
      expect(contrast(rgb(await stijl(page, knop, 'border-top-color')), [255, 255, 255]), knop).toBeGreaterThanOrEqual(3);
    }
    await page.context().close();
  });
});

describe('errors in the NL Design System invalid style', () => {
  it.each(BREEDTES)('an invalid text field has a red border, and its message is red and bold, unlike a hint, at %i px', async (b) => {
    const page = await verstuurdFormulier(b, true);
    const veld = '#veld-samenvatting';
    expect(await page.locator(veld).getAttribute('aria-invalid')).toBe('true');
    const rand = rgb(await stijl(page, veld, 'border-top-color'));
    expect(isRood(rand), `rand ${rand}`).toBe(true);
    expect(contrast(rand, [255, 255, 255])).toBeGreaterThanOrEqual(3);
    expect(parseFloat(await stijl(page, veld, 'border-top-width'))).toBeGreaterThanOrEqual(2);
    // A valid field next to it keeps its normal border.
    expect(isRood(rgb(await stijl(page, '#veld-titel', 'border-top-color')))).toBe(false);

    const bericht = '[data-veld="samenvatting"] .veld__fout';
    const tekst = rgb(await stijl(page, bericht, 'color'));
    expect(isRood(tekst), `foutmelding ${tekst}`).toBe(true);
    expect(contrast(tekst, [255, 255, 255])).toBeGreaterThanOrEqual(4.5);
    expect(Number(await stijl(page, bericht, 'font-weight'))).toBeGreaterThanOrEqual(700);
    expect(await stijl(page, bericht, 'color')).not.toBe(await stijl(page, '[data-veld="samenvatting"] .hint', 'color'));
    // The field's group gets the red bar beside it.
    expect(isRood(rgb(await stijl(page, '[data-veld="samenvatting"]', 'border-left-color')))).toBe(true);
    await page.context().close();
  });
});

describe('type (one scale in a font the page has)', () => {
  const paginas = ['', 'verhalen/schuld-en-opvang/', 'belemmeringen/', 'bijdragen/'];
  it.each(BREEDTES.flatMap((b) => paginas.map((p) => [p || 'home', b, p] as const)))('%s at %i px: only system fonts or loaded ones, headings drawn like the text', async (_, b, p) => {
    const page = await open(b, p);
    await page.evaluate(() => document.fonts.ready);
    expect(await vreemdeLetters(page)).toEqual([]);
    const tekst = await getekendeLetter(page, 'main p');
    expect(tekst).not.toBe('');
    expect(await getekendeLetter(page, 'h1')).toBe(tekst);
    await page.context().close();
  });
});

describe('labels (no label overlaps or touches its field)', () => {
  const paginas: [string, (b: number) => Promise<Page>][] = [
    ['the header search on home', (b) => open(b, '')],
    ['search with results and filters', zoekpagina],
    ['the form with its errors', (b) => verstuurdFormulier(b, true)],
  ];
  it.each(BREEDTES.flatMap((b) => paginas.map(([naam, maak]) => [naam, b, maak] as const)))('%s at %i px', async (_, b, maak) => {
    const page = await maak(b);
    expect(await zichtbareLabels(page)).toBeGreaterThan(0);
    expect(await labelProblemen(page)).toEqual([]);
    await page.context().close();
  });
});

describe('print (Chromium print media)', () => {
  it.each([
    ['a story', 'verhalen/schuld-en-opvang/'],
    ['a lab', 'labs/wijkteams-en-welzijn/'],
  ])('%s prints without navigation, with link addresses written out and tables whole', async (_, pad) => {
    // About the width of A4 paper between its margins.
    const page = await open(720, pad);
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('h1').isVisible()).toBe(true);
    for (const weg of ['header.kop', 'footer.voet', '.skiplink', 'nav']) {
      expect(await page.locator(weg).evaluateAll((els) => els.filter((e) => (e as HTMLElement).offsetParent !== null).length), weg).toBe(0);
    }
    // Each link in the text is followed by its full address; in-page links (#bron-1) are not.
    const links = await page.locator('main').evaluate((main) =>
      [...main.querySelectorAll('a[href]')]
        .filter((a) => (a as HTMLElement).offsetParent && !a.closest('.kenmerken'))
        .map((a) => ({ href: a.getAttribute('href')!, na: getComputedStyle(a, '::after').content })),
    );
    const naarElders = links.filter((l) => /^(https?:|\/)/.test(l.href));
    expect(naarElders.length).toBeGreaterThan(2);
    for (const l of naarElders) expect(l.na, l.href).toBe(`" (${new URL(l.href, SITE).href})"`);
    for (const l of links.filter((x) => x.href.startsWith('#'))) expect(l.na, l.href).toBe('none');
    // Tables are tables again (not stacked) and fit the paper: nothing hides in a scroll box.
    const tabellen = await page.locator('main table').evaluateAll((ts) =>
      ts.map((t) => ({ display: getComputedStyle(t).display, rechts: t.getBoundingClientRect().right, box: getComputedStyle(t.parentElement!).overflowX })),
    );
    expect(tabellen.length).toBeGreaterThan(0);
    for (const t of tabellen) {
      expect(t.display).toBe('table');
      expect(t.rechts).toBeLessThanOrEqual(720);
      expect(t.box).toBe('visible');
    }
    await page.context().close();
  });
});
