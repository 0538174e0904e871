/**
 * Turns the municipal boundaries (TopoJSON, CBS/PDOK) into small SVG paths at build time.
 *
 * Simplification works on the shared arcs, not on each municipality's rings, so that a border
 * between two municipalities is simplified once and both sides stay identical (no gaps or
 * slivers). Steps: project every arc to pixels (d3-geo, Mercator fitted to the Netherlands),
 * thin it with Douglas-Peucker (topojson-simplify is not installed), round to 0.1 px, and write
 * rings with relative path commands, which are short because neighbouring points are close.
 */
import { feature } from 'topojson-client';
import { geoMercator, geoPath } from 'd3-geo';
import type { GeometryCollection, Topology, Polygon, MultiPolygon } from 'topojson-specification';

export interface KaartGebied {
  /** CBS code, e.g. GM0080 (property `statcode`). */
  cbs: string;
  /** Name as in the boundary file (property `statnaam`). */
  naam: string;
  /** SVG path data in the coordinate system of the viewBox. */
  d: string;
}

export interface Kaart {
  breedte: number;
  hoogte: number;
  gebieden: KaartGebied[];
}

export interface KaartOpties {
  /** Name of the object in the topology. */
  object: string;
  /** Width of the viewBox in px; the height follows from the shape of the country. */
  breedte?: number;
  /** Douglas-Peucker tolerance in px; 0 keeps every point. */
  tolerantie?: number;
}

type Punt = [number, number];

interface GemeenteEigenschappen {
  statcode: string;
  statnaam: string;
}

/** Perpendicular distance of p to the segment a-b (or to a when a = b). */
function afstand(p: Punt, a: Punt, b: Punt): number {
  const dx = b[0] - a[0];
  const dy = b[1] - a[1];
  const l2 = dx * dx + dy * dy;
  if (l2 === 0) return Math.hypot(p[0] - a[0], p[1] - a[1]);
  const t = Math.max(0, Math.min(1, ((p[0] - a[0]) * dx + (p[1] - a[1]) * dy) / l2));
  return Math.hypot(p[0] - (a[0] + t * dx), p[1] - (a[1] + t * dy));
}

/** Douglas-Peucker; the end points always stay, so arcs still meet at their junctions. */
export function vereenvoudig(punten: readonly Punt[], tolerantie: number): Punt[] {
  if (punten.length <= 2 || tolerantie <= 0) return [...punten];
  const houden = new Uint8Array(punten.length);
  houden[0] = houden[punten.length - 1] = 1;
  const stapel: [number, number][] = [[0, punten.length - 1]];
  while (stapel.length) {
    const [van, tot] = stapel.pop()!;
    let max = -1;
    let index = -1;
    for (let i = van + 1; i < tot; i++) {
      const d = afstand(punten[i]!, punten[van]!, punten[tot]!);
      if (d > max) {
        max = d;
        index = i;
      }
    }
    if (index >= 0 && max > tolerantie) {
      houden[index] = 1;
      stapel.push([van, index], [index, tot]);
    }
  }
  return punten.filter((_, i) => houden[i]);
}

/** A number in tenths written as short as SVG allows: 12 -> "1.2", -5 -> "-.5", 30 -> "3". */
export function getal(tienden: number): string {
  const negatief = tienden < 0;
  const abs = Math.abs(tienden);
  const heel = Math.floor(abs / 10);
  const rest = abs % 10;
  const tekst = rest === 0 ? String(heel) : heel === 0 ? `.${rest}` : `${heel}.${rest}`;
  return negatief ? `-${tekst}` : tekst;
}

/** Joins numbers with the fewest separators: none before a minus sign, and none between ".5" and ".3". */
function reeks(getallen: readonly string[]): string {
  let uit = '';
  for (const [i, g] of getallen.entries()) {
    if (i > 0 && !g.startsWith('-')) {
      const vorige = getallen[i - 1]!;
      const vorigeHeeftPunt = vorige.includes('.');
      if (!(g.startsWith('.') && vorigeHeeftPunt)) uit += ' ';
    }
    uit += g;
  }
  return uit;
}

