/**
 * The search page's own data beside Pagefind's index, written by scripts/zoekindex.ts from Pagefind's
 * fragments and loaded by the search page's worker only when needed:
 *
 * - facetten: per page (Pagefind's id) its date and facet values. Pagefind can filter and count facets
 *   itself, but counts only after loading every filter file (350 KB at 10,000 stories, before the first
 *   result) and then counts each value by scanning the whole result list (`Vec::contains` per page: about
 *   0.7 s per query at 10,000 stories, on every search). With this table the page counts in a few
 *   milliseconds, after the first results, and sorts by date without Pagefind's sort data in the
 *   metadata every search loads first (22 KB at 10,000).
 * - woorden: the words of the indexed text, most common first, for "Bedoelde je …?" after a search
 *   that finds nothing.
 */
import { FACET_SLEUTELS, isFacet, type Facet } from './facetten.ts';
import { normaal } from './nederlands.ts';
import { WOORDENLIJST_META } from './metavelden.ts';

export const GEGEVENS_VERSIE = 1;

export interface FacetGegevens {
  versie: typeof GEGEVENS_VERSIE;
  /** Column order of `kolommen`. */
  facetten: Facet[];
  /** Per facet (same order): its values. */
  waarden: string[][];
  /** Pagefind's page ids ("nl_1a2b3c4"), separated by spaces. */
  paginas: string;
  /** Per page: its date ("2014", "2014-10" or "2014-10-01"), separated by spaces. */
  datums: string;
  /**
   * Per facet: for each page a token, separated by commas. With at most 30 values a token is the set
   * of values as a bit mask in base 32 ("" for none), else the value numbers in base 36 joined by ".".
   * Gzipped, this is 111 KB at 10,000 stories where JSON arrays per page took 149 KB.
   */
  kolommen: string[];
}

const MASKER_MAX = 30;

function codeer(waarden: readonly number[], masker: boolean): string {
  return masker ? (waarden.length ? waarden.reduce((m, w) => m | (1 << w), 0).toString(32) : '') : waarden.map((w) => w.toString(36)).join('.');
}

function decodeer(token: string, masker: boolean): number[] {
  if (!token) return [];
  if (!masker) return token.split('.').map((t) => parseInt(t, 36));
  const m = parseInt(token, 32);
  const uit: number[] = [];
  for (let w = 0; w < MASKER_MAX; w++) if (m & (1 << w)) uit.push(w);
  return uit;
}

export interface Woordenlijst {
  versie: typeof GEGEVENS_VERSIE;
  /** The words, separated by spaces, most common first. */
  woorden: string;
}

/** What scripts/zoekindex.ts reads from each Pagefind fragment. */
export interface Fragment {
  id: string;
  content: string;
  filters: Record<string, string[]>;
  meta: Record<string, string>;
}

export function maakFacetGegevens(fragmenten: readonly Fragment[]): FacetGegevens {
  const waarden = FACET_SLEUTELS.map(() => new Map<string, number>());
  const leden = fragmenten.map((f) =>
    FACET_SLEUTELS.map((facet, k) =>
      (f.filters[facet] ?? []).map((w) => {
        let nr = waarden[k]!.get(w);
        if (nr === undefined) waarden[k]!.set(w, (nr = waarden[k]!.size));
        return nr;
      }),
    ),
  );
  return {
    versie: GEGEVENS_VERSIE,
    facetten: [...FACET_SLEUTELS],
    waarden: waarden.map((m) => [...m.keys()]),
    paginas: fragmenten.map((f) => f.id).join(' '),
    datums: fragmenten.map((f) => f.meta.datum || '-').join(' '),
    kolommen: FACET_SLEUTELS.map((_, k) => leden.map((rij) => codeer(rij[k]!, waarden[k]!.size <= MASKER_MAX)).join(',')),
  };
}

/** Words of three letters or more from text and metadata, by the number of pages they are on. */
export function maakWoordenlijst(fragmenten: readonly Fragment[]): Woordenlijst {
  const paginas = new Map<string, number>();
  for (const f of fragmenten) {
    const tekst = [f.content, ...WOORDENLIJST_META.map((m) => f.meta[m] ?? '')].join(' ').toLowerCase();
    const hier = new Set(tekst.match(/\p{L}{3,}/gu));
    for (const w of hier) paginas.set(w, (paginas.get(w) ?? 0) + 1);
  }
  const woorden = [...paginas].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).map(([w]) => w);
  return { versie: GEGEVENS_VERSIE, woorden: woorden.join(' ') };
}

