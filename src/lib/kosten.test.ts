import { describe, expect, it } from 'vitest';
import type { Kostenpost } from '../schema/index.ts';
import { bedragenVanPost, bedragTekst, euro, kostenGrafiek, kostenOverzicht, totaalRijen, totaalTekst, verschilTekst } from './kosten.ts';

const post = (p: Omit<Kostenpost, 'bron'>): Kostenpost => ({ ...p, bron: 'b' });
const karima: Kostenpost[] = [
  post({ omschrijving: 'Opvang', bedrag: 60000, per: 'jaar', betaler: 'Gemeente (opvang)', scenario: 'huidig' }),
  post({ omschrijving: 'Schuld regelen', bedrag: 12000, per: 'eenmalig', betaler: 'Gemeente (schuldhulpverlening)', scenario: 'alternatief' }),
];
const geen = { perJaar: 0, eenmalig: 0, eersteJaar: 0 };
const bedragen = (perJaar: number, eenmalig: number, onbekend = geen, posten = 1) => ({ perJaar, eenmalig, eersteJaar: perJaar + eenmalig, onbekend, posten });

describe('bedragenVanPost', () => {
  it('counts a month twelve times, a year once and keeps one-off costs apart', () => {
    expect(bedragenVanPost({ bedrag: 250, per: 'maand' })).toEqual(bedragen(3000, 0));
    expect(bedragenVanPost({ bedrag: 60000, per: 'jaar' })).toEqual(bedragen(60000, 0));
    expect(bedragenVanPost({ bedrag: 400, per: 'eenmalig' })).toEqual(bedragen(0, 400));
  });

  it('counts an unknown amount as unknown, never as 0', () => {
    expect(bedragenVanPost({ bedrag: 'onbekend', per: 'maand' })).toEqual(bedragen(0, 0, { perJaar: 1, eenmalig: 0, eersteJaar: 1 }));
    expect(bedragenVanPost({ bedrag: 'onbekend', per: 'eenmalig' })).toEqual(bedragen(0, 0, { perJaar: 0, eenmalig: 1, eersteJaar: 1 }));
  });
});

