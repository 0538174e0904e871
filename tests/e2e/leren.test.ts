// Learning that travels (issue 20). Builds the test site plus the five stories of tests/e2e/fixtures/leren/
// in a copy whose content/ is under git with commits at fixed dates, and checks, against values written
// out by hand from those files (see the fixture's README):
//
//   Leeuwarden (een-plan, 2010) -> Zwolle (een-plan-zwolle, mei 2012) -> Utrecht (2014)
//   Nieuw-Zeeland (familieplan, no date) -> Goes (no date)
//
//   commits: 1 maart 2019 everything; 1 juni 2020 Zwolle changed; ten days ago Utrecht changed.
//
// Also checks the shared test site, which the global setup builds from a copy without .git.
import { execFileSync } from 'node:child_process';
import { appendFileSync, cpSync, existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT, tijdelijkProject } from '../helpers/project.ts';
import { REPOSITORY } from '../../src/site.config.ts';
import { axe } from './browser.ts';
import { type EigenSite, serveerEigenSite } from './eigen-site.ts';
import { fixtureDir, pagina } from './fixture.ts';

const FIXTURE = join(ROOT, 'tests/e2e/fixtures/leren');
const project = tijdelijkProject(true, 'fixture');
const NU = Date.now();
const RECENT = new Date(NU - 10 * 24 * 3600 * 1000).toISOString().replace(/\.\d{3}Z$/, '+00:00');
const hashes: Record<'eerste' | 'zwolle' | 'utrecht', string> = { eerste: '', zwolle: '', utrecht: '' };
let site: EigenSite;

function git(args: string[], datum?: string): string {
  return execFileSync('git', ['-c', 'user.name=Redactie', '-c', 'user.email=redactie@example.org', '-c', 'commit.gpgsign=false', ...args], {
    cwd: project.dir,
    encoding: 'utf8',
    env: { ...process.env, ...(datum ? { GIT_AUTHOR_DATE: datum, GIT_COMMITTER_DATE: datum } : {}) },
  }).trim();
}

beforeAll(async () => {
  cpSync(join(FIXTURE, 'verhalen'), join(project.dir, 'content/verhalen'), { recursive: true });
  git(['init', '-q', '-b', 'main']);
  git(['add', 'content']);
  git(['commit', '-q', '-m', 'Alle verhalen'], '2019-03-01T10:00:00+01:00');
  hashes.eerste = git(['rev-parse', 'HEAD']);
  appendFileSync(join(project.dir, 'content/verhalen/leren-zwolle-overgenomen.mdx'), '\nNog een zin.\n');
  git(['commit', '-q', '-am', 'Zwolle aangevuld'], '2020-06-01T10:00:00+02:00');
  hashes.zwolle = git(['rev-parse', 'HEAD']);
  appendFileSync(join(project.dir, 'content/verhalen/leren-utrecht-overgenomen.mdx'), '\nDe proef loopt nog.\n');
  git(['commit', '-q', '-am', 'Utrecht bijgewerkt'], RECENT);
  hashes.utrecht = git(['rev-parse', 'HEAD']);
  const r = project.bouw();
  if (r.status !== 0) throw new Error(`astro build van de leren-fixture mislukte:\n${r.uitvoer}`);
  site = await serveerEigenSite(project.dir);
}, 240_000);
afterAll(async () => {
  await site?.sluit();
  project.opruimen();
});

const lees = (pad: string) => site.lees(pad);
const open = (pad: string) => site.open(pad);
const tekstVan = async (page: Page, selector: string) => (await page.locator(selector).innerText()).replace(/\s+/g, ' ').trim();