/** Facet counts: facet -> value -> number of results. */
export type Tellingen = Partial<Record<Facet, Record<string, number>>>;

/** Chosen values per facet; within a facet any value, across facets all. */
export type Keuzes = Partial<Record<Facet, readonly string[]>>;

/** The facet table in the browser: page lookup, filters, counts and dates. */
export class FacetIndex {
  private readonly ids: string[];
  private readonly datums: string[];
  /** Per facet, per page: value numbers. */
  private readonly leden: number[][][];
  private readonly nummers: Map<string, number>;
  private readonly kolom: Map<Facet, number>;
  private readonly waardeNummers: Map<string, number>[];

  private constructor(g: FacetGegevens, leden: number[][][]) {
    this.ids = g.paginas ? g.paginas.split(' ') : [];
    this.datums = g.datums.split(' ').map((d) => (d === '-' ? '' : d));
    this.leden = leden;
    this.nummers = new Map(this.ids.map((id, i) => [id, i]));
    this.kolom = new Map(g.facetten.filter(isFacet).map((f) => [f, g.facetten.indexOf(f)]));
    this.waardeNummers = g.waarden.map((ws) => new Map(ws.map((w, i) => [w, i])));
    this.waarden = g.waarden;
    this.facetten = g.facetten;
  }

  private readonly waarden: string[][];
  private readonly facetten: Facet[];

  /**
   * Reads the table a facet at a time, giving way in between (`geefRuimte`), so that a search arriving
   * meanwhile need not wait for all of it: at 10,000 stories the whole takes tens of milliseconds.
   */
  static async lees(g: FacetGegevens, geefRuimte: () => Promise<void> = async () => {}): Promise<FacetIndex> {
    if (g.versie !== GEGEVENS_VERSIE) throw new Error(`zoekgegevens: versie ${String(g.versie)}, verwacht ${GEGEVENS_VERSIE}`);
    const leden: number[][][] = [];
    for (const [k, kolom] of g.kolommen.entries()) {
      const masker = g.waarden[k]!.length <= MASKER_MAX;
      leden.push(kolom.split(',').map((t) => decodeer(t, masker)));
      await geefRuimte();
    }
    return new FacetIndex(g, leden);
  }

  get aantal(): number {
    return this.ids.length;
  }

  nummer(id: string): number | undefined {
    return this.nummers.get(id);
  }

  id(nummer: number): string {
    return this.ids[nummer]!;
  }

  datum(nummer: number): string {
    return this.datums[nummer] ?? '';
  }

  /** Per chosen facet: its column and the set of chosen value numbers (unknown values match nothing). */
  private voorwaarden(keuzes: Keuzes): { facet: Facet; kolom: number; set: Set<number> }[] {
    const uit: { facet: Facet; kolom: number; set: Set<number> }[] = [];
    for (const [facet, gekozen] of Object.entries(keuzes) as [Facet, readonly string[]][]) {
      if (!gekozen?.length) continue;
      const kolom = this.kolom.get(facet);
      const set = new Set<number>();
      if (kolom !== undefined) for (const w of gekozen) {
        const nr = this.waardeNummers[kolom]!.get(w);
        if (nr !== undefined) set.add(nr);
      }
      uit.push({ facet, kolom: kolom ?? -1, set });
    }
    return uit;
  }

  /** The pages of `nummers` (in their order) that have a chosen value in every chosen facet. */
  filter(nummers: readonly number[], keuzes: Keuzes): number[] {
    const eisen = this.voorwaarden(keuzes);
    if (!eisen.length) return [...nummers];
    return nummers.filter((p) => eisen.every((e) => e.kolom >= 0 && this.leden[e.kolom]![p]!.some((w) => e.set.has(w))));
  }

