// Adoption between stories, both ways, and the chains on the overview.
import { describe, expect, it } from 'vitest';
import { verhaalSchema } from '../schema/index.ts';
import { korteOmschrijving, maakNavolging, plaatsen, vergelijkDatum } from './navolging.ts';
import type { VerhaalGegevens } from './overzichten/typen.ts';

/** A story with one barrier and the given breakthroughs (each solving it). */
function verhaal(id: string, gemeente: string | null, doorbraken: Record<string, unknown>[]): VerhaalGegevens {
  return {
    id,
    data: verhaalSchema.parse({
      titel: `Verhaal ${id}`,
      samenvatting: 'Kort.',
      datum: '2015',
      gemeenten: gemeente ? [gemeente] : [],
      domeinen: ['zorg'],
      doelgroepen: ['jongeren'],
      rapporteurs: ['redactie'],
      belemmeringen: [{ id: 'b', soort: 'strijdige-regels', omschrijving: 'x' }],
      doorbraken: doorbraken.map((d) => ({ omschrijving: `Doorbraak in ${id}`, lost_op: ['b'], status: 'ingevoerd', soort: 'mandaat-en-budget', bron: 'r', ...d })),
      privacy: { gepseudonimiseerd: true, toestemming: 'n.v.t.' },
      status: 'gepubliceerd',
      bronnen: [{ id: 'r', titel: 'R' }],
    }),
  };
}
const van = (verhaalId: string, doorbraak: string) => ({ overgenomen_van: { verhaal: verhaalId, doorbraak, bron: 'r' } });

// Leeuwarden (2010) -> Enschede (2012) -> Utrecht (2014) and Zwolle (2013); Enschede's second breakthrough stays its own.
const leeuwarden = verhaal('leeuwarden', 'leeuwarden', [{ id: 'frontlijn', datum: '2010' }]);
const enschede = verhaal('enschede', 'enschede', [{ omschrijving: 'Eigen idee' }, { id: 'wijkteam', datum: '2012', ...van('leeuwarden', 'frontlijn') }]);
const utrecht = verhaal('utrecht', 'utrecht', [{ datum: '2014', ...van('enschede', 'wijkteam') }]);
const zwolle = verhaal('zwolle', 'zwolle', [{ datum: '2013', ...van('enschede', 'wijkteam') }]);
// An origin outside the Netherlands, taken over once, with no date for the adoption.
const buitenland = verhaal('nieuw-zeeland', null, [{ id: 'fgc', plaats: 'Nieuw-Zeeland' }]);
const amsterdam = verhaal('amsterdam', 'amsterdam', [van('nieuw-zeeland', 'fgc')]);
const los = verhaal('los', 'amsterdam', [{ id: 'niemand-nam-het-over' }, van('bestaat-niet', 'x')]);

const n = maakNavolging([utrecht, los, amsterdam, zwolle, enschede, buitenland, leeuwarden]);
const namen = (stappen: { verhaal: VerhaalGegevens; index: number }[]) => stappen.map((s) => `${s.verhaal.id}[${s.index}]`);

describe('navolging', () => {
  it('links both ways: "overgenomen van" and "nagevolgd in"', () => {
    expect(namen(n.nagevolgdIn('leeuwarden', 0))).toEqual(['enschede[1]']);
    expect(namen(n.nagevolgdIn('enschede', 1))).toEqual(['zwolle[0]', 'utrecht[0]']);
    expect(n.overgenomenVan('utrecht', 0)?.verhaal.id).toBe('enschede');
    expect(n.overgenomenVan('enschede', 1)?.verhaal.id).toBe('leeuwarden');
    expect(n.overgenomenVan('leeuwarden', 0)).toBeUndefined();
    expect(n.nagevolgdIn('enschede', 0)).toEqual([]);
    expect(n.overgenomenVan('enschede', 0)).toBeUndefined();
  });

  it('makes one chain per breakthrough that spread, origin first, each adoption after its source, earliest date first', () => {
    expect(n.ketens.map((k) => k.sleutel)).toEqual(['leeuwarden#frontlijn', 'nieuw-zeeland#fgc']);
    const [frontlijn, fgc] = n.ketens;
    expect(namen(frontlijn!.stappen)).toEqual(['leeuwarden[0]', 'enschede[1]', 'zwolle[0]', 'utrecht[0]']);
    expect(frontlijn!.stappen.map((s) => s.diepte)).toEqual([0, 1, 2, 2]);
    expect(frontlijn!.stappen.map((s) => s.van?.verhaal.id)).toEqual([undefined, 'leeuwarden', 'enschede', 'enschede']);
    expect(namen(fgc!.stappen)).toEqual(['nieuw-zeeland[0]', 'amsterdam[0]']);
    expect(fgc!.oorsprong.doorbraak.plaats).toBe('Nieuw-Zeeland');
  });

  it('leaves out a reference that does not resolve, and a breakthrough nobody took over', () => {
    expect(n.overgenomenVan('los', 1)).toBeUndefined();
    expect(n.ketens.flatMap((k) => k.stappen).some((s) => s.verhaal.id === 'los')).toBe(false);
  });

  it('sorts dates as precise as their source, unknown last', () => {
    expect(['2013', undefined, '2011-05', '2011'].sort(vergelijkDatum)).toEqual(['2011', '2011-05', '2013', undefined]);
  });
});

describe('labels for the pages', () => {
  it('names a step by its own place, else by its municipalities', () => {
    const naam = (id: string) => id.toUpperCase();
    expect(plaatsen(n.ketens[1]!.oorsprong, naam)).toEqual(['Nieuw-Zeeland']);
    expect(plaatsen(n.ketens[1]!.stappen[1]!, naam)).toEqual(['AMSTERDAM']);
  });

  it('shortens a breakthrough to its first sentence', () => {
    expect(korteOmschrijving('Eén budget.  Daarna   meer.')).toBe('Eén budget.');
    expect(korteOmschrijving('Jeugdzorg zonder dwang: per gezin één coach.')).toBe('Jeugdzorg zonder dwang');
    expect(korteOmschrijving('woord '.repeat(40), 30)).toBe('woord woord woord woord woord …');
  });
});