describe('adoption: both ways, on the overview and on the map', () => {
  it('the origin shows where it was taken over, with municipality and date', async () => {
    const page = await open('verhalen/leren-leeuwarden-oorsprong/');
    expect(await tekstVan(page, '#navolging')).toContain('Nagevolgd in: Zwolle, mei 2012: Leren: Zwolle neemt één plan over');
    expect(await page.locator('#navolging a', { hasText: 'Zwolle neemt' }).getAttribute('href')).toBe('/verhalen/leren-zwolle-overgenomen/#doorbraak-een-plan-zwolle');
  });

  it('the middle of the chain shows both where it came from and who took it further', async () => {
    const page = await open('verhalen/leren-zwolle-overgenomen/');
    const tekst = await tekstVan(page, '#doorbraak-een-plan-zwolle');
    expect(tekst).toContain('Overgenomen van: Leren: één plan per huishouden in Leeuwarden (Leeuwarden, 2010). Zwolle nam de werkwijze over na een werkbezoek. bron [1]');
    expect(tekst).toContain('Nagevolgd in: Utrecht, 2014: Leren: Utrecht leert van Zwolle');
    expect(await page.locator('#navolging a', { hasText: 'in Leeuwarden' }).getAttribute('href')).toBe('/verhalen/leren-leeuwarden-oorsprong/#doorbraak-een-plan');
  });

  it('every link between the stories lands on an element that exists', async () => {
    for (const id of ['leren-leeuwarden-oorsprong', 'leren-zwolle-overgenomen', 'leren-utrecht-overgenomen', 'leren-buitenland-oorsprong', 'leren-goes-overgenomen']) {
      const html = lees(`verhalen/${id}/index.html`);
      for (const [, doel, anker] of html.matchAll(/href="\/verhalen\/([a-z0-9-]+)\/#(doorbraak-[a-z0-9-]+)"/g)) {
        expect(lees(`verhalen/${doel}/index.html`), `${id} -> ${doel}#${anker}`).toContain(`id="${anker}"`);
      }
    }
    expect(await tekstVan(await open('verhalen/leren-utrecht-overgenomen/'), '#doorbraak-1')).toContain('Overgenomen van: Leren: Zwolle neemt één plan over (Zwolle, mei 2012).');
    expect(await tekstVan(await open('verhalen/leren-goes-overgenomen/'), '#navolging')).toContain('Overgenomen van: Leren: een familieplan van ver weg (Nieuw-Zeeland, datum niet in de bron).');
  });

  it('the overview shows each breakthrough that spread as a timeline, the dated origin first', async () => {
    const page = await open('navolging/');
    const ketens = page.locator('section.keten');
    expect(await ketens.count()).toBe(2);
    expect(await ketens.locator('h2').allInnerTexts()).toEqual(['Eén plan per huishouden, gemaakt met het huishouden zelf.', 'De familie maakt zelf een plan.']);
    const stappen = async (i: number) => (await ketens.nth(i).locator('.tijdlijn > li').allInnerTexts()).map((t) => t.replace(/\s+/g, ' ').trim());
    const [leeuwarden, zwolle, utrecht] = await stappen(0);
    expect(leeuwarden).toMatch(/^2010 Leeuwarden, oorsprong: Leren: één plan per huishouden in Leeuwarden Ingevoerd$/);
    expect(zwolle).toMatch(/^mei 2012 Zwolle, overgenomen van Leeuwarden: Leren: Zwolle neemt één plan over Ingevoerd /);
    expect(utrecht).toMatch(/^2014 Utrecht, overgenomen van Zwolle: Leren: Utrecht leert van Zwolle Wordt geprobeerd /);
    const [nz, goes] = await stappen(1);
    expect(nz).toMatch(/^datum niet in de bron Nieuw-Zeeland, oorsprong: /);
    expect(goes).toMatch(/^datum niet in de bron Goes, overgenomen van Nieuw-Zeeland: /);
  });

  it('the map colours the origin and the municipalities that took it over, and names places abroad', async () => {
    const page = await open('navolging/');
    const kaart = (i: number) => page.locator('section.keten').nth(i).locator('figure.navolgingskaart');
    const vlakken = async (i: number) =>
      kaart(i).locator('svg a').evaluateAll((as) => as.map((a) => `${a.getAttribute('aria-label')} ${a.querySelector('path')?.getAttribute('fill')} ${a.getAttribute('href')}`));
    expect(await vlakken(0)).toEqual([
      'Leeuwarden (oorsprong): Leren: één plan per huishouden in Leeuwarden #071f3d /verhalen/leren-leeuwarden-oorsprong/#doorbraak-een-plan',
      'Zwolle (overgenomen): Leren: Zwolle neemt één plan over #3b82c4 /verhalen/leren-zwolle-overgenomen/#doorbraak-een-plan-zwolle',
      'Utrecht (overgenomen): Leren: Utrecht leert van Zwolle #3b82c4 /verhalen/leren-utrecht-overgenomen/#doorbraak-1',
    ]);
    expect(await vlakken(1)).toEqual(['Goes (overgenomen): Leren: Goes en het familieplan #3b82c4 /verhalen/leren-goes-overgenomen/#doorbraak-1']);
    expect(await kaart(1).locator('figcaption').innerText()).toContain('Buiten Nederland, niet op de kaart: Nieuw-Zeeland.');
    // Every municipality of 2025 is drawn once, behind each chain's map.
    expect(await page.locator('#navolging-gemeenten path').count()).toBe(342);
    expect(await kaart(0).locator('use').getAttribute('href')).toBe('#navolging-gemeenten');
    // The shapes are the municipalities' own: Zwolle's and Utrecht's paths differ and are not empty.
    const d = await kaart(0).locator('svg a path').evaluateAll((ps) => ps.map((p) => p.getAttribute('d') ?? ''));
    expect(new Set(d).size).toBe(3);
    for (const x of d) expect(x.length).toBeGreaterThan(20);
  });

  it('open data carries the links both ways, and navolging.csv one row per adoption', () => {
    const json = JSON.parse(lees('data/verhalen.json')) as { versie: string; verhalen: Record<string, unknown>[] };
    expect(json.versie).toBe('1.3.1');
    const per = new Map(json.verhalen.map((v) => [v.id as string, v]));
    expect(per.get('leren-leeuwarden-oorsprong')!.nagevolgd_in).toEqual([
      { doorbraak: 'een-plan', verhaal: 'leren-zwolle-overgenomen', url: per.get('leren-zwolle-overgenomen')!.url, doorbraak_daar: 'een-plan-zwolle', datum: '2012-05' },
    ]);
    expect((per.get('leren-utrecht-overgenomen')!.doorbraken as { overgenomen_van: unknown }[])[0]!.overgenomen_van).toEqual({ verhaal: 'leren-zwolle-overgenomen', doorbraak: 'een-plan-zwolle', bron: 'verslag' });
    expect(per.get('leren-goes-overgenomen')!.contact).toEqual({ organisatie: 'Centrum voor Jeugd en Gezin Goes', telefoon: '088 123 4567', bron: 'verslag' });
    expect(per.get('leren-leeuwarden-oorsprong')!.engels).toEqual({ titel: 'Learning: one plan per household in Leeuwarden', samenvatting: 'Leeuwarden started with one plan per household; Zwolle and then Utrecht took it over.' });
    const rijen = parse(lees('data/navolging.csv'), { bom: true, columns: true }) as Record<string, string>[];
    expect(rijen.map((r) => `${r.van_verhaal}/${r.van_doorbraak} ${r.van_plaats} ${r.van_gemeenten_cbs} -> ${r.naar_verhaal}/${r.naar_doorbraak} ${r.naar_plaats} ${r.naar_gemeenten_cbs} ${r.naar_datum}`)).toEqual([
      'leren-leeuwarden-oorsprong/een-plan Leeuwarden GM0080 -> leren-zwolle-overgenomen/een-plan-zwolle Zwolle GM0193 2012-05',
      'leren-zwolle-overgenomen/een-plan-zwolle Zwolle GM0193 -> leren-utrecht-overgenomen/ Utrecht GM0344 2014',
      'leren-buitenland-oorsprong/familieplan Nieuw-Zeeland  -> leren-goes-overgenomen/ Goes GM0664 ',
    ]);
    const verhalen = parse(lees('data/verhalen.csv'), { bom: true, columns: true }) as Record<string, string>[];
    expect(verhalen.find((v) => v.id === 'leren-zwolle-overgenomen')).toMatchObject({ overgenomen_van: 'leren-leeuwarden-oorsprong', nagevolgd_in: 'leren-utrecht-overgenomen' });
  });
});

