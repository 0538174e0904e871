import { describe, expect, it } from 'vitest';
import { bronNummers, citaat, isNaTeGaan, vindplaats } from './bronnen.ts';

const nabij = { id: 'nabij', titel: 'Nabij is beter', auteurs: ['Pieter Hilhorst', 'Jos van der Lans'], organisatie: 'VNG en KING', datum: '2014', deel: 'essay ‘Schulden’' };

describe('bronnen', () => {
  it('numbers sources in the order of the list', () => {
    expect(Object.fromEntries(bronNummers([{ id: 'a' }, { id: 'b' }]))).toEqual({ a: 1, b: 2 });
  });

  it('cites author, title, publisher, date and place in the document', () => {
    expect(citaat(nabij)).toEqual({ voor: 'Pieter Hilhorst en Jos van der Lans, ', titel: 'Nabij is beter', na: ' (VNG en KING, 2014), essay ‘Schulden’.' });
    expect(citaat({ id: 'x', titel: 'Slides', datum: '2015-11', dia: 7, geciteerd_in: 'Nabij is beter' })).toEqual({
      voor: '',
      titel: 'Slides',
      na: ' (november 2015), dia 7. Geciteerd in: Nabij is beter.',
    });
    expect(vindplaats({ pagina: '12-14' })).toBe('p. 12–14');
  });

  it('knows whether a reader can look the place up', () => {
    expect(isNaTeGaan(nabij)).toBe(false);
    expect(isNaTeGaan({ ...nabij, pagina: '3' })).toBe(true);
    expect(isNaTeGaan({ ...nabij, url: 'https://example.org' })).toBe(true);
  });
});
