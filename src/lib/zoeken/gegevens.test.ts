import { describe, expect, it } from 'vitest';
import { FacetIndex, levenshtein, maakFacetGegevens, maakWoordenlijst, suggesties, type FacetGegevens, type Fragment } from './gegevens.ts';

const fragment = (id: string, datum: string, filters: Record<string, string[]>, content = ''): Fragment => ({ id, content, filters, meta: { datum, title: `Titel ${id}` } });
const FRAGMENTEN = [
  fragment('nl_a', '2014-10-01', { gemeente: ['leeuwarden'], provincie: ['fryslan'], tag: ['integraal', 'nabijheid'] }, 'Dakloze jongeren in de wijk.'),
  fragment('nl_b', '2016', { gemeente: ['s-gravenhage'], provincie: ['zuid-holland'], tag: ['integraal'] }, 'De jongeren en hun schulden.'),
  fragment('nl_c', '2015-03', { tag: ['preventief'] }, 'Schulden, schulden.'),
  // 40 municipalities: more values than a bit mask holds, so this facet is stored as numbers.
  ...Array.from({ length: 40 }, (_, i) => fragment(`nl_g${i}`, '2010', { gemeente: [`g${i}`] })),
];
const index = await FacetIndex.lees(JSON.parse(JSON.stringify(maakFacetGegevens(FRAGMENTEN))) as FacetGegevens);
const nrs = (...ids: string[]) => ids.map((id) => index.nummer(id)!);
const ids = (nummers: number[]) => nummers.map((n) => index.id(n));
const ALLE = nrs('nl_a', 'nl_b', 'nl_c');

describe('facetgegevens', () => {
  it('read back after JSON: ids, dates and every value, also of a facet with many values', () => {
    expect(index.aantal).toBe(43);
    expect(index.datum(index.nummer('nl_b')!)).toBe('2016');
    expect(ids(index.filter(nrs('nl_g3', 'nl_g39', 'nl_a'), { gemeente: ['g39'] }))).toEqual(['nl_g39']);
  });

  it('filter: any value within a facet, every facet', () => {
    expect(ids(index.filter(ALLE, { tag: ['nabijheid', 'preventief'] }))).toEqual(['nl_a', 'nl_c']);
    expect(ids(index.filter(ALLE, { tag: ['integraal'], provincie: ['zuid-holland'] }))).toEqual(['nl_b']);
    expect(ids(index.filter(ALLE, { tag: ['onbekend'] }))).toEqual([]);
  });

  it('filters on places named in a query: any of them', () => {
    expect(ids(index.filterPlaatsen(ALLE, [{ facet: 'gemeente', waarde: 's-gravenhage' }, { facet: 'provincie', waarde: 'fryslan' }]))).toEqual(['nl_a', 'nl_b']);
  });

  it('counts each facet under the other facets\' choices only', () => {
    const t = index.tel(ALLE, { tag: ['integraal'] });
    // tag is counted as if not chosen: what ticking another tag would add.
    expect(t.tag).toEqual({ integraal: 2, nabijheid: 1, preventief: 1 });
    // Other facets count within the chosen tag.
    expect(t.provincie).toEqual({ fryslan: 1, 'zuid-holland': 1 });
    expect(index.tel(ALLE, { tag: ['integraal'], provincie: ['fryslan'] }).provincie).toEqual({ fryslan: 1, 'zuid-holland': 1 });
    expect(index.tel(ALLE, { tag: ['integraal'], provincie: ['fryslan'] }).tag).toEqual({ integraal: 1, nabijheid: 1, preventief: 0 });
  });

  it('orders newest first, dates as precise as their source', () => {
    expect(ids(index.nieuwsteEerst(ALLE))).toEqual(['nl_b', 'nl_c', 'nl_a']);
  });
});

describe('woordenlijst en suggesties', () => {
  const { woorden } = maakWoordenlijst(FRAGMENTEN);
  const lijst = woorden.split(' ');

  it('takes the author\'s trefwoorden, not a target group\'s search words, which stand on no page', () => {
    const f: Fragment = { id: 'nl_x', content: 'Tekst.', filters: {}, meta: { title: 'Titel', trefwoorden: 'zwerfjongeren', doelgroepen: 'geldzorgen, schuldenaars' } };
    const woorden = maakWoordenlijst([f]).woorden.split(' ');
    expect(woorden).toContain('zwerfjongeren');
    expect(woorden).not.toContain('geldzorgen');
    expect(woorden).not.toContain('schuldenaars');
  });

  it('lists the words of text and titles by the number of pages they are on', () => {
    expect(lijst.slice(0, 2)).toEqual(['titel', 'jongeren']);
    expect(lijst).toContain('dakloze');
    expect(lijst).not.toContain('de'); // shorter than three letters
  });

  it('suggests words close by spelling or by their beginning, most common first', () => {
    expect(suggesties('dakloos', lijst)).toEqual(['dakloze']);
    expect(suggesties('jongren', lijst)).toEqual(['jongeren']);
    expect(suggesties('xylofoon', lijst)).toEqual([]);
    expect(suggesties('Leeuwaarden', ['Leeuwarden', 'Eindhoven'])).toEqual(['Leeuwarden']);
    // Far by spelling (four edits), but it starts the same: a typo late in a long word.
    expect(suggesties('mantelzrog', ['mantelzorgers', 'mantel'])).toEqual(['mantelzorgers']);
    // Not the start of the query itself (a place name "Wijk" comes first in the list): Pagefind's fallback.
    expect(suggesties('wijktem', ['Wijk', 'wijkteam', 'wijkteams'])).toEqual(['wijkteam', 'wijkteams']);
  });

  it('measures edit distance, and stops past a limit', () => {
    expect(levenshtein('schuld', 'schulden')).toBe(2);
    expect(levenshtein('kat', 'kater', 1)).toBe(2);
  });
});
