/**
 * Learning that travels: which breakthrough was taken over from which, across stories. Built once per
 * build from every published story (`overgenomen_van` points from the adopting breakthrough to the
 * original one); pages ask it both ways ("Overgenomen van", "Nagevolgd in") and the overview walks
 * each breakthrough that spread from its origin down. Pure: tests run it on plain story data.
 *
 * A reference that does not resolve (only possible in dev, where the content check does not stop
 * the server) is left out rather than shown as a broken link.
 */
import type { Doorbraak } from '../schema/index.ts';
import type { VerhaalGegevens } from './overzichten/typen.ts';

/** One breakthrough in one story. */
export interface Stap<V extends VerhaalGegevens = VerhaalGegevens> {
  verhaal: V;
  /** Position in the story's `doorbraken`. */
  index: number;
  doorbraak: Doorbraak;
  /** The step it was taken over from; undefined for the origin. */
  van?: Stap<V>;
  /** 0 for the origin, 1 for a direct adoption, … */
  diepte: number;
}

/** A breakthrough that spread: its origin and every adoption after it, origin first, depth first. */
export interface Keten<V extends VerhaalGegevens = VerhaalGegevens> {
  /** `<story id>#<breakthrough id>` of the origin; also an anchor on the overview. */
  sleutel: string;
  oorsprong: Stap<V>;
  /** Origin first; each adoption after the step it came from; siblings by date (unknown last). */
  stappen: Stap<V>[];
}

export interface Navolging<V extends VerhaalGegevens = VerhaalGegevens> {
  /** Where breakthrough `index` of a story was taken over from, if it was. */
  overgenomenVan(verhaal: string, index: number): Stap<V> | undefined;
  /** The breakthroughs that took breakthrough `index` of a story over, by date. */
  nagevolgdIn(verhaal: string, index: number): Stap<V>[];
  /** Every breakthrough that spread, the earliest origin first. */
  ketens: Keten<V>[];
}

export const sleutelVan = (verhaal: string, doorbraak: string) => `${verhaal}#${doorbraak}`;
const positie = (verhaal: string, index: number) => `${verhaal}@${index}`;

/** Sorts dates as precise as their source ("2011" before "2011-05"); a step without a date goes last. */
export function vergelijkDatum(a: string | undefined, b: string | undefined): number {
  if (a === b) return 0;
  if (a === undefined) return 1;
  if (b === undefined) return -1;
  return a.localeCompare(b);
}

export function maakNavolging<V extends VerhaalGegevens>(verhalen: readonly V[]): Navolging<V> {
  type Plek = { verhaal: V; index: number };
  const perSleutel = new Map<string, Plek>();
  for (const verhaal of verhalen) {
    verhaal.data.doorbraken.forEach((d, index) => {
      if (d.id) perSleutel.set(sleutelVan(verhaal.id, d.id), { verhaal, index });
    });
  }
  // Position of an origin -> the origin and the positions that took it over.
  const volgers = new Map<string, { plek: Plek; volgers: Plek[] }>();
  const overgenomen = new Set<string>();
  for (const verhaal of verhalen) {
    verhaal.data.doorbraken.forEach((d, index) => {
      const o = d.overgenomen_van;
      const bron = o && o.verhaal !== verhaal.id ? perSleutel.get(sleutelVan(o.verhaal, o.doorbraak)) : undefined;
      if (!bron) return;
      const k = positie(bron.verhaal.id, bron.index);
      const groep = volgers.get(k) ?? { plek: bron, volgers: [] };
      groep.volgers.push({ verhaal, index });
      volgers.set(k, groep);
      overgenomen.add(positie(verhaal.id, index));
    });
  }

  const stap = (p: Plek, van: Stap<V> | undefined): Stap<V> => ({
    verhaal: p.verhaal,
    index: p.index,
    doorbraak: p.verhaal.data.doorbraken[p.index]!,
    ...(van ? { van } : {}),
    diepte: van ? van.diepte + 1 : 0,
  });
  const opDatum = (a: Stap<V>, b: Stap<V>) => vergelijkDatum(a.doorbraak.datum, b.doorbraak.datum) || a.verhaal.data.titel.localeCompare(b.verhaal.data.titel, 'nl');

  const ketens: Keten<V>[] = [];
  const opPositie = new Map<string, { stap: Stap<V>; volgers: Stap<V>[] }>();
  for (const [k, { plek }] of volgers) {
    // Only origins start a chain; an adopted breakthrough that was taken over again is a step in one.
    if (overgenomen.has(k)) continue;
    const stappen: Stap<V>[] = [];
    // `opPositie` also guards against a loop, which the content check refuses but dev may show.
    const bezoek = (s: Stap<V>) => {
      const p = positie(s.verhaal.id, s.index);
      if (opPositie.has(p)) return;
      const na = (volgers.get(p)?.volgers ?? []).map((c) => stap(c, s)).sort(opDatum);
      opPositie.set(p, { stap: s, volgers: na });
      stappen.push(s);
      for (const v of na) bezoek(v);
    };
    const oorsprong = stap(plek, undefined);
    bezoek(oorsprong);
    ketens.push({ sleutel: sleutelVan(plek.verhaal.id, oorsprong.doorbraak.id!), oorsprong, stappen });
  }
  ketens.sort((a, b) => opDatum(a.oorsprong, b.oorsprong));

  return {
    overgenomenVan: (verhaal, index) => opPositie.get(positie(verhaal, index))?.stap.van,
    nagevolgdIn: (verhaal, index) => opPositie.get(positie(verhaal, index))?.volgers ?? [],
    ketens,
  };
}

/** Where a step took place: its own place (outside the Netherlands), else its story's municipalities; empty when neither is known. */
export function plaatsen(stap: Pick<Stap, 'verhaal' | 'doorbraak'>, gemeenteNaam: (id: string) => string): string[] {
  if (stap.doorbraak.plaats) return [stap.doorbraak.plaats];
  return stap.verhaal.data.gemeenten.map(gemeenteNaam);
}

/** The first sentence of a breakthrough, as a label for lists and the timeline (at most `max` characters). */
export function korteOmschrijving(omschrijving: string, max = 140): string {
  const tekst = omschrijving.replace(/\s+/g, ' ').trim();
  const zin = /^(.+?[.!?:])(?:\s|$)/.exec(tekst)?.[1] ?? tekst;
  if (zin.length <= max) return zin.replace(/:$/, '');
  return `${zin.slice(0, max).replace(/\s+\S*$/, '')} …`;
}
