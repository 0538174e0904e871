import { describe, expect, it } from 'vitest';
import type { Kostenpost } from '../schema/inhoud.ts';
import { bedragenVanPost, euro, kostenGrafiek, kostenOverzicht } from './kosten.ts';

const karima: Kostenpost[] = [
  { omschrijving: 'Opvang', bedrag: 60000, per: 'jaar', betaler: 'Gemeente (opvang)', scenario: 'huidig' },
  { omschrijving: 'Schuld regelen', bedrag: 12000, per: 'eenmalig', betaler: 'Gemeente (schuldhulpverlening)', scenario: 'alternatief' },
];

describe('bedragenVanPost', () => {
  it('counts a month twelve times, a year once and keeps one-off costs apart', () => {
    expect(bedragenVanPost({ bedrag: 250, per: 'maand' })).toEqual({ perJaar: 3000, eenmalig: 0, eersteJaar: 3000 });
    expect(bedragenVanPost({ bedrag: 60000, per: 'jaar' })).toEqual({ perJaar: 60000, eenmalig: 0, eersteJaar: 60000 });
    expect(bedragenVanPost({ bedrag: 400, per: 'eenmalig' })).toEqual({ perJaar: 0, eenmalig: 400, eersteJaar: 400 });
  });
});

describe('kostenOverzicht', () => {
  it('Karima: opvang 60.000 a year now, 12.000 once for the alternative', () => {
    const o = kostenOverzicht(karima);
    expect(o.huidig).toEqual({ perJaar: 60000, eenmalig: 0, eersteJaar: 60000 });
    expect(o.alternatief).toEqual({ perJaar: 0, eenmalig: 12000, eersteJaar: 12000 });
    // The alternative saves 60.000 every year; in the first year 60.000 - 12.000.
    expect(o.verschil).toEqual({ perJaar: 60000, eenmalig: -12000, eersteJaar: 48000 });
    expect(o.betalers.map((b) => b.betaler)).toEqual(['Gemeente (opvang)', 'Gemeente (schuldhulpverlening)']);
    expect(o.betalers[0]!.huidig.perJaar).toBe(60000);
    expect(o.betalers[0]!.alternatief.eersteJaar).toBe(0);
    expect(o.betalers[1]!.alternatief.eenmalig).toBe(12000);
  });

  it('adds up several payers and periods per scenario', () => {
    const o = kostenOverzicht([
      { omschrijving: 'Jeugdzorg', bedrag: 2000, per: 'maand', betaler: 'Gemeente', scenario: 'huidig' },
      { omschrijving: 'Uitkering', bedrag: 15000, per: 'jaar', betaler: 'Rijk', scenario: 'huidig' },
      { omschrijving: 'Coach', bedrag: 500, per: 'maand', betaler: ' gemeente ', scenario: 'alternatief' },
      { omschrijving: 'Opstart', bedrag: 3000, per: 'eenmalig', betaler: 'Corporatie', scenario: 'alternatief' },
    ]);
    expect(o.huidig).toEqual({ perJaar: 39000, eenmalig: 0, eersteJaar: 39000 });
    expect(o.alternatief).toEqual({ perJaar: 6000, eenmalig: 3000, eersteJaar: 9000 });
    expect(o.verschil).toEqual({ perJaar: 33000, eenmalig: -3000, eersteJaar: 30000 });
    // "Gemeente" and " gemeente " are one payer.
    expect(o.betalers).toEqual([
      { betaler: 'Gemeente', huidig: { perJaar: 24000, eenmalig: 0, eersteJaar: 24000 }, alternatief: { perJaar: 6000, eenmalig: 0, eersteJaar: 6000 } },
      { betaler: 'Rijk', huidig: { perJaar: 15000, eenmalig: 0, eersteJaar: 15000 }, alternatief: { perJaar: 0, eenmalig: 0, eersteJaar: 0 } },
      { betaler: 'Corporatie', huidig: { perJaar: 0, eenmalig: 0, eersteJaar: 0 }, alternatief: { perJaar: 0, eenmalig: 3000, eersteJaar: 3000 } },
    ]);
  });

  it('works with only one scenario (Hakan: a loan of 400 once)', () => {
    const o = kostenOverzicht([{ omschrijving: 'Lening', bedrag: 400, per: 'eenmalig', betaler: 'Buurtteam', scenario: 'alternatief' }]);
    expect(o.huidig).toEqual({ perJaar: 0, eenmalig: 0, eersteJaar: 0 });
    expect(o.verschil.eersteJaar).toBe(-400);
  });
});

describe('euro', () => {
  it('writes Dutch amounts', () => {
    expect(euro(60000)).toBe('€ 60.000');
    expect(euro(12000)).toBe('€ 12.000');
    expect(euro(2000000)).toBe('€ 2.000.000');
    expect(euro(12.5)).toBe('€ 12,50');
    expect(euro(-48000)).toBe('€ -48.000');
  });
});

describe('kostenGrafiek', () => {
  it('scales bars to the largest amount and describes them in words', () => {
    const g = kostenGrafiek(kostenOverzicht(karima), 480);
    // 480 - 170 label - 90 value text = 220 units for 60.000.
    expect(g.balken.map((b) => [b.label, b.breedte])).toEqual([
      ['Huidig, per jaar', 220],
      ['Alternatief, per jaar', 0],
      ['Huidig, eenmalig', 0],
      ['Alternatief, eenmalig', 44],
    ]);
    expect(g.hoogte).toBe(4 * 32 - 10);
    expect(g.beschrijving).toBe(
      'Staafdiagram. Huidig, per jaar: € 60.000. Alternatief, per jaar: € 0. Huidig, eenmalig: € 0. Alternatief, eenmalig: € 12.000.',
    );
  });

  it('leaves out the yearly rows when nothing recurs', () => {
    const g = kostenGrafiek(kostenOverzicht([{ omschrijving: 'Lening', bedrag: 400, per: 'eenmalig', betaler: 'Buurtteam', scenario: 'alternatief' }]));
    expect(g.balken.map((b) => b.label)).toEqual(['Huidig, eenmalig', 'Alternatief, eenmalig']);
  });
});
