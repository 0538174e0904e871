// Proposals are not breakthroughs, on every page and file that counts them. Builds a site with only the
// fixture in tests/e2e/fixtures/vertrouwen/ and checks each count against numbers counted by hand:
//
//   story                 barrier  soort                 breakthroughs (status, soort)                 state
//   proef-alles-ingevoerd x1       strijdige-regels      ingevoerd, mandaat-en-budget                  doorbroken
//                         x2       ontbrekend-mandaat    effect-gemeten, ontschotte-financiering       doorbroken
//   proef-voorstellen     y1       strijdige-regels      voorstel, mandaat-en-budget                   voorstel
//                         y2       strijdige-regels      proef + voorstel, maatwerk-buiten-de-regel    proef
//                         y3       scepsis               -                                             open
//   proef-gemengd         z1       ontbrekend-mandaat    voorstel + ingevoerd, mandaat-en-budget       doorbroken
//
//   totals: 6 barriers: 3 broken, 1 in a trial, 1 only proposed, 1 open.
//   belofte 1 (alles-ingevoerd, voorstellen): 5 barriers: 2, 1, 1, 1.  belofte 2 (voorstellen, gemengd): 4: 1, 1, 1, 1.
//   proef-lab (alles-ingevoerd, voorstellen): 5 barriers: 2, 1, 1, 1; 5 breakthroughs: 2 voorstel, 1 proef, 1 ingevoerd, 1 effect.
import { cpSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT, tijdelijkProject } from '../helpers/project.ts';
import { axe } from './browser.ts';
import { type EigenSite, serveerEigenSite } from './eigen-site.ts';

const FIXTURE = join(ROOT, 'tests/e2e/fixtures/vertrouwen');
const project = tijdelijkProject(true, 'fixture');
let site: EigenSite;

function draai(stap: () => { status: number | null; uitvoer: string }) {
  const r = stap();
  if (r.status !== 0) throw new Error(`bouwen mislukte:\n${r.uitvoer}`);
}

beforeAll(async () => {
  // Only this fixture's stories and labs; the test site's taxonomies (tests/e2e/fixtures/content),
  // with this fixture's kinds and target groups.
  for (const map of ['verhalen', 'labs']) {
    for (const f of readdirSync(join(project.dir, 'content', map))) if (!f.startsWith('_')) rmSync(join(project.dir, 'content', map, f));
    cpSync(join(FIXTURE, map), join(project.dir, 'content', map), { recursive: true });
  }
  for (const f of ['doorbraken.yaml', 'doelgroepen.yaml']) cpSync(join(FIXTURE, f), join(project.dir, 'content', f));
  draai(project.bouw);
  draai(project.indexeer);
  site = await serveerEigenSite(project.dir);
}, 240_000);
afterAll(async () => {
  await site?.sluit();
  project.opruimen();
});

const lees = (pad: string) => site.lees(pad);
const open = (pad: string) => site.open(pad);
/** The numbers in the cells of a table row, by the row's header text. */
async function getallen(page: Page, tabel: RegExp, rij: string): Promise<number[]> {
  const cellen = await page.getByRole('table', { name: tabel }).locator('tbody tr', { has: page.locator('th', { hasText: rij }) }).locator('td').allInnerTexts();
  return cellen.map((c) => Number(c.trim().split(/\s/)[0])).filter((n) => !Number.isNaN(n));
}

