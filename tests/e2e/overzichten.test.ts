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
import { leesFixture, rapporteursVan, stand, type Bestand, type Stand } from './fixture.ts';

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

const STANDEN: Stand[] = ['doorbroken', 'proef', 'voorstel', 'open'];
/** The states of these barriers, counted: [all, doorbroken, proef, voorstel, open]. */
function standen(belemmeringen: { v: Bestand['data']; id: string }[]): number[] {
  const s = belemmeringen.map(({ v, id }) => stand(v, id));
  return [s.length, ...STANDEN.map((x) => s.filter((y) => y === x).length)];
}
const belemmeringenVan = (verhalen: Bestand[], soort?: string) =>
  verhalen.flatMap(({ data: v }) => (v.belemmeringen ?? []).filter((b) => !soort || b.soort === soort).map((b) => ({ v, id: b.id })));

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
  it('shows per promise the barriers by how far they got, and links each count to the promise', async () => {
    const { page } = await nieuwePagina(browser);
    await page.goto(url('beloften/'));
    expect(await page.locator('table caption').innerText()).toContain('De tien beloften');
    const rijen = page.locator('table tbody tr');
    const beloften = [...fx.beloften].sort((a, b) => a.nummer - b.nummer);
    expect(await rijen.count()).toBe(beloften.length);
    for (const [i, b] of beloften.entries()) {
      const betrokken = fx.verhalen.filter((v) => v.data.beloften?.includes(b.nummer));
      const cellen = rijen.nth(i).locator('td');
      const getallen = await Promise.all([0, 1, 2, 3, 4, 5].map(async (c) => Number((await cellen.nth(c).innerText()).trim().split(/\s/)[0])));
      expect(getallen, `belofte ${b.nummer}`).toEqual([betrokken.length, ...standen(belemmeringenVan(betrokken))]);
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
  it('shows per barrier type how far the barriers got, and each count leads to the barriers', async () => {
    expect(new Set(belemmeringenVan(fx.verhalen).map(({ v, id }) => stand(v, id)))).toEqual(new Set(STANDEN)); // every state occurs
    const { page } = await nieuwePagina(browser);
    await page.goto(url('belemmeringen/'));
    const tabel = page.getByRole('table', { name: /hoe ver ze zijn/ });
    for (const s of fx.soorten) {
      const rij = tabel.locator('tbody tr', { has: page.locator('th', { hasText: s.naam }) });
      const cellen = await rij.locator('td').allInnerTexts();
      expect(cellen.slice(0, 5).map((c) => Number(c.split(/\s/)[0])), s.id).toEqual(standen(belemmeringenVan(fx.verhalen, s.id)));
    }
    const link = tabel.locator('tbody td a[href*="--"]').first();
    expect(await link.count()).toBe(1);
    const doel = (await link.getAttribute('href'))!;
    await link.click();
    await expect.poll(() => page.url()).toContain(doel);
    expect(await page.locator(`[id="${doel.slice(1)}"]`).isVisible()).toBe(true);
  });

  it('shows each kind of breakthrough next to each barrier type, implemented apart from proposed, and links to exactly those', async () => {
    const { page } = await nieuwePagina(browser);
    await page.goto(url('belemmeringen/'));
    const tabel = page.getByRole('table', { name: /Soorten doorbraak per soort belemmering/ });
    const koppen = (await tabel.locator('thead th').allInnerTexts()).map((k) => k.trim());
    const gebruikt = new Set(fx.verhalen.flatMap((v) => (v.data.doorbraken ?? []).map((d) => d.soort)));
    expect(koppen.slice(1).sort()).toEqual(fx.soortenDoorbraak.filter((k) => gebruikt.has(k.id)).map((k) => k.naam).sort());
    let cellinks = 0;
    for (const s of fx.soorten) {
      const rij = tabel.locator('tbody tr', { has: page.locator('th', { hasText: s.naam }) });
      if (!belemmeringenVan(fx.verhalen, s.id).length) {
        expect(await rij.count(), s.id).toBe(0);
        continue;
      }
      for (const k of fx.soortenDoorbraak.filter((x) => gebruikt.has(x.id))) {
        // A breakthrough counts once per barrier type it names.
        const genoemd = fx.verhalen.flatMap(({ data: v }) =>
          (v.doorbraken ?? []).filter((d) => d.soort === k.id && d.lost_op.some((id) => v.belemmeringen?.find((b) => b.id === id)?.soort === s.id)),
        );
        const ingevoerd = genoemd.filter((d) => d.status === 'ingevoerd' || d.status === 'effect-gemeten').length;
        const voorgesteld = genoemd.length - ingevoerd;
        const cel = rij.locator('td').nth(koppen.indexOf(k.naam) - 1);
        const verwacht = genoemd.length === 0 ? '–' : [ingevoerd && `${ingevoerd} ingevoerd`, voorgesteld && `${voorgesteld} voorgesteld`].filter(Boolean).join(', ');
        expect((await cel.innerText()).split(/\s*\(/)[0]!.trim(), `${s.id} x ${k.id}`).toBe(verwacht);
        if (!genoemd.length) continue;
        // The cell links to the list of exactly those breakthroughs.
        expect(await cel.locator('a').count(), `link in ${s.id} x ${k.id}`).toBe(1);
        const doel = (await cel.locator('a').getAttribute('href'))!;
        const lijst = await page.locator(`[id="${doel.slice(1)}"] + ul > li > p:first-child`).allInnerTexts();
        expect(lijst.length, `${s.id} x ${k.id}`).toBe(genoemd.length);
        for (const d of genoemd) expect(lijst.some((t) => t.endsWith(d.omschrijving)), d.omschrijving).toBe(true);
        cellinks++;
      }
    }
    expect(cellinks).toBeGreaterThan(0);
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
      // Lists the file leaves out are empty lists in the data; rapporteurs are ids, with their names beside them.
      const rapporteurs = rapporteursVan(data, fx.rapporteurs);
      const verwacht = { gemeenten: [], tags: [], beloften: [], doorbraken: [], ...velden, rapporteurs: rapporteurs.map((r) => r.id), rapporteurs_naam: rapporteurs.map((r) => r.naam) };
      expect(record, id).toEqual({ id, url: siteUrl(id), cbs: verwacht.gemeenten.map((g) => cbs.get(g)), ...verwacht, privacy: { gepseudonimiseerd: privacy.gepseudonimiseerd, toestemming: privacy.toestemming } });
    });
  });

  it('verhalen.csv and belemmeringen.csv have one row per story and per barrier', async () => {
    const { page } = await nieuwePagina(browser);
    const haal = async (pad: string) => parse(await (await page.request.get(url(pad))).text(), { bom: true, columns: true }) as Record<string, string>[];
    const verhalen = await haal('data/verhalen.csv');
    const kolommen = ['aantal_belemmeringen', 'aantal_doorbroken', 'aantal_in_proef', 'aantal_alleen_voorgesteld', 'aantal_zonder_oplossing'];
    expect(verhalen.map((r) => [r.id, r.titel, r.datum, r.gemeenten, r.doelgroepen, r.tags, r.beloften, r.domeinen, r.rapporteurs, r.rapporteurs_naam, r.aantal_doorbraken, ...kolommen.map((k) => r[k])])).toEqual(
      fx.verhalen.map(({ id, data: v }) => [
        id,
        v.titel,
        v.datum,
        lijst(v.gemeenten),
        lijst(v.doelgroepen),
        lijst(v.tags),
        lijst(v.beloften),
        lijst(v.domeinen),
        lijst(rapporteursVan(v, fx.rapporteurs).map((r) => r.id)),
        lijst(rapporteursVan(v, fx.rapporteurs).map((r) => r.naam)),
        String((v.doorbraken ?? []).length),
        ...standen((v.belemmeringen ?? []).map((b) => ({ v, id: b.id }))).map(String),
      ]),
    );
    const belemmeringen = await haal('data/belemmeringen.csv');
    expect(belemmeringen.map((r) => [r.verhaal, r.belemmering, r.soort, r.stand, r.opgelost, r.aantal_doorbraken])).toEqual(
      fx.verhalen.flatMap(({ id, data: v }) =>
        (v.belemmeringen ?? []).map((b) => {
          const n = (v.doorbraken ?? []).filter((d) => d.lost_op.includes(b.id)).length;
          return [id, b.id, b.soort, stand(v, b.id), stand(v, b.id) === 'doorbroken' ? 'ja' : 'nee', String(n)];
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
