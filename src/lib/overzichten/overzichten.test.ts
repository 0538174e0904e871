import { describe, expect, it } from 'vitest';
import { beloftemeter } from './beloftemeter.ts';
import { belemmeringskaart } from './belemmeringskaart.ts';
import { BELOFTEN, FIXTURE, GEMEENTEN, SOORTEN } from '../../../tests/helpers/overzichten-fixture.ts';
import { gemeenteTelling, verhalenPerGemeente } from './gemeenten.ts';
import { feedItems } from './rss.ts';
import { soortDoorbraak, SOORTEN_DOORBRAAK } from './soortDoorbraak.ts';
import { staafdiagram } from './staven.ts';

describe('beloftemeter', () => {
  const { rijen, zonderBelofte } = beloftemeter(FIXTURE, BELOFTEN);
  const rij = (n: number) => rijen.find((r) => r.nummer === n)!;

  it('lists the promises by number', () => {
    expect(rijen.map((r) => r.nummer)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
  });

  it('counts stories, barriers, solved barriers, breakthroughs and municipalities per promise', () => {
    expect(rij(1)).toEqual({ id: 'b1', nummer: 1, naam: 'Belofte 1', verhalen: ['a'], belemmeringen: 3, opgelost: 3, doorbraken: 2, gemeenten: ['leeuwarden'], zonderGemeente: 0 });
    expect(rij(2)).toMatchObject({ verhalen: ['a', 'b', 'c'], belemmeringen: 6, opgelost: 5, doorbraken: 3, gemeenten: ['amsterdam', 'leeuwarden'], zonderGemeente: 1 });
    expect(rij(9)).toMatchObject({ verhalen: ['c'], belemmeringen: 1, opgelost: 0, doorbraken: 0, gemeenten: [], zonderGemeente: 1 });
    expect(rij(5)).toMatchObject({ verhalen: [], belemmeringen: 0, opgelost: 0, doorbraken: 0, gemeenten: [] });
  });

  it('names the stories without a promise', () => {
    expect(zonderBelofte).toEqual(['d']);
  });
});

describe('soort doorbraak (who broke through)', () => {
  it.each([
    ['Frontlijnteam Leeuwarden', 'professional'],
    ['Wijkteammedewerker met een eigen budget', 'professional'],
    ['Wethouder zorg', 'bestuur'],
    ['De gemeente Utrecht', 'bestuur'],
    ['Voorstel van de rapporteurs', 'voorstel'],
    ['Woningcorporatie en zorgverzekeraar samen', 'samenwerking'],
    ['Bewoners van de buurt', 'burgers'],
    ['Gemeente Amsterdam met een extern adviesbureau', 'bestuur'],
    ['Decentralisatie van de jeugdzorg (Jeugdwet 2015)', 'bestuur'],
    ['Maori-leiders, later de wetgever in Nieuw-Zeeland', 'bestuur'],
    ['Werkwijze van de eigen kracht-conferentie, voorgesteld door de rapporteurs', 'voorstel'],
    ['Medewerker Bureau Jeugdzorg en een externe adviseur', 'professional'],
    ['Een toevallige passant', 'anders'],
    ['  ', 'onbekend'],
    [undefined, 'onbekend'],
  ])('%s -> %s', (door, soort) => {
    expect(soortDoorbraak(door).id).toBe(soort);
  });

  it('has one column per kind, each with a name and an explanation', () => {
    expect(new Set(SOORTEN_DOORBRAAK.map((s) => s.id)).size).toBe(SOORTEN_DOORBRAAK.length);
    for (const s of SOORTEN_DOORBRAAK) expect(s.naam && s.uitleg).toBeTruthy();
  });
});

describe('belemmeringskaart', () => {
  const kaart = belemmeringskaart(FIXTURE, SOORTEN);
  const rij = (id: string) => kaart.rijen.find((r) => r.soort === id)!;
  const aantallen = (id: string) => Object.fromEntries(Object.entries(rij(id).cellen).filter(([, c]) => c.aantal > 0).map(([k, c]) => [k, c.aantal]));

  it('counts barriers and unsolved barriers per barrier type', () => {
    expect(kaart.rijen.map((r) => [r.soort, r.belemmeringen, r.open])).toEqual([
      ['gevestigde-belangen', 0, 0],
      ['strijdige-regels', 3, 0],
      ['ontbrekend-mandaat', 1, 0],
      ['verkokerde-financiering', 1, 0],
      ['entry-exit-paradox', 1, 1],
      ['scepsis', 1, 0],
    ]);
    expect(rij('strijdige-regels').verhalen).toEqual(['a', 'b']);
    expect(rij('strijdige-regels').gemeenten).toEqual(['amsterdam', 'leeuwarden']);
    expect(rij('entry-exit-paradox').gemeenten).toEqual([]);
  });

  it('counts a breakthrough once per barrier type it solved, in the column of who made it', () => {
    // a's first breakthrough solves a1 and a3, both strijdige regels: one mention.
    expect(aantallen('strijdige-regels')).toEqual({ professional: 1, onbekend: 1 });
    expect(rij('strijdige-regels').cellen.professional!.doorbraken[0]).toMatchObject({ verhaal: 'a', index: 0, belemmeringen: ['a1', 'a3'] });
    expect(aantallen('ontbrekend-mandaat')).toEqual({ bestuur: 1 });
    // b's breakthrough solves barriers of two types: it counts in both rows.
    expect(aantallen('verkokerde-financiering')).toEqual({ onbekend: 1 });
    expect(aantallen('scepsis')).toEqual({ voorstel: 1 });
    expect(aantallen('entry-exit-paradox')).toEqual({});
    expect(rij('strijdige-regels').cellen.onbekend!.gemeenten).toEqual(['amsterdam', 'leeuwarden']);
  });

  it('totals each breakthrough once per kind', () => {
    expect(kaart.perSoortDoorbraak).toEqual({ voorstel: 1, professional: 1, bestuur: 1, samenwerking: 0, burgers: 0, anders: 0, onbekend: 1 });
  });

  it('refuses a barrier type that is not in the list', () => {
    expect(() => belemmeringskaart(FIXTURE, SOORTEN.filter((s) => s.id !== 'scepsis'))).toThrow(/verhaal d gebruikt soort belemmering "scepsis"/);
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
  });
});