/** Path data for rings of points in tenths of a px: one "m…z" per ring, relative coordinates. */
export function padData(ringen: readonly (readonly Punt[])[]): string {
  let d = '';
  let huidig: Punt = [0, 0];
  for (const ring of ringen) {
    const [start, ...rest] = ring;
    if (!start) continue;
    d += `m${reeks([getal(start[0] - huidig[0]), getal(start[1] - huidig[1])])}`;
    let vorige = start;
    const stappen: string[] = [];
    for (const p of rest) {
      stappen.push(getal(p[0] - vorige[0]), getal(p[1] - vorige[1]));
      vorige = p;
    }
    if (stappen.length) d += `l${reeks(stappen)}`;
    d += 'z';
    // After "z" the current point is the ring's start.
    huidig = start;
  }
  return d;
}

/** Builds the map: one simplified path per municipality, in the order of the boundary file. */
export function maakKaart(topologie: Topology, opties: KaartOpties): Kaart {
  const breedte = opties.breedte ?? 600;
  const tolerantie = opties.tolerantie ?? 0.5;
  const object = topologie.objects[opties.object] as GeometryCollection<GemeenteEigenschappen> | undefined;
  if (!object) throw new Error(`de kaart heeft geen object "${opties.object}"; kies uit: ${Object.keys(topologie.objects).join(', ')}`);

  const geheel = feature(topologie, object);
  const projectie = geoMercator().fitWidth(breedte, geheel);
  const [[, y0], [, y1]] = geoPath(projectie).bounds(geheel);
  const hoogte = Math.ceil(y1 - y0);
  projectie.translate([projectie.translate()[0], projectie.translate()[1] - y0]);

  // Decode (delta-encoded, quantised) arcs, project, simplify and round to tenths of a px.
  const schaal = topologie.transform?.scale ?? [1, 1];
  const verschuiving = topologie.transform?.translate ?? [0, 0];
  const gekwantiseerd = Boolean(topologie.transform);
  const bogen: Punt[][] = topologie.arcs.map((boog) => {
    let x = 0;
    let y = 0;
    const geprojecteerd = boog.map(([a, b]): Punt => {
      if (gekwantiseerd) {
        x += a!;
        y += b!;
      } else {
        x = a!;
        y = b!;
      }
      const p = projectie([x * schaal[0] + verschuiving[0], y * schaal[1] + verschuiving[1]]);
      if (!p) throw new Error('een punt van de kaart valt buiten de projectie');
      return p;
    });
    const rond = vereenvoudig(geprojecteerd, tolerantie).map(([px, py]): Punt => [Math.round(px * 10), Math.round(py * 10)]);
    return rond.filter((p, i) => i === 0 || p[0] !== rond[i - 1]![0] || p[1] !== rond[i - 1]![1]);
  });

  const ring = (indices: number[]): Punt[] => {
    const punten: Punt[] = [];
    for (const i of indices) {
      const boog = i >= 0 ? bogen[i]! : [...bogen[~i]!].reverse();
      // Consecutive arcs share their junction point.
      punten.push(...(punten.length ? boog.slice(1) : boog));
    }
    if (punten.length > 1) {
      const [eerste, laatste] = [punten[0]!, punten.at(-1)!];
      if (eerste[0] === laatste[0] && eerste[1] === laatste[1]) punten.pop();
    }
    return punten;
  };

  const gebieden = object.geometries.map((geometrie): KaartGebied => {
    const { statcode, statnaam } = (geometrie.properties ?? {}) as Partial<GemeenteEigenschappen>;
    if (!statcode) throw new Error('een gemeente op de kaart heeft geen statcode');
    const polygonen =
      geometrie.type === 'Polygon'
        ? [(geometrie as Polygon).arcs]
        : geometrie.type === 'MultiPolygon'
          ? (geometrie as MultiPolygon).arcs
          : [];
    const ringen = polygonen.flatMap((p) => p.map(ring));
    // A ring that collapsed to a line or a point at this scale is too small to see.
    let zichtbaar = ringen.filter((r) => r.length >= 3);
    // Never drop a whole municipality: keep its largest ring, however small.
    if (!zichtbaar.length && ringen.length) zichtbaar = [ringen.reduce((a, b) => (b.length > a.length ? b : a))];
    return { cbs: statcode, naam: statnaam ?? statcode, d: padData(zichtbaar) };
  });
  return { breedte, hoogte, gebieden };
}
