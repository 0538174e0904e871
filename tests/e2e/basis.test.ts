// The basics on the fixture site: Dutch, a story reached from home shows its barriers and
// breakthroughs, Markdown tables render, and home has no axe violations.
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axe, nieuwePagina, startBrowser, url } from './browser.ts';
import { leesFixture } from './fixture.ts';

const leeuwarden = leesFixture().verhalen.find((v) => v.id === 'leeuwarden-frontlijnteam')!.data;

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
    await page.getByRole('link', { name: leeuwarden.titel }).click();
    await expect.poll(() => page.locator('h1').textContent()).toBe(leeuwarden.titel);
    const tekst = await page.locator('main').innerText();
    expect(tekst).toContain(leeuwarden.belemmeringen![0]!.omschrijving);
    expect(tekst).toContain(leeuwarden.doorbraken![0]!.omschrijving);
    expect(fouten).toEqual([]);
  });

  it('renders GFM tables from the story text', async () => {
    const { page } = await nieuwePagina(browser);
    await page.goto(url('verhalen/leeuwarden-frontlijnteam/'));
    expect(await page.locator('main table th').allTextContents()).toEqual(['Principe', 'Wat het betekent']);
  });

  it('has no axe violations on home', async () => {
    const { page } = await nieuwePagina(browser);
    await page.goto(url());
    expect(await axe(page)).toEqual([]);
  });
});