describe('kostenOverzicht', () => {
  it('Karima: opvang 60.000 a year now, 12.000 once for the alternative', () => {
    const o = kostenOverzicht(karima);
    expect(o.huidig).toEqual(bedragen(60000, 0));
    expect(o.alternatief).toEqual(bedragen(0, 12000));
    // The alternative saves 60.000 every year; in the first year 60.000 - 12.000.
    expect(verschilTekst(o, 'perJaar')).toBe('€ 60.000 minder');
    expect(verschilTekst(o, 'eenmalig')).toBe('€ 12.000 meer');
    expect(verschilTekst(o, 'eersteJaar')).toBe('€ 48.000 minder');
    expect(o.betalers.map((b) => b.betaler)).toEqual(['Gemeente (opvang)', 'Gemeente (schuldhulpverlening)']);
    expect(o.betalers[0]!.huidig.perJaar).toBe(60000);
    expect(o.betalers[0]!.alternatief.eersteJaar).toBe(0);
    expect(o.betalers[1]!.alternatief.eenmalig).toBe(12000);
  });

  it('adds up several payers and periods per scenario', () => {
    const o = kostenOverzicht([
      post({ omschrijving: 'Jeugdzorg', bedrag: 2000, per: 'maand', betaler: 'Gemeente', scenario: 'huidig' }),
      post({ omschrijving: 'Uitkering', bedrag: 15000, per: 'jaar', betaler: 'Rijk', scenario: 'huidig' }),
      post({ omschrijving: 'Coach', bedrag: 500, per: 'maand', betaler: ' gemeente ', scenario: 'alternatief' }),
      post({ omschrijving: 'Opstart', bedrag: 3000, per: 'eenmalig', betaler: 'Corporatie', scenario: 'alternatief' }),
    ]);
    expect(o.huidig).toEqual(bedragen(39000, 0, geen, 2));
    expect(o.alternatief).toEqual(bedragen(6000, 3000, geen, 2));
    expect(verschilTekst(o, 'eersteJaar')).toBe('€ 30.000 minder');
    // "Gemeente" and " gemeente " are one payer.
    expect(o.betalers).toEqual([
      { betaler: 'Gemeente', huidig: bedragen(24000, 0), alternatief: bedragen(6000, 0) },
      { betaler: 'Rijk', huidig: bedragen(15000, 0), alternatief: bedragen(0, 0, geen, 0) },
      { betaler: 'Corporatie', huidig: bedragen(0, 0, geen, 0), alternatief: bedragen(0, 3000) },
    ]);
  });

  it('Hakan: the current cost is not in the source, so totals and difference say so instead of € 0 and "€ 400 meer"', () => {
    const o = kostenOverzicht([
      post({ omschrijving: 'Geen inkomen, geen vergunning', bedrag: 'onbekend', per: 'jaar', betaler: 'Onbekend', scenario: 'huidig' }),
      post({ omschrijving: 'Lening', bedrag: 400, per: 'eenmalig', betaler: 'Buurtteam', scenario: 'alternatief' }),
    ]);
    expect(totaalTekst(o.huidig, 'perJaar')).toBe('onbekend');
    expect(totaalTekst(o.huidig, 'eersteJaar')).toBe('onbekend');
    expect(totaalTekst(o.alternatief, 'eersteJaar')).toBe('€ 400');
    expect(verschilTekst(o, 'eersteJaar')).toBe('onbekend');
    expect(o.posten.map((p) => bedragTekst(p.bedrag))).toEqual(['onbekend', '€ 400']);
  });

  it('a total with some unknown amounts is "ten minste" the known part', () => {
    const o = kostenOverzicht([
      post({ omschrijving: 'Opvang', bedrag: 60000, per: 'jaar', betaler: 'Gemeente', scenario: 'huidig' }),
      post({ omschrijving: 'Zorg', bedrag: 'onbekend', per: 'maand', betaler: 'Zorgverzekeraar', scenario: 'huidig' }),
    ]);
    expect(totaalTekst(o.huidig, 'perJaar')).toBe('ten minste € 60.000');
    expect(totaalTekst(o.huidig, 'eenmalig')).toBe('€ 0');
  });

  it('a scenario the source names no cost for is "niet genoemd", and the difference is unknown, never "€ 400 meer"', () => {
    const o = kostenOverzicht([post({ omschrijving: 'Lening', bedrag: 400, per: 'eenmalig', betaler: 'Buurtteam', scenario: 'alternatief' })]);
    expect(totaalTekst(o.huidig, 'eersteJaar')).toBe('niet genoemd');
    expect(totaalTekst(o.alternatief, 'eersteJaar')).toBe('€ 400');
    expect(verschilTekst(o, 'eersteJaar')).toBe('onbekend');
    expect(totaalTekst(o.betalers[0]!.huidig, 'eersteJaar')).toBe('niet genoemd');
  });
});

describe('totaalRijen', () => {
  it('shows no yearly total when nothing recurs (the gijzeling story: only one-off costs), so no "€ 0 · € 0 · gelijk"', () => {
    const o = kostenOverzicht([
      post({ omschrijving: 'Hechtenis', bedrag: 1330, per: 'eenmalig', betaler: 'Samenleving', scenario: 'huidig' }),
      post({ omschrijving: 'Netwerkplan', bedrag: 'onbekend', per: 'eenmalig', betaler: 'Niet genoemd', scenario: 'alternatief' }),
    ]);
    expect(totaalRijen(o)).toEqual(['eenmalig']);
  });

  it('shows per jaar, eenmalig and the first year when both kinds occur, in that order', () => {
    expect(totaalRijen(kostenOverzicht(karima))).toEqual(['perJaar', 'eenmalig', 'eersteJaar']);
  });

  it('shows only per jaar when nothing is one-off, also when the yearly amounts are unknown', () => {
    const o = kostenOverzicht([post({ omschrijving: 'Zorg', bedrag: 'onbekend', per: 'maand', betaler: 'Zorgverzekeraar', scenario: 'huidig' })]);
    expect(totaalRijen(o)).toEqual(['perJaar']);
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

  it('leaves out the yearly rows when nothing recurs, and writes an unknown total as unknown', () => {
    const g = kostenGrafiek(
      kostenOverzicht([
        post({ omschrijving: 'Lening', bedrag: 400, per: 'eenmalig', betaler: 'Buurtteam', scenario: 'alternatief' }),
        post({ omschrijving: 'Paspoort', bedrag: 'onbekend', per: 'eenmalig', betaler: 'Hakan', scenario: 'huidig' }),
      ]),
    );
    expect(g.balken.map((b) => [b.label, b.tekst])).toEqual([['Huidig, eenmalig', 'onbekend'], ['Alternatief, eenmalig', '€ 400']]);
  });
});
