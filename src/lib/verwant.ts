/**
 * "Vergelijkbare oplossingen": stories related to a story, for a professional who asks
 * "who got past this kind of barrier, and how?".
 *
 * The index is built once per build: an inverted index from each barrier type, tag and
 * belofte to the stories that have it. A page then only visits the stories that share at
 * least one key with it, instead of comparing all pairs.
 *
 * Score of candidate B for story A:
 * - each barrier type both have: +3 (WEGING.soort), and +2 more (WEGING.opgelost) when B
 *   actually solved a barrier of that type (has a doorbraak for it);
 * - each shared tag: +1; each shared belofte: +1;
 * - +1 (WEGING.andereGemeente) when B names a municipality and none of A's: learning from elsewhere.
 * Ties: more solved shared types first, then newer, then id (alphabetical), so builds are stable.
 *
 * Cost per page: each key contributes at most the `maxPerSleutel` newest stories that carry
 * it (pass stories newest first), and only the best `max` are kept while scoring. A page
 * then costs O(keys x maxPerSleutel) whatever the size of the library, and a build stays
 * linear in the number of stories. With fewer stories per key than the cap, the ranking is exact.
 */
import type { DoorbraakStatus } from '../schema/index.ts';
import { doorbrokenBelemmeringen } from './stand.ts';


export const WEGING = { soort: 3, opgelost: 2, tag: 1, belofte: 1, andereGemeente: 1 } as const;

export interface VerwantInvoer {
  id: string;
  datum: string;
  gemeenten: readonly string[];
  /** Barrier types of all barriers in the story. */
  soorten: readonly string[];
  /** Barrier types of the barriers that a doorbraak in the story solved. */
  opgelosteSoorten: readonly string[];
  tags: readonly string[];
  beloften: readonly number[];
}

export interface Verwant {
  id: string;
  score: number;
  /** Shared barrier types, in A's order. */
  soorten: string[];
  /** Shared barrier types that B solved. */
  opgelost: string[];
  tags: string[];
  beloften: number[];
  andereGemeente: boolean;
}

export interface VerwantIndex {
  verhalen: Map<string, VerwantInvoer>;
  /** Key -> ids of the stories that have it, in input order (newest first), at most maxPerSleutel. */
  postings: Map<string, string[]>;
  /** The same lists as story numbers (input order), and per story its number: for the hot loop. */
  nummers: { van: Map<string, number>; invoer: VerwantInvoer[]; postings: Map<string, Int32Array>; klad: { score: Int32Array; opgelost: Int32Array } };
}

export const MAX_PER_SLEUTEL = 250;

const sleutel = {
  soort: (s: string) => `s:${s}`,
  tag: (t: string) => `t:${t}`,
  belofte: (b: number) => `b:${b}`,
};

const uniek = <T>(xs: readonly T[]): T[] => [...new Set(xs)];

/** Minimal story fields used here; fits Astro's verhalen entries. */
export interface VerhaalVoorIndex {
  id: string;
  data: {
    datum: string;
    gemeenten: readonly string[];
    tags: readonly string[];
    beloften: readonly number[];
    belemmeringen: readonly { id: string; soort: string }[];
    doorbraken: readonly { lost_op: readonly string[]; status: DoorbraakStatus }[];
  };
}

/** Turns a story entry into the fields the ranking needs. */
export function invoerVan(v: VerhaalVoorIndex): VerwantInvoer {
  // Only barriers an implemented breakthrough broke: a proposal elsewhere is no solution to point to.
  const opgelosteIds = doorbrokenBelemmeringen(v.data);
  return {
    id: v.id,
    datum: v.data.datum,
    gemeenten: v.data.gemeenten,
    soorten: uniek(v.data.belemmeringen.map((b) => b.soort)),
    opgelosteSoorten: uniek(v.data.belemmeringen.filter((b) => opgelosteIds.has(b.id)).map((b) => b.soort)),
    tags: uniek(v.data.tags),
    beloften: uniek(v.data.beloften),
  };
}

/** Builds the inverted index once per build; `verhalen` newest first. */
export function maakVerwantIndex(verhalen: readonly VerwantInvoer[], maxPerSleutel = MAX_PER_SLEUTEL): VerwantIndex {
  const index: VerwantIndex = { verhalen: new Map(), postings: new Map(), nummers: { van: new Map(), invoer: [], postings: new Map(), klad: { score: new Int32Array(0), opgelost: new Int32Array(0) } } };
  const voegToe = (k: string, id: string) => {
    const lijst = index.postings.get(k);
    if (!lijst) index.postings.set(k, [id]);
    else if (lijst.length < maxPerSleutel) lijst.push(id);
  };
  for (const v of verhalen) {
    if (index.verhalen.has(v.id)) throw new Error(`Verhaal "${v.id}" komt twee keer voor in de index.`);
    index.verhalen.set(v.id, v);
    index.nummers.van.set(v.id, index.nummers.invoer.length);
    index.nummers.invoer.push(v);
    for (const s of uniek(v.soorten)) voegToe(sleutel.soort(s), v.id);
    for (const t of uniek(v.tags)) voegToe(sleutel.tag(t), v.id);
    for (const b of uniek(v.beloften)) voegToe(sleutel.belofte(b), v.id);
  }
  for (const [k, ids] of index.postings) index.nummers.postings.set(k, Int32Array.from(ids, (id) => index.nummers.van.get(id)!));
  // Scratch space for verwanteVerhalen, reused by every page (it resets what it touched), so a page
  // costs O(candidates), not O(stories).
  index.nummers.klad = { score: new Int32Array(index.nummers.invoer.length), opgelost: new Int32Array(index.nummers.invoer.length) };
  return index;
}

