import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axe, nieuwePagina, startBrowser, url } from './browser.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await startBrowser();
});
afterAll(async () => browser?.close());

describe('de basis van de site', () => {
  it('home leads to a story that shows its barriers and breakthroughs', async () => {
    const { page, fouten } = await nieuwePagina(browser);
    await page.goto(url());
    expect(await page.getAttribute('html', 'lang')).toBe('nl');
    await page.getByRole('link', { name: 'Alle verhalen' }).click();
    await page.getByRole('link', { name: /Leeuwarden: het frontlijnteam/ }).click();
    await expect.poll(() => page.locator('h1').textContent()).toContain('frontlijnteam');
    const tekst = await page.locator('main').innerText();
    expect(tekst).toContain('Bewoners werden voor schulden, werk en opvoeding naar verschillende loketten gestuurd');
    expect(tekst).toContain('Eén huishouden, één plan, één hulpverlener');
    expect(fouten).toEqual([]);
  });

  it('renders GFM tables from MDX', async () => {
    const { page } = await nieuwePagina(browser);
    await page.goto(url('verhalen/leeuwarden-frontlijnteam-heechterp-schieringen/'));
    expect(await page.locator('main table th').first().textContent()).toBe('Principe');
  });

  it('has no axe violations on home', async () => {
    const { page } = await nieuwePagina(browser);
    await page.goto(url());
    expect(await axe(page)).toEqual([]);
  });
});
