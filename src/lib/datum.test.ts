import { describe, expect, it } from 'vitest';
import { datumTekst, eersteDag } from './datum.ts';

describe('datumTekst', () => {
  it('writes dates the Dutch way, only as precise as they are', () => {
    expect(datumTekst('2014-10-01')).toBe('1 oktober 2014');
    expect(datumTekst('2025-03-15')).toBe('15 maart 2025');
    expect(datumTekst('2014-11')).toBe('november 2014');
    expect(datumTekst('2014')).toBe('2014');
  });
  it('leaves anything else as it is', () => {
    expect(datumTekst('onbekend')).toBe('onbekend');
    expect(datumTekst('2014-13')).toBe('2014-13');
  });
});

describe('eersteDag', () => {
  it('takes the first day of a year or month', () => {
    expect(eersteDag('2014').toISOString()).toBe('2014-01-01T00:00:00.000Z');
    expect(eersteDag('2014-11').toISOString()).toBe('2014-11-01T00:00:00.000Z');
    expect(eersteDag('2014-11-26').toISOString()).toBe('2014-11-26T00:00:00.000Z');
  });
});
