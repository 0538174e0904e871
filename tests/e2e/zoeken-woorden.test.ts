// Dutch words in search, on the fixture site (built and indexed as `npm run build` does): a
// compound found by its first part, a word found without its diacritics, and a synonym found only
// through a story's trefwoorden. The proef-* stories in tests/e2e/fixtures/content/verhalen each
// avoid the searched word itself, so only the behaviour under test can find them. The series
// (tests/e2e/fixtures/reeks.ts) checks that long result lists come in parts.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { alleZoektitels, nieuwePagina, startBrowser, url } from './browser.ts';
import { leesFixture } from './fixture.ts';

const { verhalen } = leesFixture();
const titel = (id: string) => verhalen.find((v) => v.id === id)!.data.titel;
const REEKS = verhalen.filter((v) => v.tekst.includes('reekswoord')).length;

let browser: Browser;
beforeAll(async () => {
  browser = await startBrowser();
});
afterAll(async () => browser?.close());

/** Searches; returns the titles shown, or with `alles` every result (showing more, ten at a time). */
async function zoek(page: Page, term: string, alles = true): Promise<string[]> {
  await page.goto(url(`zoeken/?q=${encodeURIComponent(term)}`));
  await expect.poll(() => page.locator('[data-aantal]').innerText(), { timeout: 15_000, interval: 100 }).toContain(`"${term}"`);
  return alles ? alleZoektitels(page) : page.locator('[data-resultaten] h3').allInnerTexts();
}

describe('Nederlandse woorden zoeken', () => {
  it('finds a compound by its first part: "schuld" finds "schuldhulpverlening"', async () => {
    const { page, fouten } = await nieuwePagina(browser);
    expect(await zoek(page, 'schuld')).toContain(titel('proef-samenstelling'));
    expect(fouten).toEqual([]);
  });

  it('finds the plural: "schuld" finds a story that only says "schulden"', async () => {
    const { page, fouten } = await nieuwePagina(browser);
    // Other stories say "schuld" too, which is what made Pagefind miss "schulden" on its own.
    const gevonden = await zoek(page, 'schuld');
    expect(gevonden).toEqual(expect.arrayContaining([titel('proef-meervoud'), titel('proef-samenstelling'), titel('schuld-en-opvang')]));
    expect(await zoek(page, 'schulden')).toEqual(expect.arrayContaining([titel('proef-meervoud'), titel('proef-samenstelling')]));
    expect(fouten).toEqual([]);
  });

  it('ignores diacritics: "cooperatie" finds "coöperatie"', async () => {
    const { page } = await nieuwePagina(browser);
    expect(await zoek(page, 'cooperatie')).toContain(titel('proef-trema'));
    expect(await zoek(page, 'coöperatie')).toContain(titel('proef-trema'));
  });

  it('finds a synonym through trefwoorden: "wijkteam" finds a story that says "frontlijnteam"', async () => {
    const { page } = await nieuwePagina(browser);
    const gevonden = await zoek(page, 'wijkteam');
    expect(gevonden).toContain(titel('proef-trefwoord'));
    // The same text without trefwoorden is not found: the synonym does the work.
    expect(gevonden).not.toContain(titel('proef-zonder-trefwoord'));
    expect(await zoek(page, 'frontlijnteam')).toEqual(expect.arrayContaining([titel('proef-trefwoord'), titel('proef-zonder-trefwoord')]));
  });

  it('does not show trefwoorden on the story page', async () => {
    const { page } = await nieuwePagina(browser);
    await page.goto(url('verhalen/proef-trefwoord/'));
    // The story itself (related stories below it may well mention wijkteams).
    const verhaal = page.locator('[data-pagefind-body]');
    expect(await verhaal.innerText()).toContain('frontlijnteam');
    expect(await verhaal.innerText()).not.toContain('wijkteam');
  });

  it('shows ten results at a time and moves focus to the first new one', async () => {
    const { page, fouten } = await nieuwePagina(browser);
    expect(REEKS, 'the fixture needs more than ten stories in the series').toBeGreaterThan(10);
    const eerste = await zoek(page, 'reekswoord', false);
    expect(eerste).toHaveLength(10);
    expect(await page.locator('[data-aantal]').innerText()).toBe(`${REEKS} resultaten voor "reekswoord".`);
    await page.getByRole('button', { name: 'Toon meer resultaten' }).click();
    await expect.poll(() => page.locator('[data-resultaten] h3').count()).toBe(REEKS);
    const gefocust = await page.evaluate(() => document.activeElement?.textContent ?? '');
    expect(gefocust).toBe((await page.locator('[data-resultaten] h3').nth(10).innerText()));
    expect(await page.getByRole('button', { name: 'Toon meer resultaten' }).isVisible()).toBe(false);
    expect(fouten).toEqual([]);
  });
});
