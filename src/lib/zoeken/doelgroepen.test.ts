import { describe, expect, it } from 'vitest';
import { gevondenViaDoelgroep } from './doelgroepen.ts';

const ZOEKWOORDEN = { 'dak-en-thuislozen': ['dakloos', 'daklozen'], werkzoekenden: ['werklozen', 'bijstandsgerechtigden'], ouderen: [] };

describe('gevondenViaDoelgroep', () => {
  it('names the groups whose search words hold a word of the query, forms included', () => {
    expect(gevondenViaDoelgroep(['jongeren', 'dak-en-thuislozen'], ZOEKWOORDEN, ['dakloos'])).toEqual(['dak-en-thuislozen']);
    expect(gevondenViaDoelgroep(['werkzoekenden', 'dak-en-thuislozen'], ZOEKWOORDEN, ['werkloos', 'daklozen'])).toEqual(['werkzoekenden', 'dak-en-thuislozen']);
  });

  it('names none for a word in no search word, a group without search words, or an unknown group', () => {
    expect(gevondenViaDoelgroep(['dak-en-thuislozen'], ZOEKWOORDEN, ['schuld'])).toEqual([]);
    expect(gevondenViaDoelgroep(['ouderen', 'onbekend'], ZOEKWOORDEN, ['ouderen'])).toEqual([]);
    expect(gevondenViaDoelgroep([], ZOEKWOORDEN, ['dakloos'])).toEqual([]);
  });
});