  /** The pages of `nummers` that have at least one of `plaatsen` (places named in a query: any of them). */
  filterPlaatsen(nummers: readonly number[], plaatsen: readonly { facet: Facet; waarde: string }[]): number[] {
    const eisen = plaatsen.flatMap(({ facet, waarde }) => {
      const kolom = this.kolom.get(facet);
      const nr = kolom === undefined ? undefined : this.waardeNummers[kolom]!.get(waarde);
      return kolom === undefined || nr === undefined ? [] : [{ kolom, nr }];
    });
    return nummers.filter((p) => eisen.some((e) => this.leden[e.kolom]![p]!.includes(e.nr)));
  }

  /**
   * Counts per facet value over `nummers`, each facet counted under the other facets' choices only,
   * so a chosen facet's other values show how many results they would add.
   */
  tel(nummers: readonly number[], keuzes: Keuzes): Tellingen {
    const eisen = this.voorwaarden(keuzes);
    const tellers = this.waarden.map((ws) => new Uint32Array(ws.length));
    const kolommen = this.leden.length;
    for (const p of nummers) {
      let gemist = -1;
      let aantalGemist = 0;
      for (const e of eisen) {
        if (e.kolom >= 0 && this.leden[e.kolom]![p]!.some((w) => e.set.has(w))) continue;
        aantalGemist++;
        gemist = e.kolom;
        if (aantalGemist > 1) break;
      }
      if (aantalGemist > 1) continue;
      for (let k = 0; k < kolommen; k++) {
        if (aantalGemist === 1 && k !== gemist) continue;
        for (const w of this.leden[k]![p]!) tellers[k]![w]!++;
      }
    }
    const uit: Tellingen = {};
    this.facetten.forEach((facet, k) => {
      if (!isFacet(facet)) return;
      const telling: Record<string, number> = {};
      this.waarden[k]!.forEach((w, i) => {
        telling[w] = tellers[k]![i]!;
      });
      uit[facet] = telling;
    });
    return uit;
  }

  /** Newest first; equal dates keep their order. */
  nieuwsteEerst(nummers: readonly number[]): number[] {
    return [...nummers].sort((a, b) => (this.datum(b) < this.datum(a) ? -1 : this.datum(b) > this.datum(a) ? 1 : 0));
  }
}

/** Words for "Bedoelde je …?": close to `woord` by spelling or by a shared beginning, most common first. */
export function suggesties(woord: string, kandidaten: readonly string[], max = 3): string[] {
  const n = normaal(woord);
  if (n.length < 3) return [];
  const maxAfstand = n.length <= 4 ? 1 : 2;
  const begin = n.slice(0, Math.max(4, n.length - 3));
  const gevonden: { w: string; score: number; rang: number }[] = [];
  const gezien = new Set<string>([n]);
  kandidaten.forEach((kandidaat, rang) => {
    const k = normaal(kandidaat);
    if (gezien.has(k) || Math.abs(k.length - n.length) > 3) return;
    const afstand = levenshtein(n, k, maxAfstand);
    // Sharing the start counts for a longer word ("mantelzorgers" for "mantelzrog"), not for the start
    // of the query itself: "wijk" for "wijktem" is the word Pagefind fell back to, not what was meant.
    const zelfdeBegin = k.startsWith(begin) && !n.startsWith(k);
    if (afstand > maxAfstand && !zelfdeBegin) return;
    gezien.add(k);
    gevonden.push({ w: kandidaat, score: Math.min(afstand, zelfdeBegin ? 1 : afstand), rang });
  });
  return gevonden
    .sort((a, b) => a.score - b.score || a.rang - b.rang)
    .slice(0, max)
    .map((g) => g.w);
}

/**
 * Edit distance, stopped once it exceeds `grens` (then grens + 1). Written out rather than taken from
 * fastest-levenshtein: the browser runs it over every word of the list, and most words are far off.
 */
export function levenshtein(a: string, b: string, grens = Infinity): number {
  if (Math.abs(a.length - b.length) > grens) return grens + 1;
  let vorige = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const rij = [i];
    let kleinste = i;
    for (let j = 1; j <= b.length; j++) {
      const v = Math.min(vorige[j]! + 1, rij[j - 1]! + 1, vorige[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
      rij.push(v);
      if (v < kleinste) kleinste = v;
    }
    if (kleinste > grens) return grens + 1;
    vorige = rij;
  }
  return vorige[b.length]!;
}