describe('history from git', () => {
  it('a story page shows when it was published and last changed, and its changes linked to the commits', async () => {
    const page = await open('verhalen/leren-zwolle-overgenomen/');
    const sectie = page.locator('section.geschiedenis');
    expect(await tekstVan(page, 'section.geschiedenis dl')).toBe('Gepubliceerd 1 maart 2019 Laatst gewijzigd 1 juni 2020');
    expect(await sectie.locator('dl time').evaluateAll((ts) => ts.map((t) => t.getAttribute('datetime')))).toEqual(['2019-03-01T10:00:00+01:00', '2020-06-01T10:00:00+02:00']);
    // Linked by date: commit subjects are the developers' words, not text for the page.
    const wijzigingen = sectie.locator('ol li a');
    expect(await wijzigingen.allInnerTexts()).toEqual(['1 juni 2020, 10:00', '1 maart 2019, 10:00']);
    expect(await sectie.innerText()).not.toContain('Zwolle aangevuld');
    expect(await wijzigingen.evaluateAll((as) => as.map((a) => a.getAttribute('href')))).toEqual([`${REPOSITORY}/commit/${hashes.zwolle}`, `${REPOSITORY}/commit/${hashes.eerste}`]);
    expect(await sectie.locator('a', { hasText: 'Alle wijzigingen op GitHub' }).getAttribute('href')).toBe(`${REPOSITORY}/commits/main/content/verhalen/leren-zwolle-overgenomen.mdx`);
  });

  it('a story not changed for more than three years asks how it stands now, with the story filled in', async () => {
    const page = await open('verhalen/leren-zwolle-overgenomen/');
    const link = page.locator('section.geschiedenis a', { hasText: 'Hoe staat het er nu voor?' });
    const url = new URL((await link.getAttribute('href'))!);
    expect(`${url.origin}${url.pathname}`).toBe(`${REPOSITORY}/issues/new`);
    expect(Object.fromEntries(url.searchParams)).toEqual({
      template: 'verhaal-idee.yml',
      title: 'Hoe staat het er nu voor? Leren: Zwolle neemt één plan over',
      gemeente: 'Zwolle',
      domeinen: 'zorg',
      vervolg_op: expect.stringMatching(/\/verhalen\/leren-zwolle-overgenomen\/$/),
    });
    // Changed ten days ago: no invitation, and the date is that commit's.
    const utrecht = await open('verhalen/leren-utrecht-overgenomen/');
    expect(await utrecht.locator('section.geschiedenis').count()).toBe(1);
    expect(await utrecht.locator('section.geschiedenis a', { hasText: 'Hoe staat het er nu voor?' }).count()).toBe(0);
    expect(await utrecht.locator('section.geschiedenis dl time').nth(1).getAttribute('datetime')).toBe(RECENT);
    expect(await utrecht.locator('section.geschiedenis ol li a').first().getAttribute('href')).toBe(`${REPOSITORY}/commit/${hashes.utrecht}`);
  });

  it('a lab page shows its history, without the invitation', async () => {
    const page = await open('labs/wijkteams-en-welzijn/');
    expect(await tekstVan(page, 'section.geschiedenis dl')).toBe('Gepubliceerd 1 maart 2019 Laatst gewijzigd 1 maart 2019');
    expect(await page.locator('section.geschiedenis a', { hasText: 'Hoe staat het er nu voor?' }).count()).toBe(0);
  });

  it('the sitemap and the feed use the dates of the commits', () => {
    const sitemap = lees('sitemap-0.xml');
    const lastmod = (pad: string) => new RegExp(`<loc>[^<]*/${pad}</loc>(?:<lastmod>([^<]*)</lastmod>)?`).exec(sitemap)?.[1];
    expect(lastmod('verhalen/leren-zwolle-overgenomen/')).toBe('2020-06-01T08:00:00.000Z');
    expect(lastmod('verhalen/leren-utrecht-overgenomen/')).toBe(new Date(RECENT).toISOString());
    expect(lastmod('labs/wijkteams-en-welzijn/')).toBe('2019-03-01T09:00:00.000Z');
    expect(lastmod('navolging/')).toBeUndefined();
    const rss = lees('rss.xml');
    const item = /<item><title>Leren: Zwolle neemt één plan over<\/title>[\s\S]*?<\/item>/.exec(rss)?.[0] ?? '';
    expect(item).toContain('<pubDate>Fri, 01 Mar 2019 09:00:00 GMT</pubDate>');
    expect(item).toContain('<dcterms:modified>2020-06-01T08:00:00.000Z</dcterms:modified>');
    expect(rss).toContain('xmlns:dcterms="http://purl.org/dc/terms/"');
  });

  it('the shared test site, built from a copy without .git, has pages without history', () => {
    expect(existsSync(join(fixtureDir(), '.git'))).toBe(false);
    const html = pagina('verhalen/leeuwarden-frontlijnteam');
    expect(html).toMatch(/<h1[^>]*>Leeuwarden: het frontlijnteam in de wijk<\/h1>/);
    expect(html).not.toContain('Geschiedenis van deze pagina');
    expect(readFileSync(join(fixtureDir(), 'dist/sitemap-0.xml'), 'utf8')).not.toContain('<lastmod>');
  });
});

