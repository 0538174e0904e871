// The overviews in Chromium, on the fixture site: map, Beloftemeter, barrier map, open data.
// Expected numbers are counted here from the fixture files (./fixture.ts), never with the site's
// own overview functions.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SITE } from '../../src/site.config.ts';
import { ROOT } from '../helpers/project.ts';
import { axe, nieuwePagina, startBrowser, url } from './browser.ts';
import { leesFixture, opgelost, type Bestand } from './fixture.ts';

const fx = leesFixture();
const verhalenTekst = (n: number) => `${n} ${n === 1 ? 'verhaal' : 'verhalen'}`;
const lijst = (xs: readonly unknown[] | undefined) => (xs ?? []).join(';');

/** Municipalities with stories, most stories first, then by name (as the page promises). */
const perGemeente = new Map<string, number>();
for (const v of fx.verhalen) for (const g of new Set(v.data.gemeenten ?? [])) perGemeente.set(g, (perGemeente.get(g) ?? 0) + 1);
const metVerhalen = fx.gemeenten
  .filter((g) => perGemeente.has(g.id))
  .map((g) => ({ ...g, aantal: perGemeente.get(g.id)! }))
  .sort((a, b) => b.aantal - a.aantal || a.naam.localeCompare(b.naam, 'nl'));

/** Every municipal shape in the boundary file: the map draws them all. */
const VORMEN = (JSON.parse(readFileSync(join(ROOT, 'src/data/gemeente_2025.topojson'), 'utf8')) as { objects: Record<string, { geometries: unknown[] }> }).objects
  .gemeente_2025!.geometries.length;

/**
 * Who broke through, per `door` in the fixture, labelled by hand with the barrier map's column
 * names. A new `door` in the fixture must be labelled here first.
 */
const SOORT_DOORBRAAK: Record<string, string> = {
  'Voorstel van de rapporteurs': 'Voorstel',
  'Wethouder zorg': 'Gemeente, bestuur of wetgever',
  Frontlijnteam: 'Professional of wijkteam',
  'Wijkteammedewerker met een eigen budget': 'Professional of wijkteam',
  'Bewoners van de buurt': 'Burgers en hun netwerk',
};

let browser: Browser;
beforeAll(async () => {
  browser = await startBrowser();
});
afterAll(async () => browser?.close());

describe('kaart van gemeenten', () => {
  it('draws every municipality and makes exactly those with stories a named link', async () => {
    expect(metVerhalen.map((g) => g.id)).toEqual(['eindhoven', 'leeuwarden']); // what the fixture was written for
    const { page, fouten } = await nieuwePagina(browser);
    await page.setViewportSize({ width: 900, height: 1000 });
    await page.goto(url('gemeenten/'));
    const kaart = page.locator('figure svg[role="group"]');
    await expect.poll(() => kaart.isVisible()).toBe(true);
    expect(await kaart.locator('path').count()).toBe(VORMEN);
    expect(await kaart.locator('a').count()).toBe(metVerhalen.length);
    for (const g of metVerhalen) {
      const link = page.getByRole('link', { name: `${g.naam}: ${verhalenTekst(g.aantal)}`, exact: true });
      expect(await link.count(), g.naam).toBe(1);
      expect(new URL((await link.getAttribute('href')) ?? '', page.url()).pathname).toBe(new URL(url(`gemeenten/${g.id}/`)).pathname);
    }
    // Municipalities without stories are plain shapes, not links and not focusable.
    expect(await kaart.locator('g.leeg a, g.leeg [tabindex]').count()).toBe(0);
    expect(await kaart.evaluate((el) => new TextEncoder().encode(el.outerHTML).length)).toBeLessThan(150_000);
    expect(fouten).toEqual([]);
  });

  it('a click on Leeuwarden on the map leads to Leeuwarden', async () => {
    const { page, fouten } = await nieuwePagina(browser);
    await page.goto(url('gemeenten/'));
    const link = page.locator('figure svg a', { hasText: /^Leeuwarden:/ });
    expect(await link.getAttribute('aria-label')).toBe(`Leeuwarden: ${verhalenTekst(perGemeente.get('leeuwarden')!)}`);
    await link.click();
    await expect.poll(() => page.url()).toBe(url('gemeenten/leeuwarden/'));
    expect(await page.locator('h1').innerText()).toBe('Gemeente Leeuwarden');
    expect(fouten).toEqual([]);
  });

  it('is reachable with the keyboard', async () => {
    const { page } = await nieuwePagina(browser);
    await page.goto(url('gemeenten/'));
    // The link just before the map, then Tab: focus lands on a municipality with stories.
    await page.getByRole('link', { name: 'tabel onder de kaart' }).focus();
    await page.keyboard.press('Tab');
    const actief = await page.evaluate(() => ({ label: document.activeElement?.getAttribute('aria-label'), inKaart: Boolean(document.activeElement?.closest('svg')) }));
    expect(actief.inKaart).toBe(true);
    expect(metVerhalen.map((g) => `${g.naam}: ${verhalenTekst(g.aantal)}`)).toContain(actief.label);
  });

  it('the table lists the municipalities with stories and says how many have none', async () => {
    const { page } = await nieuwePagina(browser);
    await page.goto(url('gemeenten/'));
    const rijen = page.locator('#tabel tbody tr');
    expect(await rijen.count()).toBe(metVerhalen.length);
    for (const [i, g] of metVerhalen.entries()) {
      expect(await rijen.nth(i).locator('th').innerText()).toBe(g.naam);
      expect(await rijen.nth(i).locator('td').last().innerText()).toBe(String(g.aantal));
    }
    const zonder = fx.gemeenten.length - metVerhalen.length;
    expect(await page.locator('main').innerText()).toContain(`${zonder} van de ${fx.gemeenten.length} gemeenten`);
  });
});

