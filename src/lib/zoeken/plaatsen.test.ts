import { describe, expect, it } from 'vitest';
import { herkenPlaatsen, maakPlaatsregister } from './plaatsen.ts';

// Names as the search page gets them: facet labels of the places with stories, and the alias table.
const register = maakPlaatsregister(
  { leeuwarden: 'Leeuwarden', 's-gravenhage': "'s-Gravenhage", utrecht: 'Utrecht', 'sudwest-fryslan': 'Súdwest-Fryslân', 'bergen-nh': 'Bergen (NH.)', 'bergen-l': 'Bergen (L.)' },
  { fryslan: 'Fryslân', 'zuid-holland': 'Zuid-Holland', utrecht: 'Utrecht', 'noord-brabant': 'Noord-Brabant' },
  [{ gemeente: 's-gravenhage', namen: ['Den Haag', 'Haag'] }, { gemeente: 'amsterdam', namen: ['Mokum'] }],
);
const plaatsen = (q: string) => herkenPlaatsen(q, register).plaatsen.map((p) => `${p.soort}:${p.id}`);

describe('plaatsen in een zoekvraag', () => {
  it('finds a municipality by its name, without accents, or by an everyday name', () => {
    expect(plaatsen('Leeuwarden')).toEqual(['gemeente:leeuwarden']);
    expect(plaatsen("'s-Gravenhage")).toEqual(['gemeente:s-gravenhage']);
    expect(plaatsen('den haag')).toEqual(['gemeente:s-gravenhage']);
    expect(plaatsen('Sudwest-Fryslan')).toEqual(['gemeente:sudwest-fryslan']);
  });

  it('finds a province by its name, without accents, or by an everyday name', () => {
    expect(plaatsen('Fryslân')).toEqual(['provincie:fryslan']);
    expect(plaatsen('Fryslan')).toEqual(['provincie:fryslan']);
    expect(plaatsen('Friesland')).toEqual(['provincie:fryslan']);
    expect(plaatsen('Noord-Brabant')).toEqual(['provincie:noord-brabant']);
  });

  it('takes the municipality when a province has the same name', () => {
    expect(plaatsen('Utrecht')).toEqual(['gemeente:utrecht']);
  });

  it('splits places from the other words, longest name first', () => {
    const r = herkenPlaatsen('schuld Den Haag jongeren', register);
    expect(r.rest).toBe('schuld jongeren');
    expect(r.plaatsen).toEqual([{ soort: 'gemeente', id: 's-gravenhage', naam: "'s-Gravenhage", getypt: 'Den Haag' }]);
  });

  it('leaves words alone that are no place with stories: "Den" alone, an ambiguous name, an alias of a place without stories', () => {
    expect(herkenPlaatsen('denk aan den', register)).toEqual({ plaatsen: [], rest: 'denk aan den' });
    expect(plaatsen('Bergen')).toEqual([]);
    expect(plaatsen('Bergen (L.)')).toEqual(['gemeente:bergen-l']);
    expect(plaatsen('Mokum')).toEqual([]);
  });

  it('leaves a quoted phrase alone', () => {
    expect(herkenPlaatsen('"Den Haag"', register)).toEqual({ plaatsen: [], rest: '"Den Haag"' });
  });
});
