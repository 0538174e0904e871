// The overviews in Chromium: map, Beloftemeter, barrier map, open data. Expected numbers come
// from the content on disk, counted by the same pure functions that the unit tests check by hand.
import { parse } from 'csv-parse/sync';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { gemeenteTelling } from '../../src/lib/overzichten/gemeenten.ts';
import { leesInhoud } from '../../src/lib/overzichten/vanSchijf.ts';
import { maakContext } from '../../src/lib/overzichten/context.ts';
import { belemmeringenCsv, verhalenCsv, verhalenJson } from '../../src/lib/overzichten/opendata.ts';
import { SITE, SITE_NAAM } from '../../src/site.config.ts';
import { ROOT } from '../helpers/project.ts';
import { axe, nieuwePagina, startBrowser, url } from './browser.ts';

const inhoud = leesInhoud(ROOT);
const telling = gemeenteTelling(inhoud.verhalen, inhoud.gemeenten);
const verhalenTekst = (n: number) => `${n} ${n === 1 ? 'verhaal' : 'verhalen'}`;

let browser: Browser;
beforeAll(async () => {
  browser = await startBrowser();
});
afterAll(async () => browser?.close());

describe('kaart van gemeenten', () => {
  it('draws every municipality and makes exactly those with stories a named link', async () => {
    const { page, fouten } = await nieuwePagina(browser);
    await page.setViewportSize({ width: 900, height: 1000 });
    await page.goto(url('gemeenten/'));
    const kaart = page.locator('figure svg[role="group"]');
    await expect.poll(() => kaart.isVisible()).toBe(true);
    expect(await kaart.locator('path').count()).toBe(inhoud.gemeenten.length);
    const links = kaart.locator('a');
    expect(await links.count()).toBe(telling.metVerhalen.length);
    for (const g of telling.metVerhalen) {
      const link = page.getByRole('link', { name: `${g.naam}: ${verhalenTekst(g.verhalen.length)}`, exact: true });
      expect(await link.count(), g.naam).toBe(1);
      expect(new URL(await link.getAttribute('href') ?? '', page.url()).pathname).toBe(new URL(url(`gemeenten/${g.id}/`)).pathname);
    }
    // Municipalities without stories are plain shapes, not links and not focusable.
    expect(await kaart.locator('g.leeg a, g.leeg [tabindex]').count()).toBe(0);

    const bytes = await kaart.evaluate((el) => new TextEncoder().encode(el.outerHTML).length);
    console.log(`kaart-SVG: ${bytes} bytes voor ${inhoud.gemeenten.length} gemeenten`);
    expect(bytes).toBeLessThan(150_000);
    await page.locator('figure.gemeentekaart').screenshot({ path: '/tmp/overzichten-kaart.png' });
    expect(fouten).toEqual([]);
  });

  it('a click on Leeuwarden on the map leads to Leeuwarden', async () => {
    const leeuwarden = telling.metVerhalen.find((g) => g.id === 'leeuwarden');
    if (!leeuwarden) return; // no story about Leeuwarden (anymore): nothing to click
    const { page } = await nieuwePagina(browser);
    await page.goto(url('gemeenten/'));
    const link = page.locator('figure svg a', { hasText: /^Leeuwarden:/ });
    expect(await link.getAttribute('aria-label')).toBe(`Leeuwarden: ${verhalenTekst(leeuwarden.verhalen.length)}`);
    const doel = url('gemeenten/leeuwarden/');
    const bestaat = (await page.request.get(doel)).ok();
    if (bestaat) {
      await link.click();
      await expect.poll(() => page.url()).toBe(doel);
    } else {
      // The municipality pages are built on another branch; check where the link points.
      expect(new URL((await link.getAttribute('href'))!, page.url()).href).toBe(doel);
    }
  });

  it('is reachable with the keyboard', async () => {
    const { page } = await nieuwePagina(browser);
    await page.goto(url('gemeenten/'));
    if (telling.metVerhalen.length === 0) return;
    // The link just before the map, then Tab: focus lands on the first municipality with stories.
    await page.getByRole('link', { name: 'tabel onder de kaart' }).focus();
    await page.keyboard.press('Tab');
    const actief = await page.evaluate(() => ({ label: document.activeElement?.getAttribute('aria-label'), inKaart: Boolean(document.activeElement?.closest('svg')) }));
    expect(actief.inKaart).toBe(true);
    expect(actief.label).toMatch(/^.+: \d+ (verhaal|verhalen)$/);
    await page.locator('figure.gemeentekaart').screenshot({ path: '/tmp/overzichten-kaart-focus.png' });
  });

  it('the table lists the municipalities with stories and says how many have none', async () => {
    const { page } = await nieuwePagina(browser);
    await page.goto(url('gemeenten/'));
    const rijen = page.locator('#tabel tbody tr');
    expect(await rijen.count()).toBe(telling.metVerhalen.length);
    for (const [i, g] of telling.metVerhalen.entries()) {
      expect(await rijen.nth(i).locator('th').innerText()).toBe(g.naam);
      expect(await rijen.nth(i).locator('td').last().innerText()).toBe(String(g.verhalen.length));
    }
    expect(await page.locator('main').innerText()).toContain(`${telling.zonderVerhalen} van de ${inhoud.gemeenten.length} gemeenten`);
  });
});

