import { describe, expect, it } from 'vitest';
import { datumTekst, resultatenTekst, waardeTekst } from './weergave.ts';

describe('teksten van de zoekpagina', () => {
  it('writes dates with the site\'s one formatter', () => {
    expect(datumTekst('2014-10-01')).toBe('1 oktober 2014');
  });

  it('announces result counts in a sentence', () => {
    expect(resultatenTekst(0, 'schuld', 0)).toBe('Geen resultaten voor "schuld".');
    expect(resultatenTekst(1, 'schuld', 1)).toBe('1 resultaat voor "schuld" met 1 filter.');
    expect(resultatenTekst(12, '', 2)).toBe('12 resultaten met 2 filters.');
  });

  it('shows a count next to a filter value', () => {
    expect(waardeTekst('Leeuwarden', 2)).toBe('Leeuwarden (2)');
  });
});
