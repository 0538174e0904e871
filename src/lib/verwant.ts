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
    doorbraken: readonly { lost_op: readonly string[] }[];
  };
}

/** Turns a story entry into the fields the ranking needs. */
export function invoerVan(v: VerhaalVoorIndex): VerwantInvoer {
  const opgelosteIds = new Set(v.data.doorbraken.flatMap((d) => d.lost_op));
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
  const index: VerwantIndex = { verhalen: new Map(), postings: new Map() };
  const voegToe = (k: string, id: string) => {
    const lijst = index.postings.get(k);
    if (!lijst) index.postings.set(k, [id]);
    else if (lijst.length < maxPerSleutel) lijst.push(id);
  };
  for (const v of verhalen) {
    if (index.verhalen.has(v.id)) throw new Error(`Verhaal "${v.id}" komt twee keer voor in de index.`);
    index.verhalen.set(v.id, v);
    for (const s of uniek(v.soorten)) voegToe(sleutel.soort(s), v.id);
    for (const t of uniek(v.tags)) voegToe(sleutel.tag(t), v.id);
    for (const b of uniek(v.beloften)) voegToe(sleutel.belofte(b), v.id);
  }
  return index;
}

/** The stories most like story `id`, best first; at most `max`. */
export function verwanteVerhalen(index: VerwantIndex, id: string, max = 5): Verwant[] {
  const a = index.verhalen.get(id);
  if (!a) return [];
  const kandidaten = new Map<string, Verwant>();
  const kandidaat = (bId: string): Verwant | undefined => {
    if (bId === id) return undefined;
    let k = kandidaten.get(bId);
    if (!k) {
      k = { id: bId, score: 0, soorten: [], opgelost: [], tags: [], beloften: [], andereGemeente: false };
      kandidaten.set(bId, k);
    }
    return k;
  };
  for (const s of uniek(a.soorten)) {
    for (const bId of index.postings.get(sleutel.soort(s)) ?? []) {
      const k = kandidaat(bId);
      if (!k) continue;
      k.soorten.push(s);
      k.score += WEGING.soort;
      if (index.verhalen.get(bId)!.opgelosteSoorten.includes(s)) {
        k.opgelost.push(s);
        k.score += WEGING.opgelost;
      }
    }
  }
  for (const t of uniek(a.tags)) {
    for (const bId of index.postings.get(sleutel.tag(t)) ?? []) {
      const k = kandidaat(bId);
      if (!k) continue;
      k.tags.push(t);
      k.score += WEGING.tag;
    }
  }
  for (const b of uniek(a.beloften)) {
    for (const bId of index.postings.get(sleutel.belofte(b)) ?? []) {
      const k = kandidaat(bId);
      if (!k) continue;
      k.beloften.push(b);
      k.score += WEGING.belofte;
    }
  }
  const eigen = new Set(a.gemeenten);
  for (const k of kandidaten.values()) {
    const b = index.verhalen.get(k.id)!;
    if (b.gemeenten.length > 0 && !b.gemeenten.some((g) => eigen.has(g))) {
      k.andereGemeente = true;
      k.score += WEGING.andereGemeente;
    }
  }
  const volgorde = (x: Verwant, y: Verwant): number => {
    if (y.score !== x.score) return y.score - x.score;
    if (y.opgelost.length !== x.opgelost.length) return y.opgelost.length - x.opgelost.length;
    const dx = index.verhalen.get(x.id)!.datum;
    const dy = index.verhalen.get(y.id)!.datum;
    if (dx !== dy) return dy < dx ? -1 : 1;
    return x.id < y.id ? -1 : x.id > y.id ? 1 : 0;
  };
  // Keep only the best `max` (insertion into a short sorted list) instead of sorting all candidates.
  const beste: Verwant[] = [];
  for (const k of kandidaten.values()) {
    if (beste.length === max && volgorde(k, beste[max - 1]!) >= 0) continue;
    let i = beste.length;
    while (i > 0 && volgorde(k, beste[i - 1]!) < 0) i--;
    beste.splice(i, 0, k);
    if (beste.length > max) beste.pop();
  }
  return beste;
}