// A plain count over the raw frontmatter, written apart from src/lib/stand.ts: a barrier is broken only
// when a breakthrough that names it has status ingevoerd or effect-gemeten.
interface Ruw {
  beloften?: number[];
  belemmeringen: { id: string; soort: string }[];
  doorbraken?: { lost_op: string[]; status: string; soort: string }[];
}
const ruw = inhoud.ruw.map((r) => r.data as unknown as Ruw);
function standVanRuw(v: Ruw, id: string): 'doorbroken' | 'proef' | 'voorstel' | 'open' {
  const statussen = (v.doorbraken ?? []).filter((d) => d.lost_op.includes(id)).map((d) => d.status);
  if (statussen.includes('ingevoerd') || statussen.includes('effect-gemeten')) return 'doorbroken';
  if (statussen.includes('proef')) return 'proef';
  return statussen.length ? 'voorstel' : 'open';
}

describe('Beloftemeter', () => {
  it('shows per promise the barriers, and counts only implemented breakthroughs as broken', async () => {
    const { page } = await nieuwePagina(browser);
    await page.goto(url('beloften/'));
    expect(await page.locator('table caption').innerText()).toContain('De tien beloften');
    const rijen = page.locator('table tbody tr');
    expect(await rijen.count()).toBe(10);
    for (let nummer = 1; nummer <= 10; nummer++) {
      const betrokken = ruw.filter((v) => (v.beloften ?? []).includes(nummer));
      const standen = betrokken.flatMap((v) => v.belemmeringen.map((b) => standVanRuw(v, b.id)));
      const aantal = (s: string) => standen.filter((x) => x === s).length;
      const cellen = rijen.nth(nummer - 1).locator('td');
      const getallen = await Promise.all([0, 1, 2, 3, 4, 5].map(async (c) => Number((await cellen.nth(c).innerText()).trim().split(/\s/)[0])));
      expect(getallen, `belofte ${nummer}`).toEqual([betrokken.length, standen.length, aantal('doorbroken'), aantal('proef'), aantal('voorstel'), aantal('open')]);
    }
    // The bars come after the table and are drawn without JavaScript.
    expect(await page.locator('figure svg rect').count()).toBe(10);
    expect(await page.locator('script').count()).toBe(0);
  });
});

