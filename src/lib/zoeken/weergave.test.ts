import { describe, expect, it } from 'vitest';
import { bredereTekst, datumTekst, ontbrekendTekst, plaatsTekst, resultatenTekst, statusTekst, waardeTekst } from './weergave.ts';

describe('teksten van de zoekpagina', () => {
  it('writes dates with the site\'s one formatter', () => {
    expect(datumTekst('2014-10-01')).toBe('1 oktober 2014');
  });

  it('announces result counts in a sentence', () => {
    expect(resultatenTekst(0, 'schuld', 0)).toBe('Geen resultaten voor "schuld".');
    expect(resultatenTekst(1, 'schuld', 1)).toBe('1 resultaat voor "schuld" met 1 filter.');
    expect(resultatenTekst(12, '', 2)).toBe('12 resultaten met 2 filters.');
  });

  it('announces a wider search after the query\'s own empty result', () => {
    expect(statusTekst(2, 'dakloos', 0)).toBe('2 resultaten voor "dakloos".');
    expect(statusTekst(2, 'dakloos', 0, { soort: 'korter', vormen: { dakloos: 'daklo' } })).toBe('Geen resultaten voor "dakloos". Breder gezocht: 2 resultaten.');
  });

  it('labels the wider search and the missing words', () => {
    expect(bredereTekst({ soort: 'korter', vormen: { dakloos: 'daklo' } })).toBe('Breder gezocht: woorden die beginnen met "daklo".');
    expect(bredereTekst({ soort: 'deel', woorden: ['huisvesting', 'scheiding'] })).toContain('("huisvesting" of "scheiding")');
    expect(ontbrekendTekst(['mantelzorg'])).toBe('Geen verhaal bevat "mantelzorg".');
    expect(ontbrekendTekst(['a', 'b', 'c'])).toBe('Geen verhaal bevat "a", "b" of "c".');
  });

  it('names a recognised place, and how it was typed when that differs', () => {
    expect(plaatsTekst([{ soort: 'gemeente', naam: "'s-Gravenhage", getypt: 'Den Haag' }])).toBe('Je ziet de verhalen uit de gemeente \'s-Gravenhage ("Den Haag").');
    expect(plaatsTekst([{ soort: 'provincie', naam: 'Fryslân', getypt: 'fryslân' }])).toBe('Je ziet de verhalen uit de provincie Fryslân.');
  });

  it('shows a count next to a filter value', () => {
    expect(waardeTekst('Leeuwarden', 2)).toBe('Leeuwarden (2)');
  });
});
