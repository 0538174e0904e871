import { describe, expect, it } from 'vitest';
import { invoerVan, maakVerwantIndex, verwanteVerhalen, type VerwantInvoer } from './verwant.ts';

function v(id: string, deel: Partial<VerwantInvoer>): VerwantInvoer {
  return { id, datum: '2020-01-01', gemeenten: [], soorten: [], opgelosteSoorten: [], tags: [], beloften: [], ...deel };
}

const verhalen = [
  v('a', { gemeenten: ['utrecht'], soorten: ['entry-exit', 'verkokerd'], opgelosteSoorten: ['entry-exit'], tags: ['integraal', 'preventief'], beloften: [2, 9] }),
  // verkokerd 3 + solved it 2 + integraal 1 + elsewhere 1 = 7
  v('b', { gemeenten: ['leeuwarden'], soorten: ['verkokerd'], opgelosteSoorten: ['verkokerd'], tags: ['integraal'] }),
  // verkokerd 3 + entry-exit 3 + belofte 2: 1 = 7 (same gemeente: no bonus; solved nothing: after b)
  v('c', { gemeenten: ['utrecht'], soorten: ['verkokerd', 'entry-exit'], beloften: [2] }),
  // two tags + two beloften = 4 (no gemeente named: no bonus)
  v('d', { soorten: ['mandaat'], tags: ['integraal', 'preventief'], beloften: [2, 9] }),
  // preventief 1 + belofte 9: 1 + elsewhere 1 = 3, newer than f
  v('e', { datum: '2021-05-01', gemeenten: ['amsterdam'], soorten: ['mandaat'], opgelosteSoorten: ['mandaat'], tags: ['preventief'], beloften: [9] }),
  v('f', { datum: '2019-05-01', gemeenten: ['s-gravenhage'], tags: ['preventief'], beloften: [9] }),
  // shares nothing: never listed, even from another municipality
  v('g', { gemeenten: ['zwolle'], soorten: ['mandaat'], tags: ['wijk'], beloften: [4] }),
  // integraal 1 + elsewhere 1 = 2; equal in all else, so by id
  v('i', { gemeenten: ['delft'], tags: ['integraal'] }),
  v('h', { gemeenten: ['delft'], tags: ['integraal'] }),
];

describe('verwanteVerhalen', () => {
  const index = maakVerwantIndex(verhalen);

  it('ranks by barrier types, solved types, tags, beloften and other municipality', () => {
    const r = verwanteVerhalen(index, 'a', 20);
    expect(r.map((x) => [x.id, x.score])).toEqual([
      ['b', 7],
      ['c', 7],
      ['d', 4],
      ['e', 3],
      ['f', 3],
      ['h', 2],
      ['i', 2],
    ]);
  });

  it('says what was shared and solved', () => {
    const [b, c] = verwanteVerhalen(index, 'a', 2);
    expect(b).toEqual({ id: 'b', score: 7, soorten: ['verkokerd'], opgelost: ['verkokerd'], tags: ['integraal'], beloften: [], andereGemeente: true });
    expect(c).toEqual({ id: 'c', score: 7, soorten: ['entry-exit', 'verkokerd'], opgelost: [], tags: [], beloften: [2], andereGemeente: false });
  });

  it('is symmetric in what counts, but not in solved types', () => {
    // From b's side: a shares verkokerd but did not solve it (3), integraal (1), other gemeente (1).
    const r = verwanteVerhalen(index, 'b', 20);
    expect(r.find((x) => x.id === 'a')?.score).toBe(5);
    expect(r.find((x) => x.id === 'c')?.score).toBe(4);
  });

  it('limits the list, and knows no unknown story', () => {
    expect(verwanteVerhalen(index, 'a', 3).map((x) => x.id)).toEqual(['b', 'c', 'd']);
    expect(verwanteVerhalen(index, 'bestaat-niet')).toEqual([]);
    expect(verwanteVerhalen(maakVerwantIndex([verhalen[0]!]), 'a')).toEqual([]);
  });

  it('indexes each key once per story', () => {
    expect(index.postings.get('s:verkokerd')).toEqual(['a', 'b', 'c']);
    expect(index.postings.get('t:integraal')).toEqual(['a', 'b', 'd', 'i', 'h']);
    expect(index.postings.get('b:9')).toEqual(['a', 'd', 'e', 'f']);
    expect(() => maakVerwantIndex([verhalen[0]!, verhalen[0]!])).toThrow('komt twee keer voor');
  });
});

describe('a large library', () => {
  it('looks at most maxPerSleutel stories per key, the newest ones', () => {
    // Ten stories share tag "x", newest first; with a cap of 3 only the three newest are candidates.
    const veel = [v('a', { tags: ['x'] }), ...Array.from({ length: 10 }, (_, i) => v(`s${i}`, { datum: `2020-01-${String(20 - i).padStart(2, '0')}`, tags: ['x'] }))];
    const index = maakVerwantIndex(veel, 3);
    expect(index.postings.get('t:x')).toEqual(['a', 's0', 's1']);
    expect(verwanteVerhalen(index, 'a', 10).map((x) => x.id)).toEqual(['s0', 's1']);
  });

  it('gives the same top 5 as a full sort', () => {
    const veel = Array.from({ length: 60 }, (_, i) =>
      v(`v${String(i).padStart(2, '0')}`, {
        datum: `20${10 + (i % 7)}-01-01`,
        gemeenten: [`g${i % 4}`],
        soorten: [`s${i % 3}`, `s${i % 5}`],
        opgelosteSoorten: i % 2 ? [`s${i % 3}`] : [],
        tags: [`t${i % 6}`],
        beloften: [(i % 10) + 1],
      }),
    );
    const index = maakVerwantIndex(veel);
    for (const id of ['v00', 'v17', 'v42']) {
      const alle = verwanteVerhalen(index, id, 100);
      expect(verwanteVerhalen(index, id, 5)).toEqual(alle.slice(0, 5));
      // The full list is sorted by score.
      expect(alle.map((x) => x.score)).toEqual([...alle.map((x) => x.score)].sort((p, q) => q - p));
    }
  });
});

describe('invoerVan', () => {
  it('finds the barrier types that an implemented doorbraak broke, not those with only a proposal', () => {
    const i = invoerVan({
      id: 'karima',
      data: {
        datum: '2014-10-01',
        gemeenten: [],
        tags: ['integraal', 'integraal'],
        beloften: [2, 3, 9],
        belemmeringen: [
          { id: 'schuld', soort: 'entry-exit-paradox' },
          { id: 'potten', soort: 'verkokerde-financiering' },
          { id: 'nog-een', soort: 'entry-exit-paradox' },
        ],
        doorbraken: [{ lost_op: ['schuld'], status: 'ingevoerd' }, { lost_op: ['potten'], status: 'voorstel' }],
      },
    });
    expect(i.soorten).toEqual(['entry-exit-paradox', 'verkokerde-financiering']);
    expect(i.opgelosteSoorten).toEqual(['entry-exit-paradox']);
    expect(i.tags).toEqual(['integraal']);
  });
});
