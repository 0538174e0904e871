import { describe, expect, it } from 'vitest';
import { facetLabels, facetWaarden, label, sorteerWaarden, type GemeenteInfo } from './facetten.ts';

const gemeenten: GemeenteInfo[] = [
  { id: 'leeuwarden', naam: 'Leeuwarden', provincie: 'Fryslân' },
  { id: 'smallingerland', naam: 'Smallingerland', provincie: 'Fryslân' },
  { id: 's-gravenhage', naam: "'s-Gravenhage", provincie: 'Zuid-Holland' },
];
const perId = new Map(gemeenten.map((g) => [g.id, g]));

describe('facetwaarden van een pagina', () => {
  it('derives province, barrier types, breakthrough statuses and kinds, target groups, completeness, year and lab from a story', () => {
    const w = facetWaarden(
      {
        datum: '2014-10-01',
        gemeenten: ['leeuwarden', 'smallingerland', 's-gravenhage'],
        tags: ['integraal', 'nabijheid'],
        beloften: [2, 9],
        domeinen: ['jeugd', 'schulden'],
        belemmeringen: [{ soort: 'strijdige-regels' }, { soort: 'ontbrekend-mandaat' }, { soort: 'strijdige-regels' }],
        doorbraken: [{ status: 'voorstel', soort: 'vroeg-erbij' }, { status: 'ingevoerd', soort: 'mandaat-en-budget' }, { status: 'voorstel', soort: 'vroeg-erbij' }],
        doelgroepen: ['jongeren'],
        volledigheid: 'beknopt',
        lab: 'wijkteams-en-welzijn',
      },
      perId,
    );
    expect(w).toEqual({
      doelgroep: ['jongeren'],
      status: ['voorstel', 'ingevoerd'],
      doorbraak: ['vroeg-erbij', 'mandaat-en-budget'],
      volledigheid: ['beknopt'],
      gemeente: ['leeuwarden', 'smallingerland', 's-gravenhage'],
      provincie: ['fryslan', 'zuid-holland'],
      tag: ['integraal', 'nabijheid'],
      belofte: ['2', '9'],
      soort: ['strijdige-regels', 'ontbrekend-mandaat'],
      domein: ['jeugd', 'schulden'],
      jaar: ['2014'],
      lab: ['wijkteams-en-welzijn'],
    });
  });

  it('leaves facets empty when a story names no gemeente or lab', () => {
    const w = facetWaarden({ datum: '2020-01-31', gemeenten: [], domeinen: ['werk'] }, perId);
    expect(w.gemeente).toEqual([]);
    expect(w.provincie).toEqual([]);
    expect(w.lab).toEqual([]);
    expect(w.jaar).toEqual(['2020']);
  });
});

describe('facetlabels', () => {
  const gebruikt = [
    facetWaarden(
      {
        datum: '2014-10-01', gemeenten: ['s-gravenhage'], tags: ['integraal'], beloften: [2], domeinen: ['schulden'], belemmeringen: [{ soort: 'strijdige-regels' }],
        doorbraken: [{ status: 'voorstel', soort: 'mandaat-en-budget' }, { status: 'ingevoerd', soort: 'mandaat-en-budget' }], doelgroepen: ['jongeren'], volledigheid: 'gedeeltelijk',
        lab: 'wijkteams-en-welzijn',
      },
      perId,
    ),
  ];
  const labels = facetLabels(gebruikt, {
    gemeenten,
    tags: [{ id: 'integraal', naam: 'Integraal' }, { id: 'nabijheid', naam: 'Nabijheid' }],
    beloften: [{ nummer: 2, naam: 'Integraal' }],
    soorten: [{ id: 'strijdige-regels', naam: 'Strijdige regels' }],
    soortenDoorbraak: [{ id: 'mandaat-en-budget', naam: 'Mandaat en budget' }],
    doelgroepen: [{ id: 'jongeren', naam: 'Jongeren' }, { id: 'ouderen', naam: 'Ouderen' }],
    statussen: { voorstel: 'Voorstel', ingevoerd: 'Ingevoerd', proef: 'Wordt geprobeerd', 'effect-gemeten': 'Effect gemeten' },
    niveaus: { volledig: 'Volledig', gedeeltelijk: 'Gedeeltelijk', beknopt: 'Beknopt' },
    labs: [{ id: 'wijkteams-en-welzijn', titel: 'Lab wijkteams en welzijnswerk' }],
  });

  it('names only the values that occur', () => {
    expect(labels.gemeente).toEqual({ 's-gravenhage': "'s-Gravenhage" });
    expect(labels.provincie).toEqual({ 'zuid-holland': 'Zuid-Holland' });
    expect(labels.tag).toEqual({ integraal: 'Integraal' });
    expect(labels.belofte).toEqual({ '2': '2. Integraal' });
    expect(labels.soort).toEqual({ 'strijdige-regels': 'Strijdige regels' });
    expect(labels.domein).toEqual({ schulden: 'Schulden' });
    expect(labels.jaar).toEqual({ '2014': '2014' });
    expect(labels.lab).toEqual({ 'wijkteams-en-welzijn': 'Lab wijkteams en welzijnswerk' });
    expect(labels.doelgroep).toEqual({ jongeren: 'Jongeren' });
    expect(labels.status).toEqual({ ingevoerd: 'Ingevoerd', voorstel: 'Voorstel' });
    expect(labels.doorbraak).toEqual({ 'mandaat-en-budget': 'Mandaat en budget' });
    expect(labels.volledigheid).toEqual({ gedeeltelijk: 'Gedeeltelijk' });
  });

  it('falls back to the value for an unknown one', () => {
    expect(label(labels, 'tag', 'nieuw')).toBe('nieuw');
    expect(label(labels, 'domein', 'wonen')).toBe('Wonen');
  });

  it('orders years newest first, promises by number, names alphabetically', () => {
    expect(sorteerWaarden('jaar', ['2014', '2019', '2015'], labels)).toEqual(['2019', '2015', '2014']);
    expect(sorteerWaarden('belofte', ['10', '2', '9'], labels)).toEqual(['2', '9', '10']);
    expect(sorteerWaarden('status', ['voorstel', 'effect-gemeten', 'proef', 'ingevoerd'], labels)).toEqual(['effect-gemeten', 'ingevoerd', 'proef', 'voorstel']);
    const l = { ...labels, gemeente: { a: 'Zwolle', b: "'s-Gravenhage", c: 'Almere' } };
    expect(sorteerWaarden('gemeente', ['a', 'b', 'c'], l)).toEqual(['b', 'c', 'a']);
  });
});
