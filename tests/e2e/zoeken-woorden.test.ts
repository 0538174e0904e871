// Dutch words in search, on a copy of the site with test stories added, built and indexed the
// way `npm run build` does it: a compound found by its first part, a word found without its
// diacritics, and a synonym found only through the story's trefwoorden. A series of similar
// stories checks that long result lists come in parts.
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { preview } from 'astro';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT, tijdelijkProject } from '../helpers/project.ts';
import { nieuwePagina, startBrowser } from './browser.ts';

interface Proef {
  bestand: string;
  titel: string;
  tekst: string;
  trefwoorden?: string[];
}

// Each text avoids the searched word itself, so only the behaviour under test can find it.
const PROEVEN: Proef[] = [
  {
    bestand: 'proef-samenstelling',
    titel: 'Proefverhaal samenstelling',
    tekst: 'De gemeente regelde schuldhulpverlening voor het gezin, zodat het kon blijven wonen.',
  },
  {
    bestand: 'proef-meervoud',
    titel: 'Proefverhaal meervoud',
    tekst: 'Het gezin had hoge schulden bij de verhuurder en de energieleverancier.',
  },
  {
    bestand: 'proef-trema',
    titel: 'Proefverhaal trema',
    tekst: 'Bewoners richtten samen een coöperatie op die de buurtbus rijdt.',
  },
  {
    bestand: 'proef-trefwoord',
    titel: 'Proefverhaal met trefwoord',
    tekst: 'Het frontlijnteam ging elke dag de straat op en sprak bewoners aan hun voordeur.',
    trefwoorden: ['wijkteam'],
  },
  {
    bestand: 'proef-zonder-trefwoord',
    titel: 'Proefverhaal zonder trefwoord',
    tekst: 'Het frontlijnteam ging elke dag de straat op en sprak bewoners aan hun voordeur.',
  },
];

const REEKS = 11;
for (let i = 1; i <= REEKS; i++) {
  PROEVEN.push({ bestand: `proef-reeks-${i}`, titel: `Proefreeks deel ${i}`, tekst: `Deel ${i} van een reeks over het reekswoord.` });
}

function mdx(p: Proef): string {
  return `---
titel: "${p.titel}"
samenvatting: "${p.tekst}"
datum: 2020-05-01
gemeenten: []
domeinen: [wonen]
rapporteurs: [pieter-hilhorst]
belemmeringen:
  - id: proef
    soort: strijdige-regels
    omschrijving: "Regels van twee organisaties spraken elkaar tegen."
privacy:
  gepseudonimiseerd: true
  toestemming: "n.v.t."
status: gepubliceerd
doelgroepen: [wijkbewoners]
bronnen: [{ id: proef, titel: Proefbron }]
${p.trefwoorden ? `trefwoorden: [${p.trefwoorden.join(', ')}]\n` : ''}---

${p.tekst}
`;
}

const project = tijdelijkProject(true);
let browser: Browser;
let server: Awaited<ReturnType<typeof preview>>;
let basis: string;

function draai(args: string[]) {
  const r = spawnSync(process.execPath, args, {
    cwd: project.dir,
    encoding: 'utf8',
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1' },
  });
  if (r.status !== 0) throw new Error(`${args.join(' ')} mislukte:\n${r.stdout}\n${r.stderr}`);
}

beforeAll(async () => {
  for (const p of PROEVEN) project.schrijf(`content/verhalen/${p.bestand}.mdx`, mdx(p));
  draai([join(ROOT, 'node_modules/astro/bin/astro.mjs'), 'build']);
  draai([join(ROOT, 'node_modules/pagefind/lib/runner/bin.cjs'), '--site', 'dist']);
  server = await preview({ root: project.dir, server: { host: '127.0.0.1', port: 0 }, logLevel: 'warn' });
  basis = `http://127.0.0.1:${server.port}/`;
  browser = await startBrowser();
});
afterAll(async () => {
  await browser?.close();
  await server?.stop();
  project.opruimen();
});

/** Searches; returns the titles shown, or with `alles` every result (showing more, ten at a time). */
async function zoek(page: Page, term: string, alles = true): Promise<string[]> {
  await page.goto(`${basis}zoeken/?q=${encodeURIComponent(term)}`);
  await expect.poll(() => page.locator('[data-aantal]').innerText(), { timeout: 15_000, interval: 100 }).toContain(`"${term}"`);
  const meer = page.locator('[data-meer]');
  const items = page.locator('[data-resultaten] > li');
  for (let i = 0; alles && i < 100 && (await meer.isVisible()); i++) {
    const n = await items.count();
    await meer.click();
    await expect.poll(() => items.count(), { timeout: 15_000, interval: 100 }).toBeGreaterThan(n);
  }
  return page.locator('[data-resultaten] h3').allInnerTexts();
}

describe('Nederlandse woorden zoeken', () => {
  it('finds a compound by its first part: "schuld" finds "schuldhulpverlening"', async () => {
    const { page, fouten } = await nieuwePagina(browser);
    expect(await zoek(page, 'schuld')).toContain('Proefverhaal samenstelling');
    expect(fouten).toEqual([]);
  });

  it('finds the plural: "schuld" finds a story that only says "schulden"', async () => {
    const { page, fouten } = await nieuwePagina(browser);
    // Real stories say "schuld" too, which is what made Pagefind miss "schulden" on its own.
    const gevonden = await zoek(page, 'schuld');
    expect(gevonden).toEqual(expect.arrayContaining(['Proefverhaal meervoud', 'Proefverhaal samenstelling', 'Karima: een schuld van 12.000 euro houdt haar in een opvang van 60.000 euro per jaar']));
    expect(await zoek(page, 'schulden')).toEqual(expect.arrayContaining(['Proefverhaal meervoud', 'Proefverhaal samenstelling']));
    expect(fouten).toEqual([]);
  });

  it('ignores diacritics: "cooperatie" finds "coöperatie"', async () => {
    const { page } = await nieuwePagina(browser);
    expect(await zoek(page, 'cooperatie')).toContain('Proefverhaal trema');
    expect(await zoek(page, 'coöperatie')).toContain('Proefverhaal trema');
  });

  it('finds a synonym through trefwoorden: "wijkteam" finds a story that says "frontlijnteam"', async () => {
    const { page } = await nieuwePagina(browser);
    const gevonden = await zoek(page, 'wijkteam');
    expect(gevonden).toContain('Proefverhaal met trefwoord');
    // The same text without trefwoorden is not found: the synonym does the work.
    expect(gevonden).not.toContain('Proefverhaal zonder trefwoord');
    expect(await zoek(page, 'frontlijnteam')).toEqual(expect.arrayContaining(['Proefverhaal met trefwoord', 'Proefverhaal zonder trefwoord']));
  });

  it('does not show trefwoorden on the story page', async () => {
    const { page } = await nieuwePagina(browser);
    await page.goto(`${basis}verhalen/proef-trefwoord/`);
    // The story itself (related stories below it may well mention wijkteams).
    const verhaal = page.locator('[data-pagefind-body]');
    expect(await verhaal.innerText()).toContain('frontlijnteam');
    expect(await verhaal.innerText()).not.toContain('wijkteam');
  });

  it('shows ten results at a time and moves focus to the first new one', async () => {
    const { page, fouten } = await nieuwePagina(browser);
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