describe('whom to ask, and English summaries', () => {
  it('shows the organisation with its web address or general number and the source', async () => {
    const page = await open('verhalen/leren-leeuwarden-oorsprong/');
    expect(await tekstVan(page, 'section.contact p:first-of-type')).toBe('Gemeente Leeuwarden: leeuwarden.nl, telefoon 14 058 bron [1]');
    expect(await page.locator('section.contact a').evaluateAll((as) => as.map((a) => a.getAttribute('href')))).toEqual(['https://www.leeuwarden.nl/', 'tel:14058', '#bron-verslag']);
    expect(await tekstVan(await open('verhalen/leren-goes-overgenomen/'), 'section.contact p:first-of-type')).toBe('Centrum voor Jeugd en Gezin Goes: telefoon 088 123 4567 bron [1]');
  });

  it('marks the English summary as English on the page, and lists it on /en/ with hreflang links', async () => {
    const page = await open('verhalen/leren-leeuwarden-oorsprong/');
    expect(await page.locator('section.engels').getAttribute('lang')).toBe('en');
    expect(await tekstVan(page, 'section.engels')).toContain('Learning: one plan per household in Leeuwarden');
    const en = await open('en/');
    expect(await en.locator('main [lang="en"] h1').innerText()).toBe('3D-lab knowledge base: summaries in English');
    const link = en.locator('a', { hasText: 'Learning: one plan per household in Leeuwarden' });
    expect(await link.getAttribute('href')).toBe('/verhalen/leren-leeuwarden-oorsprong/');
    expect(await link.getAttribute('hreflang')).toBe('nl');
    // Only stories with an English summary are listed.
    expect(await en.locator('main h3').count()).toBe(1);
    expect(await en.locator('head link[rel="alternate"][hreflang]').evaluateAll((ls) => ls.map((l) => `${l.getAttribute('hreflang')} ${new URL(l.getAttribute('href')!).pathname}`))).toEqual(['en /en/', 'nl /']);
  });
});

describe('accessibility', () => {
  it.each(['navolging/', 'en/', 'verhalen/leren-zwolle-overgenomen/', 'verhalen/leren-leeuwarden-oorsprong/', 'verhalen/leren-goes-overgenomen/', 'labs/wijkteams-en-welzijn/'])('%s has no axe violations', async (pad) => {
    expect(await axe(await open(pad))).toEqual([]);
  });
});