describe('Beloftemeter', () => {
  it('shows per promise the counts and links each count to the promise', async () => {
    const { page } = await nieuwePagina(browser);
    await page.goto(url('beloften/'));
    expect(await page.locator('table caption').innerText()).toContain('De tien beloften');
    const rijen = page.locator('table tbody tr');
    const beloften = [...fx.beloften].sort((a, b) => a.nummer - b.nummer);
    expect(await rijen.count()).toBe(beloften.length);
    for (const [i, b] of beloften.entries()) {
      const betrokken = fx.verhalen.filter((v) => v.data.beloften?.includes(b.nummer)).map((v) => v.data);
      const som = (f: (v: (typeof betrokken)[number]) => number) => betrokken.reduce((n, v) => n + f(v), 0);
      const verwacht = [
        betrokken.length,
        som((v) => (v.belemmeringen ?? []).length),
        som((v) => (v.belemmeringen ?? []).filter((x) => opgelost(v).has(x.id)).length),
        som((v) => (v.doorbraken ?? []).length),
      ];
      const cellen = rijen.nth(i).locator('td');
      const getallen = await Promise.all([0, 1, 2, 3].map(async (c) => Number((await cellen.nth(c).innerText()).trim().split(/\s/)[0])));
      expect(getallen, `belofte ${b.nummer}`).toEqual(verwacht);
      expect(await cellen.nth(0).locator('a').count(), `belofte ${b.nummer}`).toBe(betrokken.length ? 1 : 0);
      if (betrokken.length) expect(new URL((await cellen.nth(0).locator('a').getAttribute('href'))!, page.url()).href).toBe(url(`beloften/${b.id}/`));
    }
    // The fixture leaves promise 10 to the concept only: a row of zeros.
    expect(await rijen.nth(9).locator('td').first().innerText()).toBe('0');
    // The bars come after the table and are drawn without JavaScript.
    expect(await page.locator('figure svg rect').count()).toBe(beloften.length);
    expect(await page.locator('script').count()).toBe(0);
  });
});

describe('belemmeringenkaart', () => {
  it('shows the matrix counts and each count leads to the breakthroughs', async () => {
    const doorbraken = fx.verhalen.flatMap((v) => v.data.doorbraken ?? []);
    for (const d of doorbraken) expect(Object.keys(SOORT_DOORBRAAK), 'label this door in SOORT_DOORBRAAK').toContain(d.door);
    const kolommen = [...new Set(doorbraken.map((d) => SOORT_DOORBRAAK[d.door!]!))];
    const { page } = await nieuwePagina(browser);
    await page.goto(url('belemmeringen/'));
    const koppen = await page.locator('table thead th').allInnerTexts();
    expect([...koppen.slice(3, -1)].sort()).toEqual([...kolommen].sort());
    let cellinks = 0;
    for (const s of fx.soorten) {
      const belemmeringen = fx.verhalen.flatMap((v) => (v.data.belemmeringen ?? []).filter((b) => b.soort === s.id).map((b) => ({ v: v.data, b })));
      const open = belemmeringen.filter(({ v, b }) => !opgelost(v).has(b.id)).length;
      const rij = page.locator('table tbody tr', { has: page.locator('th', { hasText: s.naam }) });
      const cellen = await rij.locator('td').allInnerTexts();
      expect([cellen[0], cellen[1]].map((c) => Number(c!.split(/\s/)[0])), s.id).toEqual([belemmeringen.length, open]);
      for (const kolom of kolommen) {
        // Breakthroughs of this kind that solve at least one barrier of this kind in their story.
        const verwacht = fx.verhalen.flatMap((v) =>
          (v.data.doorbraken ?? []).filter(
            (d) => SOORT_DOORBRAAK[d.door!] === kolom && d.lost_op.some((id) => v.data.belemmeringen?.find((b) => b.id === id)?.soort === s.id),
          ),
        );
        const cel = rij.locator('td').nth(koppen.indexOf(kolom) - 1);
        expect((await cel.innerText()).split(/\s/)[0], `${s.id} x ${kolom}`).toBe(verwacht.length ? String(verwacht.length) : '–');
        if (!verwacht.length) continue;
        // The count links to the list of exactly those breakthroughs.
        expect(await cel.locator('a').count(), `link in ${s.id} x ${kolom}`).toBe(1);
        const doel = (await cel.locator('a').getAttribute('href'))!;
        const lijst = page.locator(`[id="${doel.slice(1)}"] + ul > li`);
        expect((await lijst.allInnerTexts()).map((t) => t.split('\n')[0]), `${s.id} x ${kolom}`).toEqual(verwacht.map((d) => d.omschrijving));
        cellinks++;
      }
    }
    expect(cellinks).toBeGreaterThan(0);
    const link = page.locator('table tbody td a[href*="--"]').first();
    const doel = (await link.getAttribute('href'))!;
    await link.click();
    await expect.poll(() => page.url()).toContain(doel);
    expect(await page.locator(`[id="${doel.slice(1)}"]`).isVisible()).toBe(true);
  });
});