describe('proposals are counted apart, never as solved', () => {
  it('story page: each barrier says how far it got, each breakthrough its status and source', async () => {
    const page = await open('verhalen/proef-voorstellen/');
    const stand = async (tekst: string) => page.locator('.belemmering', { hasText: tekst }).locator('.stand .label').innerText();
    expect(await stand('Eerst een huis')).toBe('Alleen voorgesteld');
    expect(await stand('Eerst schuldhulp')).toBe('In een proef');
    expect(await stand('Is dit wel eerlijk')).toBe('Nog zonder oplossing');
    expect(await page.locator('.doorbraak .label').allInnerTexts()).toEqual(['Voorstel', 'Wordt geprobeerd', 'Voorstel']);
    expect(await page.locator('dl.kenmerken').innerText()).toContain('3 belemmeringen: 1 in een proef, 1 alleen voorgesteld, 1 nog zonder oplossing');
    // Every claim refers to a numbered source in the list below.
    const verwijzingen = page.locator('.doorbraak a.bronverwijzing');
    expect(await verwijzingen.count()).toBe(3);
    expect(await verwijzingen.first().getAttribute('href')).toBe('#bron-essay');
    expect(await page.locator('#bron-essay').innerText()).toBe('Eerste Auteur en Tweede Auteur, Een essay over schulden, Essay 2.');
    expect(await axe(page)).toEqual([]);
  });

  it('story page: an unknown current cost is "onbekend", and so is the difference', async () => {
    const page = await open('verhalen/proef-voorstellen/');
    const totalen = page.getByRole('table', { name: /Totalen/ });
    const rij = (naam: string) => totalen.locator('tbody tr', { has: page.getByRole('rowheader', { name: naam, exact: true }) }).locator('td').allInnerTexts();
    expect(await rij('Per jaar')).toEqual(['onbekend', '€ 0', 'onbekend']);
    expect(await rij('Eerste jaar (per jaar + eenmalig)')).toEqual(['onbekend', '€ 400', 'onbekend']);
    expect((await page.getByRole('table', { name: /Kostenposten/ }).locator('tbody tr').first().locator('td').allInnerTexts()).map((t) => t.replace(/\s+/g, ' '))).toEqual(['Huidige situatie', 'Samenleving', 'onbekend', 'per jaar', 'bron [1]']);
  });

  it('story page: a barrier with a proposal and an implemented breakthrough is broken, and says so', async () => {
    const page = await open('verhalen/proef-gemengd/');
    expect(await page.locator('.belemmering .stand .label').innerText()).toBe('Doorbroken');
    // Implemented first.
    expect(await page.locator('.doorbraak .label').allInnerTexts()).toEqual(['Ingevoerd', 'Voorstel']);
  });

  it('home page counts', async () => {
    const page = await open('');
    expect(await page.locator('main').innerText()).toContain('6 belemmeringen: 3 doorbroken, 1 in een proef, 1 alleen voorgesteld, 1 nog zonder oplossing');
  });

  it('lab page counts barriers by state and breakthroughs by status', async () => {
    const page = await open('labs/proef-lab/');
    const tekst = await page.locator('#lab-samen + p').innerText();
    expect(tekst).toContain('2 verhalen met 5 belemmeringen: 2 doorbroken, 1 in een proef, 1 alleen voorgesteld, 1 nog zonder oplossing.');
    expect(tekst).toContain('5 doorbraken: 2 voorstellen, 1 in een proef, 1 ingevoerd en 1 met een gemeten effect');
  });

  it('Beloftemeter: broken, trial, proposal and open per promise', async () => {
    const page = await open('beloften/');
    // Verhalen, Belemmeringen, Doorbroken, In een proef, Alleen voorgesteld, Nog zonder oplossing.
    expect(await getallen(page, /De tien beloften/, '1. ')).toEqual([2, 5, 2, 1, 1, 1]);
    expect(await getallen(page, /De tien beloften/, '2. ')).toEqual([2, 4, 1, 1, 1, 1]);
    expect(await getallen(page, /De tien beloften/, '3. ')).toEqual([0, 0, 0, 0, 0, 0]);
  });

  it('barrier map: states per barrier type, and kinds of breakthrough with implemented apart from proposed', async () => {
    const page = await open('belemmeringen/');
    const stand = /hoe ver ze zijn/;
    expect(await getallen(page, stand, 'Strijdige regels')).toEqual([3, 1, 1, 1, 0]);
    expect(await getallen(page, stand, 'Ontbrekend mandaat')).toEqual([2, 2, 0, 0, 0]);
    expect(await getallen(page, stand, 'Scepsis')).toEqual([1, 0, 0, 0, 1]);
    expect(await page.locator('main').innerText()).toContain('In totaal: 6 belemmeringen, waarvan 3 doorbroken, 1 in een proef, 1 alleen voorgesteld en 1 nog zonder oplossing.');
    const matrix = page.getByRole('table', { name: /Soorten doorbraak per soort belemmering/ });
    expect((await matrix.locator('thead th').allInnerTexts()).map((t) => t.trim())).toEqual(['Soort belemmering', 'Maatwerk buiten de regel', 'Mandaat en budget', 'Ontschotte financiering']);
    const cellen = async (rij: string) => (await matrix.locator('tbody tr', { hasText: rij }).locator('td').allInnerTexts()).map((c) => c.split(/\s*\(/)[0]!.trim());
    expect(await cellen('Strijdige regels')).toEqual(['2 voorgesteld', '1 ingevoerd, 1 voorgesteld', '–']);
    expect(await cellen('Ontbrekend mandaat')).toEqual(['–', '1 ingevoerd, 1 voorgesteld', '1 ingevoerd']);
  });

  it('kind-of-breakthrough hub lists implemented ones first and counts proposals apart', async () => {
    const page = await open('doorbraken/mandaat-en-budget/');
    // alles-ingevoerd (ingevoerd), voorstellen (voorstel), gemengd (voorstel and ingevoerd): 4, 2 of them implemented.
    expect(await page.locator('main').innerText()).toContain('4 doorbraken van deze soort: 2 ingevoerd (of met gemeten effect), 2 alleen voorgesteld of in een proef.');
    expect(await page.locator('main .belemmering .label').allInnerTexts()).toEqual(['Ingevoerd', 'Ingevoerd', 'Voorstel', 'Voorstel']);
  });

  it('open data: CSV and JSON count only implemented breakthroughs as solved', () => {
    const verhalen = parse(lees('data/verhalen.csv'), { columns: true, bom: true }) as Record<string, string>[];
    const per = Object.fromEntries(verhalen.map((r) => [r.id, [r.aantal_opgelost, r.aantal_doorbroken, r.aantal_in_proef, r.aantal_alleen_voorgesteld, r.aantal_zonder_oplossing].join(' ')]));
    expect(per).toEqual({ 'proef-gemengd': '1 1 0 0 0', 'proef-alles-ingevoerd': '2 2 0 0 0', 'proef-voorstellen': '0 0 1 1 1' });
    const belemmeringen = parse(lees('data/belemmeringen.csv'), { columns: true, bom: true }) as Record<string, string>[];
    expect(Object.fromEntries(belemmeringen.map((r) => [r.belemmering, `${r.stand} ${r.opgelost} ${r.statussen_doorbraak}`]))).toEqual({
      z1: 'doorbroken ja voorstel;ingevoerd',
      x1: 'doorbroken ja ingevoerd',
      x2: 'doorbroken ja effect-gemeten',
      y1: 'voorstel nee voorstel',
      y2: 'proef nee proef;voorstel',
      y3: 'open nee ',
    });
    const json = JSON.parse(lees('data/verhalen.json')) as { versie: string; verhalen: { id: string; doorbraken: { status: string }[] }[] };
    expect(json.versie).toBe('1.3.1');
    expect(json.verhalen.find((v) => v.id === 'proef-voorstellen')!.doorbraken.map((d) => d.status)).toEqual(['voorstel', 'proef', 'voorstel']);
  });

  it('RSS says how far each story got', () => {
    const rss = lees('rss.xml');
    expect(rss).toContain('Drie belemmeringen, geen enkele doorbroken. (3 belemmeringen: 1 in een proef, 1 alleen voorgesteld, 1 nog zonder oplossing.)');
    expect(rss).toContain('Twee belemmeringen, allebei doorbroken. (2 belemmeringen: 2 doorbroken.)');
  });

  it('search: the status of the breakthroughs is a filter', async () => {
    const page = await open('zoeken/?status=ingevoerd');
    await expect.poll(() => page.locator('[data-aantal]').innerText(), { timeout: 15_000, interval: 100 }).toMatch(/resultaten|resultaat/);
    expect((await page.locator('[data-resultaten] h3').allInnerTexts()).sort()).toEqual(['Proef: alles ingevoerd', 'Proef: voorstel en invoering']);
    await page.goto(`${site.basis}zoeken/?status=voorstel`);
    await expect.poll(async () => (await page.locator('[data-resultaten] h3').allInnerTexts()).sort(), { timeout: 15_000, interval: 100 }).toEqual(['Proef: voorstel en invoering', 'Proef: voorstellen en een proef']);
  });

  it.each([
    'verhalen/proef-alles-ingevoerd/', 'verhalen/proef-gemengd/', 'labs/proef-lab/', 'belemmeringen/', 'belemmeringen/strijdige-regels/',
    'beloften/', 'doorbraken/', 'doorbraken/mandaat-en-budget/', 'doelgroepen/', 'doelgroepen/jongeren/', 'verantwoording/', 'data/', '',
  ])('%s has no axe violations', async (pad) => {
    const page = await open(pad);
    expect(await axe(page)).toEqual([]);
  });

  it('related stories say "Doorbrak" only for a barrier type an implemented breakthrough broke', async () => {
    const page = await open('verhalen/proef-alles-ingevoerd/');
    const verwant = page.locator('section[aria-labelledby="verwant-kop"] li', { hasText: 'Proef: voorstellen en een proef' });
    const meta = await verwant.locator('.meta').innerText();
    expect(meta).not.toContain('Doorbrak');
    expect(meta).toContain('Zelfde soort belemmering: Strijdige regels');
  });
});
