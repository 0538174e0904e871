import { describe, expect, it } from 'vitest';
import type { DoorbraakStatus } from '../schema/index.ts';
import { aantal, belemmeringenPerSoort, gesorteerd, groepeer, metPaginaTitel, nieuwsteEerst, paginaLinks, paginaParam, pagineer, provincies, type VerhaalVorm } from './bibliotheek.ts';

describe('pagineer', () => {
  it('makes pages of 20: 45 stories are pages of 20, 20 and 5', () => {
    const items = Array.from({ length: 45 }, (_, i) => i + 1);
    const p = pagineer(items, 20);
    expect(p.map((x) => [x.nummer, x.items.length, x.van, x.tot])).toEqual([
      [1, 20, 1, 20],
      [2, 20, 21, 40],
      [3, 5, 41, 45],
    ]);
    expect(p[2]!.items).toEqual([41, 42, 43, 44, 45]);
    expect(p.every((x) => x.aantalPaginas === 3 && x.totaal === 45)).toBe(true);
  });

  it('has exactly one page for 20 items and for none', () => {
    expect(pagineer(Array.from({ length: 20 }, (_, i) => i), 20)).toHaveLength(1);
    expect(pagineer(Array.from({ length: 21 }, (_, i) => i), 20)).toHaveLength(2);
    expect(pagineer([], 20)).toEqual([{ nummer: 1, aantalPaginas: 1, items: [], van: 0, tot: 0, totaal: 0 }]);
    expect(() => pagineer([1], 0)).toThrow('perPagina');
  });
});

describe('paginaLinks', () => {
  it('links all pages when there are few', () => {
    expect(paginaLinks(1, 1)).toEqual([1]);
    expect(paginaLinks(2, 5)).toEqual([1, 2, 3, 4, 5]);
  });

  it('shows first, last and two around the current page, with gaps', () => {
    expect(paginaLinks(1, 500)).toEqual([1, 2, 3, null, 500]);
    expect(paginaLinks(250, 500)).toEqual([1, null, 248, 249, 250, 251, 252, null, 500]);
    expect(paginaLinks(497, 500)).toEqual([1, null, 495, 496, 497, 498, 499, 500]);
    expect(paginaLinks(6, 12)).toEqual([1, null, 4, 5, 6, 7, 8, null, 12]);
    // A gap of a single page shows that page instead of "…".
    expect(paginaLinks(5, 9)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9]);
  });

  it('names hub pages', () => {
    expect(paginaParam(1)).toBeUndefined();
    expect(paginaParam(3)).toBe('pagina/3');
    expect(metPaginaTitel('Tag #wijk', 1)).toBe('Tag #wijk');
    expect(metPaginaTitel('Tag #wijk', 2)).toBe('Tag #wijk, pagina 2');
  });
});

describe('groepeer', () => {
  it('puts an item under each of its keys once, keeping order', () => {
    const g = groepeer(
      [
        { id: 'x', tags: ['a', 'b', 'a'] },
        { id: 'y', tags: ['b'] },
        { id: 'z', tags: [] },
      ],
      (i) => i.tags,
    );
    expect([...g].map(([k, v]) => [k, v.map((i) => i.id)])).toEqual([
      ['a', ['x']],
      ['b', ['x', 'y']],
    ]);
  });
});

describe('aantal', () => {
  it('writes Dutch counts', () => {
    expect(aantal(1, 'verhaal', 'verhalen')).toBe('1 verhaal');
    expect(aantal(0, 'verhaal', 'verhalen')).toBe('0 verhalen');
  });
});

function verhaal(id: string, belemmeringen: [string, string][], doorbraken: [string[], DoorbraakStatus][] = []): VerhaalVorm {
  return {
    id,
    data: {
      titel: id,
      datum: '2020-01-01',
      gemeenten: [],
      belemmeringen: belemmeringen.map(([bid, soort]) => ({ id: bid, soort, omschrijving: bid })),
      doorbraken: doorbraken.map(([lost_op, status], i) => ({ omschrijving: `doorbraak ${id} ${i}`, lost_op, status })),
    },
  };
}

describe('belemmeringenPerSoort', () => {
  it('lists every barrier of a type across stories: broken first, then trials, proposals and open ones', () => {
    const g = belemmeringenPerSoort([
      verhaal('nieuw', [['n1', 'mandaat'], ['n2', 'potten']], [[['n1'], 'voorstel']]),
      verhaal('oud', [['o1', 'mandaat']], [[['o1'], 'voorstel'], [['o1'], 'ingevoerd']]),
      verhaal('ouder', [['p1', 'mandaat']], [[['p1'], 'proef']]),
      verhaal('oudst', [['x1', 'mandaat']]),
    ]);
    expect([...g.keys()]).toEqual(['mandaat', 'potten']);
    expect(g.get('mandaat')!.map((b) => [b.verhaal.id, b.belemmering.id, b.stand, b.doorbraken.map((d) => d.status)])).toEqual([
      ['oud', 'o1', 'doorbroken', ['ingevoerd', 'voorstel']],
      ['ouder', 'p1', 'proef', ['proef']],
      ['nieuw', 'n1', 'voorstel', ['voorstel']],
      ['oudst', 'x1', 'open', []],
    ]);
    expect(g.get('potten')!.map((b) => [b.belemmering.id, b.stand])).toEqual([['n2', 'open']]);
  });
});

describe('provincies', () => {
  it('groups municipalities by province, both alphabetical', () => {
    const p = provincies([
      { id: 'zwolle', data: { naam: 'Zwolle', provincie: 'Overijssel' } },
      { id: 'leeuwarden', data: { naam: 'Leeuwarden', provincie: 'Fryslân' } },
      { id: 'almelo', data: { naam: 'Almelo', provincie: 'Overijssel' } },
    ]);
    expect(p.map((x) => [x.naam, x.slug, x.gemeenten.map((g) => g.id)])).toEqual([
      ['Fryslân', 'fryslan', ['leeuwarden']],
      ['Overijssel', 'overijssel', ['almelo', 'zwolle']],
    ]);
  });
});

describe('gesorteerd and nieuwsteEerst', () => {
  it('sorts names as Dutch readers expect, leaving the input alone', () => {
    const namen = ['Zwolle', 'de Bilt', 'Ede', 'Ámsterdam', 'Bergen'];
    expect(gesorteerd(namen, (n) => n)).toEqual(['Ámsterdam', 'Bergen', 'de Bilt', 'Ede', 'Zwolle']);
    expect(namen[0]).toBe('Zwolle');
  });

  it('puts the newest story first and stories of one date by title', () => {
    const v = (titel: string, datum: string) => ({ data: { titel, datum } });
    const lijst = [v('C', '2024-01'), v('A', '2023'), v('B', '2024-01'), v('Á', '2024-02-01')];
    expect(lijst.sort(nieuwsteEerst).map((x) => x.data.titel)).toEqual(['Á', 'B', 'C', 'A']);
  });
});