describe('open data', () => {
  const siteUrl = (id: string) => new URL(new URL(url(`verhalen/${id}/`)).pathname, SITE).href;
  const cbs = new Map(fx.gemeenten.map((g) => [g.id, g.cbs]));
  const ids = fx.verhalen.map((v) => v.id);

  it('/data links every file', async () => {
    const { page } = await nieuwePagina(browser);
    await page.goto(url('data/'));
    for (const bestand of ['verhalen.json', 'verhalen.csv', 'belemmeringen.csv', 'verhaal.schema.json', 'rss.xml', 'sitemap-index.xml']) {
      expect(await page.getByRole('link', { name: bestand, exact: true }).count(), bestand).toBe(1);
    }
    expect(await page.getByRole('link', { name: 'verhaal.schema.json' }).getAttribute('href')).toBe(new URL(url('schema/verhaal.schema.json')).pathname);
  });

  it('verhalen.json holds every published story, newest first, with the fields of its file', async () => {
    const { page } = await nieuwePagina(browser);
    const json = (await (await page.request.get(url('data/verhalen.json'))).json()) as { aantal: number; verhalen: Record<string, unknown>[] };
    expect(json.aantal).toBe(fx.verhalen.length);
    expect(json.verhalen.map((v) => v.id)).toEqual(ids);
    json.verhalen.forEach((record, i) => {
      const { id, data } = fx.verhalen[i]!;
      const { privacy, ...velden } = data as Bestand['data'] & { privacy: { gepseudonimiseerd: boolean; toestemming: unknown } };
      // Lists the file leaves out are empty lists in the data.
      const verwacht = { gemeenten: [], tags: [], beloften: [], doorbraken: [], ...velden };
      expect(record, id).toEqual({ id, url: siteUrl(id), cbs: verwacht.gemeenten.map((g) => cbs.get(g)), ...verwacht, privacy: { gepseudonimiseerd: privacy.gepseudonimiseerd, toestemming: privacy.toestemming } });
    });
  });

  it('verhalen.csv and belemmeringen.csv have one row per story and per barrier', async () => {
    const { page } = await nieuwePagina(browser);
    const haal = async (pad: string) => parse(await (await page.request.get(url(pad))).text(), { bom: true, columns: true }) as Record<string, string>[];
    const verhalen = await haal('data/verhalen.csv');
    expect(verhalen.map((r) => [r.id, r.titel, r.datum, r.gemeenten, r.tags, r.beloften, r.domeinen, r.aantal_belemmeringen, r.aantal_doorbraken])).toEqual(
      fx.verhalen.map(({ id, data: v }) => [
        id,
        v.titel,
        v.datum,
        lijst(v.gemeenten),
        lijst(v.tags),
        lijst(v.beloften),
        lijst(v.domeinen),
        String((v.belemmeringen ?? []).length),
        String((v.doorbraken ?? []).length),
      ]),
    );
    const belemmeringen = await haal('data/belemmeringen.csv');
    expect(belemmeringen.map((r) => [r.verhaal, r.belemmering, r.soort, r.opgelost, r.aantal_doorbraken])).toEqual(
      fx.verhalen.flatMap(({ id, data: v }) =>
        (v.belemmeringen ?? []).map((b) => {
          const n = (v.doorbraken ?? []).filter((d) => d.lost_op.includes(b.id)).length;
          return [id, b.id, b.soort, n ? 'ja' : 'nee', String(n)];
        }),
      ),
    );
  });

  it('the RSS feed lists the stories newest first and every page points to it', async () => {
    const { page } = await nieuwePagina(browser);
    const rss = await (await page.request.get(url('rss.xml'))).text();
    const titels = [...rss.matchAll(/<item><title>(.*?)<\/title>/g)].map((m) => m[1]!.replaceAll('&amp;', '&'));
    expect(titels).toEqual(fx.verhalen.map((v) => v.data.titel));
    await page.goto(url('gemeenten/'));
    expect(await page.locator('head link[rel="alternate"][type="application/rss+xml"]').getAttribute('href')).toBe(new URL(url('rss.xml')).pathname);
    expect((await page.request.get(url('sitemap-index.xml'))).ok()).toBe(true);
  });
});

describe('toegankelijkheid', () => {
  it.each(['beloften/', 'belemmeringen/', 'gemeenten/', 'data/'])('%s has no axe violations', async (pad) => {
    const { page, fouten } = await nieuwePagina(browser);
    await page.goto(url(pad));
    expect(await axe(page)).toEqual([]);
    expect(fouten).toEqual([]);
  });
});
