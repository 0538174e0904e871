/**
 * Pure helpers for the library's lists and hubs: pagination, grouping stories by facet,
 * barriers per type across municipalities, provinces, Dutch dates and labels.
 */
import { doorbreekt, type DoorbraakStatus } from '../schema/index.ts';
import { STANDEN, standVan, type Stand } from './stand.ts';
import { slugify } from './slug.ts';

export const PER_PAGINA = 20;

export interface Pagina<T> {
  nummer: number;
  aantalPaginas: number;
  items: T[];
  /** 1-based position of the first and last item on this page (0 when empty). */
  van: number;
  tot: number;
  totaal: number;
}

/** Splits a list into pages. An empty list still has page 1, which says so. */
export function pagineer<T>(items: readonly T[], perPagina = PER_PAGINA): Pagina<T>[] {
  if (!Number.isInteger(perPagina) || perPagina < 1) throw new Error(`perPagina moet een heel getal groter dan 0 zijn, niet ${perPagina}`);
  const aantalPaginas = Math.max(1, Math.ceil(items.length / perPagina));
  return Array.from({ length: aantalPaginas }, (_, i) => {
    const deel = items.slice(i * perPagina, (i + 1) * perPagina);
    return {
      nummer: i + 1,
      aantalPaginas,
      items: deel,
      van: deel.length ? i * perPagina + 1 : 0,
      tot: i * perPagina + deel.length,
      totaal: items.length,
    };
  });
}

/**
 * Which page numbers to link: first, last, and `rand` pages around the current one;
 * null marks a gap ("…"). Keeps every page's HTML small however many pages there are.
 */
export function paginaLinks(nummer: number, aantalPaginas: number, rand = 2): (number | null)[] {
  const uit: (number | null)[] = [];
  for (let n = 1; n <= aantalPaginas; n++) {
    // A gap that would hide just one page shows that page instead.
    const enkelGat = (n === 2 && nummer - rand === 3) || (n === aantalPaginas - 1 && nummer + rand === aantalPaginas - 2);
    if (n === 1 || n === aantalPaginas || Math.abs(n - nummer) <= rand || enkelGat) uit.push(n);
    else if (uit.at(-1) !== null) uit.push(null);
  }
  return uit;
}

/** Route parameter for page n of a hub: undefined for page 1 (the hub's own URL), "pagina/n" after. */
export function paginaParam(nummer: number): string | undefined {
  return nummer > 1 ? `pagina/${nummer}` : undefined;
}

/** "Tag #x" on page 1, "Tag #x, pagina 2" after. */
export function metPaginaTitel(titel: string, nummer: number): string {
  return nummer > 1 ? `${titel}, pagina ${nummer}` : titel;
}

/**
 * Groups items under every key they carry, keeping the input order inside each group
 * (stories come newest first). Keys in order of first appearance.
 */
export function groepeer<T, K>(items: readonly T[], sleutels: (item: T) => readonly K[]): Map<K, T[]> {
  const groepen = new Map<K, T[]>();
  for (const item of items) {
    for (const k of new Set(sleutels(item))) {
      const g = groepen.get(k);
      if (g) g.push(item);
      else groepen.set(k, [item]);
    }
  }
  return groepen;
}

/** @deprecated Old name of `datumTekst` (./datum.ts); still used by src/pages/verhalen/[id].astro and src/pages/data/index.astro. */
export { datumTekst as langeDatum } from './datum.ts';

/** @deprecated Old name of `DOMEIN_LABELS` (src/schema/labels.ts); still used by src/pages/verhalen/[id].astro. */
export { DOMEIN_LABELS as DOMEIN_NAAM } from '../schema/index.ts';

/** A copy of `lijst` in Dutch alphabetical order of `naam`, for lists and choices that people scan by name. */
export function gesorteerd<T>(lijst: readonly T[], naam: (item: T) => string): T[] {
  return [...lijst].sort((a, b) => naam(a).localeCompare(naam(b), 'nl'));
}

/** The order of every list of stories: newest first, the same date by title. */
export function nieuwsteEerst(a: { data: { datum: string; titel: string } }, b: { data: { datum: string; titel: string } }): number {
  return b.data.datum.localeCompare(a.data.datum) || a.data.titel.localeCompare(b.data.titel, 'nl');
}

/** "1 verhaal", "3 verhalen". */
export function aantal(n: number, enkelvoud: string, meervoud: string): string {
  return `${n} ${n === 1 ? enkelvoud : meervoud}`;
}

// ---------------------------------------------------------------------------
// Barriers and breakthroughs across stories
// ---------------------------------------------------------------------------

export interface VerhaalVorm {
  id: string;
  data: {
    titel: string;
    datum: string;
    gemeenten: readonly string[];
    belemmeringen: readonly { id: string; soort: string; omschrijving: string }[];
    doorbraken: readonly { omschrijving: string; lost_op: readonly string[]; door?: string | undefined; status: DoorbraakStatus }[];
  };
}

export interface BelemmeringMetDoorbraken<V extends VerhaalVorm = VerhaalVorm> {
  verhaal: V;
  belemmering: V['data']['belemmeringen'][number];
  /** The breakthroughs that name this barrier, of any status; implemented ones first. */
  doorbraken: V['data']['doorbraken'][number][];
  stand: Stand;
}

/** Each barrier of a story with the breakthroughs that name it and how far it got (src/lib/stand.ts). */
export function belemmeringenMetDoorbraken<V extends VerhaalVorm>(verhaal: V): BelemmeringMetDoorbraken<V>[] {
  return verhaal.data.belemmeringen.map((belemmering) => {
    const doorbraken = verhaal.data.doorbraken.filter((d) => d.lost_op.includes(belemmering.id));
    return {
      verhaal,
      belemmering,
      doorbraken: [...doorbraken].sort((a, b) => Number(doorbreekt(b.status)) - Number(doorbreekt(a.status))),
      stand: standVan(doorbraken),
    };
  });
}

/**
 * Every barrier of every story, grouped by barrier type; within a type the broken ones first, then
 * those in a trial, with only proposals, and without any, each in story order (newest first).
 */
export function belemmeringenPerSoort<V extends VerhaalVorm>(verhalen: readonly V[]): Map<string, BelemmeringMetDoorbraken<V>[]> {
  const alle = verhalen.flatMap((v) => belemmeringenMetDoorbraken(v));
  const groepen = groepeer(alle, (b) => [b.belemmering.soort]);
  for (const [soort, lijst] of groepen) {
    // Array.prototype.sort is stable: story order stays within each state.
    groepen.set(soort, [...lijst].sort((a, b) => STANDEN.indexOf(a.stand) - STANDEN.indexOf(b.stand)));
  }
  return groepen;
}

// ---------------------------------------------------------------------------
// Provinces
// ---------------------------------------------------------------------------

export interface GemeenteVorm {
  id: string;
  data: { naam: string; provincie: string };
}

export interface Provincie<G extends GemeenteVorm = GemeenteVorm> {
  naam: string;
  slug: string;
  /** All municipalities of the province, by name. */
  gemeenten: G[];
}

/** The provinces named in the municipality data, alphabetical, each with its municipalities. */
export function provincies<G extends GemeenteVorm>(gemeenten: readonly G[]): Provincie<G>[] {
  const groepen = groepeer(gemeenten, (g) => [g.data.provincie]);
  return [...groepen]
    .map(([naam, lijst]) => ({
      naam,
      slug: slugify(naam),
      gemeenten: [...lijst].sort((a, b) => a.data.naam.localeCompare(b.data.naam, 'nl')),
    }))
    .sort((a, b) => a.naam.localeCompare(b.naam, 'nl'));
}