describe('belemmeringenkaart', () => {
  it('shows per barrier type how far the barriers got, and each count leads to the barriers', async () => {
    const { page } = await nieuwePagina(browser);
    await page.goto(url('belemmeringen/'));
    const tabel = page.getByRole('table', { name: /hoe ver ze zijn/ });
    for (const soort of inhoud.soorten) {
      const standen = ruw.flatMap((v) => v.belemmeringen.filter((b) => b.soort === soort.id).map((b) => standVanRuw(v, b.id)));
      const aantal = (s: string) => standen.filter((x) => x === s).length;
      const rij = tabel.locator('tbody tr', { has: page.locator('th', { hasText: soort.naam }) });
      const cellen = await rij.locator('td').allInnerTexts();
      expect(cellen.slice(0, 5).map((c) => Number(c.split(/\s/)[0])), soort.id).toEqual([standen.length, aantal('doorbroken'), aantal('proef'), aantal('voorstel'), aantal('open')]);
    }
    const link = page.locator('table tbody td a[href*="--"]').first();
    expect(await link.count()).toBe(1);
    const doel = (await link.getAttribute('href'))!;
    await link.click();
    await expect.poll(() => page.url()).toContain(doel);
    expect(await page.locator(`[id="${doel.slice(1)}"]`).isVisible()).toBe(true);
  });

  it('shows each kind of breakthrough next to each barrier type, implemented apart from proposed', async () => {
    const { page } = await nieuwePagina(browser);
    await page.goto(url('belemmeringen/'));
    const tabel = page.getByRole('table', { name: /Soorten doorbraak per soort belemmering/ });
    const koppen = (await tabel.locator('thead th').allInnerTexts()).map((k) => k.trim());
    for (const soort of inhoud.soorten) {
      const rij = tabel.locator('tbody tr', { has: page.locator('th', { hasText: soort.naam }) });
      if (!ruw.some((v) => v.belemmeringen.some((b) => b.soort === soort.id))) {
        expect(await rij.count(), soort.id).toBe(0);
        continue;
      }
      const cellen = await rij.locator('td').allInnerTexts();
      for (const k of inhoud.soortenDoorbraak) {
        // A breakthrough counts once per barrier type it names.
        const genoemd = ruw.flatMap((v) => (v.doorbraken ?? []).filter((d) => d.soort === k.id && d.lost_op.some((id) => v.belemmeringen.find((b) => b.id === id)!.soort === soort.id)));
        const ingevoerd = genoemd.filter((d) => d.status === 'ingevoerd' || d.status === 'effect-gemeten').length;
        const voorgesteld = genoemd.length - ingevoerd;
        const kolom = koppen.indexOf(k.naam);
        if (kolom < 0) {
          expect(ruw.some((v) => (v.doorbraken ?? []).some((d) => d.soort === k.id)), k.id).toBe(false);
          continue;
        }
        const verwacht = genoemd.length === 0 ? '–' : [ingevoerd && `${ingevoerd} ingevoerd`, voorgesteld && `${voorgesteld} voorgesteld`].filter(Boolean).join(', ');
        expect(cellen[kolom - 1]!.split(/\s*\(/)[0]!.trim(), `${soort.id} x ${k.id}`).toBe(verwacht);
      }
    }
  });
});

describe('open data', () => {
  it('/data links every file and the files serve the published stories', async () => {
    const { page } = await nieuwePagina(browser);
    await page.goto(url('data/'));
    for (const bestand of ['verhalen.json', 'verhalen.csv', 'belemmeringen.csv', 'verhaal.schema.json', 'rss.xml', 'sitemap-index.xml']) {
      expect(await page.getByRole('link', { name: bestand, exact: true }).count(), bestand).toBe(1);
    }
    expect(await page.getByRole('link', { name: 'verhaal.schema.json' }).getAttribute('href')).toBe(new URL(url('schema/verhaal.schema.json')).pathname);

    const ids = inhoud.verhalen.map((v) => v.id);
    const json = await (await page.request.get(url('data/verhalen.json'))).json();
    expect(json.verhalen.map((v: { id: string }) => v.id)).toEqual(ids);
    const csv = await (await page.request.get(url('data/verhalen.csv'))).text();
    const rijen = parse(csv, { bom: true, columns: true }) as Record<string, string>[];
    expect(rijen.map((r) => [r.id, r.titel])).toEqual(inhoud.verhalen.map((v) => [v.id, v.data.titel]));
    const belemmeringen = parse(await (await page.request.get(url('data/belemmeringen.csv'))).text(), { bom: true, columns: true }) as unknown[];
    expect(belemmeringen).toHaveLength(inhoud.verhalen.reduce((n, v) => n + v.data.belemmeringen.length, 0));
  });

  it('the built files equal the pure functions run on the content files on disk', async () => {
    // Same URLs as the build: the site's origin plus the (base) path of each story.
    const ctx = maakContext(inhoud.gemeenten, inhoud.soorten, (id) => new URL(new URL(url(`verhalen/${id}/`)).pathname, SITE).href);
    const { page } = await nieuwePagina(browser);
    const haal = async (pad: string) => (await page.request.get(url(pad))).text();
    const json = JSON.parse(await haal('data/verhalen.json'));
    const verwacht = verhalenJson(inhoud.verhalen, ctx, { titel: json.titel, licentie: json.licentie, bron: SITE_NAAM, schema: json.schema });
    expect(json).toEqual(JSON.parse(JSON.stringify(verwacht)));
    expect(await haal('data/verhalen.csv')).toBe(verhalenCsv(inhoud.verhalen, ctx));
    expect(await haal('data/belemmeringen.csv')).toBe(belemmeringenCsv(inhoud.verhalen, ctx));
  });

  it('the RSS feed lists the stories newest first and every page points to it', async () => {
    const { page } = await nieuwePagina(browser);
    const rss = await (await page.request.get(url('rss.xml'))).text();
    const titels = [...rss.matchAll(/<item><title>(.*?)<\/title>/g)].map((m) => m[1]);
    expect(titels).toHaveLength(inhoud.verhalen.length);
    const datums = [...rss.matchAll(/<pubDate>(.*?)<\/pubDate>/g)].map((m) => Date.parse(m[1]!));
    expect([...datums].sort((a, b) => b - a)).toEqual(datums);
    await page.goto(url('gemeenten/'));
    expect(await page.locator('head link[rel="alternate"][type="application/rss+xml"]').getAttribute('href')).toBe(new URL(url('rss.xml')).pathname);
    const sitemap = await page.request.get(url('sitemap-index.xml'));
    expect(sitemap.ok()).toBe(true);
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
