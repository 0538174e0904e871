import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Topology } from 'topojson-specification';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../../../tests/helpers/project.ts';
import { getal, maakKaart, padData, vereenvoudig } from './kaart.ts';
import { contrast, GEEN_VERHALEN, kleurklasse, KLEURKLASSEN } from './kleuren.ts';

/** Absolute points (px) of each ring in path data written by padData (m, l, z; relative). */
function ringen(d: string): [number, number][][] {
  const uit: [number, number][][] = [];
  let huidig: [number, number] = [0, 0];
  for (const [, cmd, args] of d.matchAll(/([mlz])([^mlz]*)/g)) {
    const getallen = (args!.match(/-?(?:\d+\.?\d*|\.\d+)/g) ?? []).map(Number);
    if (cmd === 'z') {
      huidig = uit.at(-1)![0]!;
      continue;
    }
    for (let i = 0; i < getallen.length; i += 2) {
      huidig = [Math.round((huidig[0] + getallen[i]!) * 10) / 10, Math.round((huidig[1] + getallen[i + 1]!) * 10) / 10];
      if (cmd === 'm' && i === 0) uit.push([huidig]);
      else uit.at(-1)!.push(huidig);
    }
  }
  return uit;
}

describe('path data', () => {
  it('writes tenths as short as possible', () => {
    expect([12, -5, 30, 0, -30, 7].map(getal)).toEqual(['1.2', '-.5', '3', '0', '-3', '.7']);
  });

  it('writes relative rings and parses back to the same points', () => {
    expect(padData([[[0, 0], [10, 0], [10, 10]]])).toBe('m0 0l1 0 0 1z');
    expect(padData([[[5, 5], [10, 5]]])).toBe('m.5.5l.5 0z');
    const twee = padData([[[0, 0], [10, 0], [10, 10]], [[20, 20], [25, 20], [25, 25]]]);
    expect(twee).toBe('m0 0l1 0 0 1zm2 2l.5 0 0 .5z');
    expect(ringen(twee)).toEqual([[[0, 0], [1, 0], [1, 1]], [[2, 2], [2.5, 2], [2.5, 2.5]]]);
  });
});

describe('vereenvoudig (Douglas-Peucker)', () => {
  it('drops points closer to the line than the tolerance and keeps the ends', () => {
    const lijn: [number, number][] = [[0, 0], [1, 0.1], [2, 0], [3, 2], [4, 0]];
    expect(vereenvoudig(lijn, 0.5)).toEqual([[0, 0], [2, 0], [3, 2], [4, 0]]);
    expect(vereenvoudig(lijn, 0.05)).toEqual(lijn);
    expect(vereenvoudig(lijn, 0)).toEqual(lijn);
  });
});

describe('maakKaart on two squares that share a border', () => {
  // Square A: lon 0..1, square B: lon 1..2, both lat 0..1. Arc 0 is the shared border.
  // Exterior rings run clockwise, as d3-geo expects on the sphere.
  const topologie = {
    type: 'Topology',
    objects: {
      g: {
        type: 'GeometryCollection',
        geometries: [
          { type: 'Polygon', arcs: [[1, 0]], properties: { statcode: 'GM0001', statnaam: 'A' } },
          { type: 'Polygon', arcs: [[~0, 2]], properties: { statcode: 'GM0002', statnaam: 'B' } },
        ],
      },
    },
    arcs: [
      [[1, 1], [1, 0]],
      [[1, 0], [0, 0], [0, 1], [1, 1]],
      [[1, 1], [2, 1], [2, 0], [1, 0]],
    ],
  } as unknown as Topology;
  const kaart = maakKaart(topologie, { object: 'g', breedte: 600 });

  it('fits the width and keeps names and codes', () => {
    expect(kaart.breedte).toBe(600);
    expect(kaart.hoogte).toBeGreaterThanOrEqual(300);
    expect(kaart.hoogte).toBeLessThanOrEqual(302);
    expect(kaart.gebieden.map((g) => [g.cbs, g.naam])).toEqual([['GM0001', 'A'], ['GM0002', 'B']]);
  });

  it('draws both sides of the shared border with the same points', () => {
    const [a, b] = kaart.gebieden.map((g) => ringen(g.d));
    expect(a).toHaveLength(1);
    expect(a![0]!.map((p) => p[0]).sort((x, y) => x - y)).toEqual([0, 0, 300, 300]);
    expect(b![0]!.map((p) => p[0]).sort((x, y) => x - y)).toEqual([300, 300, 600, 600]);
    const grensA = a![0]!.filter((p) => p[0] === 300).map(String).sort();
    const grensB = b![0]!.filter((p) => p[0] === 300).map(String).sort();
    expect(grensA).toEqual(grensB);
  });

  it('names the missing object', () => {
    expect(() => maakKaart(topologie, { object: 'x' })).toThrow(/geen object "x"; kies uit: g/);
  });
});

describe('the map of the Netherlands', () => {
  const topologie = JSON.parse(readFileSync(join(ROOT, 'src/data/gemeente_2025.topojson'), 'utf8')) as Topology;
  const kaart = maakKaart(topologie, { object: 'gemeente_2025' });
  const gemeenten = JSON.parse(readFileSync(join(ROOT, 'content/gemeenten.json'), 'utf8')) as { cbs: string }[];

  it('has one non-empty path for every municipality in content/gemeenten.json', () => {
    expect(kaart.gebieden.map((g) => g.cbs).sort()).toEqual(gemeenten.map((g) => g.cbs).sort());
    for (const g of kaart.gebieden) expect(ringen(g.d).some((r) => r.length >= 3), g.cbs).toBe(true);
  });

  it('stays inside the viewBox and small', () => {
    for (const g of kaart.gebieden) {
      for (const [x, y] of ringen(g.d).flat()) {
        expect(x).toBeGreaterThanOrEqual(-0.1);
        expect(x).toBeLessThanOrEqual(kaart.breedte + 0.1);
        expect(y).toBeGreaterThanOrEqual(-0.1);
        expect(y).toBeLessThanOrEqual(kaart.hoogte + 0.1);
      }
    }
    const bytes = kaart.gebieden.reduce((n, g) => n + g.d.length, 0);
    expect(bytes).toBeLessThan(150_000);
  });
});

describe('colour classes', () => {
  it('maps counts to classes', () => {
    expect([0, 1, 2, 3, 4, 5, 40].map((n) => kleurklasse(n).id)).toEqual(['k0', 'k1', 'k2', 'k3', 'k3', 'k5', 'k5']);
  });

  it('gives every class with stories at least 3:1 contrast with the empty fill and with white', () => {
    for (const k of KLEURKLASSEN.filter((k) => k.van > 0)) {
      expect(contrast(k.kleur, GEEN_VERHALEN.kleur), k.id).toBeGreaterThanOrEqual(3);
      expect(contrast(k.kleur, '#ffffff'), k.id).toBeGreaterThanOrEqual(3);
    }
  });

  it('computes WCAG contrast', () => {
    expect(contrast('#000000', '#ffffff')).toBeCloseTo(21, 5);
    expect(contrast('#777777', '#ffffff')).toBeCloseTo(4.48, 2);
  });
});