/** The stories most like story `id`, best first; at most `max`. */
export function verwanteVerhalen(index: VerwantIndex, id: string, max = 5): Verwant[] {
  const a = index.verhalen.get(id);
  if (!a) return [];
  // Two passes: score every candidate in typed arrays indexed by story number (a page visits up to
  // ~1,500 candidates), then build the explanation only for the `max` best. Same result as scoring
  // objects per candidate, about ten times faster.
  const { invoer, postings } = index.nummers;
  const zelf = index.nummers.van.get(id)!;
  const { score, opgelost } = index.nummers.klad;
  const geraakt: number[] = [];
  const tel = (b: number, punten: number) => {
    if (b === zelf) return;
    if (score[b] === 0) geraakt.push(b);
    score[b]! += punten;
  };
  for (const s of uniek(a.soorten)) {
    for (const b of postings.get(sleutel.soort(s)) ?? []) {
      if (b !== zelf && invoer[b]!.opgelosteSoorten.includes(s)) {
        tel(b, WEGING.soort + WEGING.opgelost);
        opgelost[b]!++;
      } else tel(b, WEGING.soort);
    }
  }
  for (const t of uniek(a.tags)) for (const b of postings.get(sleutel.tag(t)) ?? []) tel(b, WEGING.tag);
  for (const x of uniek(a.beloften)) for (const b of postings.get(sleutel.belofte(x)) ?? []) tel(b, WEGING.belofte);

  const eigen = new Set(a.gemeenten);
  const anders = (bId: string) => {
    const b = index.verhalen.get(bId)!;
    return b.gemeenten.length > 0 && !b.gemeenten.some((g) => eigen.has(g));
  };
  interface Stand { id: string; score: number; opgelost: number; datum: string }
  const volgorde = (x: Stand, y: Stand): number => {
    if (y.score !== x.score) return y.score - x.score;
    if (y.opgelost !== x.opgelost) return y.opgelost - x.opgelost;
    if (x.datum !== y.datum) return y.datum < x.datum ? -1 : 1;
    return x.id < y.id ? -1 : x.id > y.id ? 1 : 0;
  };
  // Keep only the best `max` (insertion into a short sorted list) instead of sorting all candidates.
  const beste: Stand[] = [];
  for (const b of geraakt) {
    // Most candidates cannot reach the list even with the bonus for another municipality.
    if (beste.length === max && score[b]! + WEGING.andereGemeente < beste[max - 1]!.score) continue;
    const bId = invoer[b]!.id;
    const k: Stand = { id: bId, score: score[b]! + (anders(bId) ? WEGING.andereGemeente : 0), opgelost: opgelost[b]!, datum: invoer[b]!.datum };
    if (beste.length === max && volgorde(k, beste[max - 1]!) >= 0) continue;
    let i = beste.length;
    while (i > 0 && volgorde(k, beste[i - 1]!) < 0) i--;
    beste.splice(i, 0, k);
    if (beste.length > max) beste.pop();
  }
  for (const b of geraakt) score[b] = opgelost[b] = 0;
  return beste.map((k) => uitleg(index, a, k.id, k.score, anders(k.id)));
}

/** Why B is related to A: what they share, in A's order. */
function uitleg(index: VerwantIndex, a: VerwantInvoer, bId: string, score: number, andereGemeente: boolean): Verwant {
  const b = index.verhalen.get(bId)!;
  // A shared key counts only when B is in its posting list: the cap keeps the first stories in
  // input order, so B is in it when B has the key and comes no later than the list's last story.
  const nr = index.nummers.van.get(bId)!;
  const in_ = (k: string, heeft: boolean) => {
    const lijst = index.nummers.postings.get(k);
    return heeft && lijst !== undefined && lijst.length > 0 && nr <= lijst[lijst.length - 1]!;
  };
  const soorten = uniek(a.soorten).filter((s) => in_(sleutel.soort(s), b.soorten.includes(s)));
  return {
    id: bId,
    score,
    soorten,
    opgelost: soorten.filter((s) => b.opgelosteSoorten.includes(s)),
    tags: uniek(a.tags).filter((t) => in_(sleutel.tag(t), b.tags.includes(t))),
    beloften: uniek(a.beloften).filter((x) => in_(sleutel.belofte(x), b.beloften.includes(x))),
    andereGemeente,
  };
}
