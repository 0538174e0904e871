import { describe, expect, it } from 'vitest';
import { namenregister, sleutel, vindGemeente } from './namen.ts';

const gemeenten = [
  { id: 's-gravenhage', naam: "'s-Gravenhage" },
  { id: 'sudwest-fryslan', naam: 'Súdwest-Fryslân' },
  { id: 'stein-l', naam: 'Stein (L.)' },
  { id: 'bergen-nh', naam: 'Bergen (NH.)' },
  { id: 'bergen-l', naam: 'Bergen (L.)' },
  { id: 'leeuwarden', naam: 'Leeuwarden' },
];
const register = namenregister(gemeenten, [{ gemeente: 's-gravenhage', namen: ['Den Haag'] }]);

describe('gemeente by name', () => {
  it('finds the official name, the id and everyday names', () => {
    expect(vindGemeente("'s-Gravenhage", register)).toBe('s-gravenhage');
    expect(vindGemeente('s-gravenhage', register)).toBe('s-gravenhage');
    expect(vindGemeente('Den Haag', register)).toBe('s-gravenhage');
    expect(vindGemeente('den haag ', register)).toBe('s-gravenhage');
  });

  it('finds a name without accents or the province in brackets', () => {
    expect(vindGemeente('Sudwest-Fryslan', register)).toBe('sudwest-fryslan');
    expect(vindGemeente('Súdwest Fryslân', register)).toBe('sudwest-fryslan');
    expect(vindGemeente('Stein', register)).toBe('stein-l');
  });

  it('does not guess between two municipalities with the same name', () => {
    expect(vindGemeente('Bergen', register)).toBeUndefined();
    expect(vindGemeente('Bergen (L.)', register)).toBe('bergen-l');
    expect(vindGemeente('Gotham', register)).toBeUndefined();
  });

  it('compares names the same way whatever their spelling', () => {
    expect(sleutel("'s-Gravenhage")).toBe(sleutel('s Gravenhage'));
  });
});

describe('content/gemeente-aliassen.yaml in the content check', async () => {
  const { leesGemeenteAliassen } = await import('../inhoud/controle.ts');
  const { tijdelijkProject } = await import('../../../tests/helpers/project.ts');
  it('refuses an unknown municipality and a name that is another municipality\'s own, with file and line', () => {
    const project = tijdelijkProject();
    try {
      project.schrijf('content/gemeente-aliassen.yaml', '- gemeente: s-gravenhag\n  namen: [Den Haag]\n- gemeente: s-gravenhage\n  namen: [Den Haag, Leeuwarden]\n');
      const problemen: { bestand: string; regel: number; bericht: string }[] = [];
      const aliassen = leesGemeenteAliassen(project.dir, gemeenten, problemen);
      expect(problemen.map((p) => `${p.bestand}:${p.regel} ${p.bericht}`)).toEqual([
        'content/gemeente-aliassen.yaml:1 onbekende gemeente "s-gravenhag". Bedoelde je "s-gravenhage"?',
        'content/gemeente-aliassen.yaml:4 "Leeuwarden" is de naam van de gemeente "leeuwarden". Haal hem hier weg, anders kan hij twee gemeenten betekenen.',
      ]);
      expect(aliassen.map((a) => a.gemeente)).toEqual(['s-gravenhage']);
    } finally {
      project.opruimen();
    }
  });
});
