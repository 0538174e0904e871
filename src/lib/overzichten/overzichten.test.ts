import { describe, expect, it } from 'vitest';
import { beloftemeter } from './beloftemeter.ts';
import { belemmeringskaart } from './belemmeringskaart.ts';
import { BELOFTEN, FIXTURE, GEMEENTEN, SOORTEN, SOORTEN_DOORBRAAK } from '../../../tests/helpers/overzichten-fixture.ts';
import { gemeenteTelling, verhalenPerGemeente } from './gemeenten.ts';
import { feedItems, laatsteWijziging } from './rss.ts';
import { staafdiagram } from './staven.ts';

describe('beloftemeter', () => {
  const { rijen, zonderBelofte } = beloftemeter(FIXTURE, BELOFTEN);
  const rij = (n: number) => rijen.find((r) => r.nummer === n)!;

  it('lists the promises by number', () => {
    expect(rijen.map((r) => r.nummer)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
  });

  it('counts barriers broken by implemented breakthroughs apart from those with only a trial or proposal', () => {
    expect(rij(1)).toEqual({
      id: 'b1', nummer: 1, naam: 'Belofte 1', verhalen: ['a'],
      telling: { belemmeringen: 3, doorbroken: 3, proef: 0, voorstel: 0, open: 0 },
      doorbraken: { voorstel: 0, proef: 0, ingevoerd: 1, 'effect-gemeten': 1 },
      gemeenten: ['leeuwarden'], zonderGemeente: 0,
    });
    // b's breakthrough is only a trial: its two barriers are not broken.
    expect(rij(2)).toMatchObject({
      verhalen: ['a', 'b', 'c'],
      telling: { belemmeringen: 6, doorbroken: 3, proef: 2, voorstel: 0, open: 1 },
      doorbraken: { voorstel: 0, proef: 1, ingevoerd: 1, 'effect-gemeten': 1 },
      gemeenten: ['amsterdam', 'leeuwarden'], zonderGemeente: 1,
    });
    expect(rij(9)).toMatchObject({ verhalen: ['c'], telling: { belemmeringen: 1, doorbroken: 0, proef: 0, voorstel: 0, open: 1 }, gemeenten: [], zonderGemeente: 1 });
    expect(rij(5)).toMatchObject({ verhalen: [], telling: { belemmeringen: 0, doorbroken: 0, proef: 0, voorstel: 0, open: 0 }, gemeenten: [] });
  });

  it('names the stories without a promise', () => {
    expect(zonderBelofte).toEqual(['d']);
  });
});

describe('belemmeringskaart', () => {
  const kaart = belemmeringskaart(FIXTURE, SOORTEN, SOORTEN_DOORBRAAK);
  const rij = (id: string) => kaart.rijen.find((r) => r.soort === id)!;
  const aantallen = (id: string) =>
    Object.fromEntries(Object.entries(rij(id).cellen).filter(([, c]) => c.doorbraken.length > 0).map(([k, c]) => [k, [c.doorbrekend, c.voorgesteld]]));

  it('counts barriers per barrier type by state: broken, trial, proposal, open', () => {
    expect(kaart.rijen.map((r) => [r.soort, r.telling.belemmeringen, r.telling.doorbroken, r.telling.proef, r.telling.voorstel, r.telling.open])).toEqual([
      ['gevestigde-belangen', 0, 0, 0, 0, 0],
      ['strijdige-regels', 3, 2, 1, 0, 0],
      ['ontbrekend-mandaat', 1, 1, 0, 0, 0],
      ['verkokerde-financiering', 1, 0, 1, 0, 0],
      ['entry-exit-paradox', 1, 0, 0, 0, 1],
      ['scepsis', 1, 0, 0, 1, 0],
    ]);
    expect(rij('strijdige-regels').verhalen).toEqual(['a', 'b']);
    expect(rij('strijdige-regels').gemeenten).toEqual(['amsterdam', 'leeuwarden']);
    expect(rij('entry-exit-paradox').gemeenten).toEqual([]);
  });

  it('counts a breakthrough once per barrier type it names, in the column of its kind, broken apart from proposed', () => {
    // a's first breakthrough names a1 and a3, both strijdige regels: one mention.
    expect(aantallen('strijdige-regels')).toEqual({ 'mandaat-en-budget': [1, 0], 'ontschotte-financiering': [0, 1] });
    expect(rij('strijdige-regels').cellen['mandaat-en-budget']!.doorbraken[0]).toMatchObject({ verhaal: 'a', index: 0, status: 'ingevoerd', belemmeringen: ['a1', 'a3'] });
    expect(aantallen('ontbrekend-mandaat')).toEqual({ 'sturen-op-uitkomst': [1, 0] });
    // b's trial names barriers of two types: it counts in both rows, never as broken.
    expect(aantallen('verkokerde-financiering')).toEqual({ 'ontschotte-financiering': [0, 1] });
    expect(aantallen('scepsis')).toEqual({ 'maatwerk-buiten-de-regel': [0, 1] });
    expect(aantallen('entry-exit-paradox')).toEqual({});
    expect(rij('strijdige-regels').cellen['ontschotte-financiering']!.gemeenten).toEqual(['amsterdam', 'leeuwarden']);
  });

  it('totals each breakthrough once per kind', () => {
    expect(kaart.perSoortDoorbraak).toEqual({
      'mandaat-en-budget': { doorbrekend: 1, voorgesteld: 0 },
      'sturen-op-uitkomst': { doorbrekend: 1, voorgesteld: 0 },
      'ontschotte-financiering': { doorbrekend: 0, voorgesteld: 1 },
      'maatwerk-buiten-de-regel': { doorbrekend: 0, voorgesteld: 1 },
      'vroeg-erbij': { doorbrekend: 0, voorgesteld: 0 },
    });
  });

  it('refuses a barrier type or breakthrough kind that is not in the list', () => {
    expect(() => belemmeringskaart(FIXTURE, SOORTEN.filter((s) => s.id !== 'scepsis'), SOORTEN_DOORBRAAK)).toThrow(/verhaal d gebruikt soort belemmering "scepsis"/);
    expect(() => belemmeringskaart(FIXTURE, SOORTEN, SOORTEN_DOORBRAAK.slice(1))).toThrow(/verhaal a gebruikt soort doorbraak "mandaat-en-budget"/);
  });
});

describe('gemeenten', () => {
  it('lists story ids per municipality', () => {
    expect(Object.fromEntries(verhalenPerGemeente(FIXTURE))).toEqual({ leeuwarden: ['a', 'b'], amsterdam: ['b', 'd'] });
  });

  it('sorts municipalities with stories by count, then name, and counts the rest', () => {
    const t = gemeenteTelling(FIXTURE, GEMEENTEN);
    expect(t.metVerhalen.map((g) => [g.naam, g.verhalen.length])).toEqual([['Amsterdam', 2], ['Leeuwarden', 2]]);
    expect(t.zonderVerhalen).toBe(1);
    expect(t.verhalenZonderGemeente).toEqual(['c']);
  });

  it('refuses a municipality that is not in the list', () => {
    expect(() => gemeenteTelling(FIXTURE, GEMEENTEN.slice(1))).toThrow(/leeuwarden/);
  });
});

describe('staafdiagram', () => {
  it('scales bars to the largest value', () => {
    const s = staafdiagram([{ label: 'x', waarde: 2 }, { label: 'y', waarde: 1 }, { label: 'z', waarde: 0 }], { breedte: 560, labelbreedte: 220, ruimteRechts: 40, rijhoogte: 24 });
    expect(s.staven.map((b) => [b.y, b.breedte])).toEqual([[0, 300], [24, 150], [48, 0]]);
    expect(s.hoogte).toBe(72);
  });

  it('draws no bars when everything is zero', () => {
    expect(staafdiagram([{ label: 'x', waarde: 0 }]).staven[0]!.breedte).toBe(0);
  });
});

describe('feed', () => {
  it('lists stories newest first with absolute links', () => {
    const items = feedItems(FIXTURE, (id) => `https://voorbeeld.nl/verhalen/${id}/`);
    expect(items.map((i) => i.link)).toEqual(['c', 'a', 'b', 'd'].map((id) => `https://voorbeeld.nl/verhalen/${id}/`));
    expect(items[1]!.pubDate.toISOString()).toBe('2024-03-01T00:00:00.000Z');
    expect(items[1]!.categories).toEqual(['zorg', 'integraal']);
    // Proposals are never a solution, in the feed too.
    expect(items[1]!.description).toBe('Samenvatting van a. (3 belemmeringen: 3 doorbroken.)');
    expect(items[3]!.description).toBe('Samenvatting van d. (1 belemmering: 1 alleen voorgesteld.)');
  });
});

describe('feed with history from git', () => {
  const link = (id: string) => `https://voorbeeld.nl/verhalen/${id}/`;
  const datums = (id: string) =>
    id === 'd' ? { gepubliceerd: new Date('2026-05-01T10:00:00Z'), gewijzigd: new Date('2026-06-01T10:00:00Z') } : id === 'c' ? { gepubliceerd: new Date('2025-01-01T00:00:00Z') } : {};

  it('dates a story by its publication here, newest first, and gives its last change', () => {
    const items = feedItems(FIXTURE, link, datums);
    // d was published last (2026) although its source is the oldest; a and b have no history: their source dates.
    expect(items.map((i) => i.link)).toEqual(['d', 'c', 'a', 'b'].map(link));
    expect(items[0]!.pubDate.toISOString()).toBe('2026-05-01T10:00:00.000Z');
    expect(items[0]!.customData).toBe('<dcterms:modified>2026-06-01T10:00:00.000Z</dcterms:modified>');
    expect(items[1]!.customData).toBeUndefined();
    expect(items[2]!.pubDate.toISOString()).toBe('2024-03-01T00:00:00.000Z');
  });

  it('gives the latest change for the channel, or none', () => {
    expect(laatsteWijziging([{}, { gewijzigd: new Date('2024-01-01') }, { gewijzigd: new Date('2025-01-01') }])?.toISOString()).toBe('2025-01-01T00:00:00.000Z');
    expect(laatsteWijziging([{}])).toBeUndefined();
  });
});
