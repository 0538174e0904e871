/**
 * The search itself, run in the search page's worker (werker.ts): Pagefind for the words, the page's own
 * data (src/lib/zoeken/gegevens.ts) for facets, places and dates, and what to offer when a query finds
 * nothing. Results stay here; the page gets only the ones it shows.
 *
 * A query is read as places and words (src/lib/zoeken/plaatsen.ts). The words go to Pagefind as typed,
 * and in their other forms when the result is small enough for that to be cheap (src/lib/zoeken/
 * nederlands.ts); the result counts only when every word was really found, not through a much shorter word. Otherwise the page says so, and offers a wider search: shorter forms
 * of the missing words, or the stories that have some of the words, labelled as such; plus
 * "Bedoelde je …?" from the words of the site.
 */
import { isLeeg, type ZoekStaat } from '../../lib/zoeken/staat.ts';
import { FacetIndex, suggesties, type FacetGegevens, type Tellingen, type Woordenlijst } from '../../lib/zoeken/gegevens.ts';
import { isEchteTreffer, isStopwoord, kortereVormen, normaal, vormen, woordenVan } from '../../lib/zoeken/nederlands.ts';
import { herkenPlaatsen, maakPlaatsregister, type Plaats, type Plaatsregister } from '../../lib/zoeken/plaatsen.ts';
import { gemarkeerdeWoorden, zinUittreksel } from '../../lib/zoeken/uittreksel.ts';
import { ZOEKBARE_META } from '../../lib/zoeken/metavelden.ts';
import { gevondenViaDoelgroep } from '../../lib/zoeken/doelgroepen.ts';
import type { Antwoord, Instellingen, Resultaat, Uitleg } from './berichten.ts';
import { laadPagefind, type Pagefind, type PagefindGegevens, type PagefindResultaat } from './pagefind.ts';

/** A result before it is shown: Pagefind's, with the query words it has in a wider search. */
interface Treffer {
  id: string;
  score: number;
  data(): Promise<PagefindGegevens>;
  bevat?: string[];
}

interface WoordStand {
  /** Found as itself (or a form or compound of it), not only through a much shorter word. */
  echt: boolean;
  treffers: PagefindResultaat[];
}

const BEWAAR = 64;
/** Results shown at a time (and fetched ahead). */
const PER_KEER = 10;
/**
 * Below this many results the words are also searched in their other forms (src/lib/zoeken/nederlands.ts:
 * Pagefind stems "schulden" and "schuld" apart). Above it a word is common and its other forms add a
 * fraction of a percent ("schulden" adds 47 pages to the 9,886 of "schuld" at 10,000 stories), while each
 * would cost a search as long as the first (Pagefind scores every result: ~70 ms) and, for a plural,
 * another index chunk (34 KB before the first results).
 */
const VOLLEDIG_ONDER = 2000;
/** How many of the site's words that start with a shortened query word the wider search takes (most common first). */
const AANVULLINGEN = 8;

/** Reads a gzipped data file of scripts/zoekindex.ts (a host may already have unpacked it). */
async function leesDat<T>(url: string): Promise<T> {
  const antwoord = await fetch(url, { cache: 'no-cache' });
  if (!antwoord.ok) throw new Error(`${url}: ${antwoord.status}`);
  const bytes = new Uint8Array(await antwoord.arrayBuffer());
  const gzip = bytes[0] === 0x1f && bytes[1] === 0x8b;
  const tekst = gzip
    ? await new Response(new Blob([bytes]).stream().pipeThrough(new DecompressionStream('gzip'))).text()
    : new TextDecoder().decode(bytes);
  return JSON.parse(tekst) as T;
}

export class Zoekmotor {
  private pf!: Pagefind;
  private readonly plaatsregister: Plaatsregister;
  private facetIndex?: Promise<FacetIndex>;
  private woordenlijst?: Promise<string[]>;
  private alleTreffers?: Promise<Map<string, PagefindResultaat>>;
  private readonly zoekCache = new Map<string, Promise<PagefindResultaat[]>>();
  private readonly standCache = new Map<string, Promise<WoordStand>>();
  /** The last search, for "show more" and the counts: its results and the words of its query (places taken out). */
  private laatste: { treffers: Treffer[]; basis: number[] | undefined; staat: ZoekStaat; woorden: string[] } | undefined;

  constructor(private readonly instellingen: Instellingen) {
    this.plaatsregister = maakPlaatsregister(instellingen.labels.gemeente, instellingen.labels.provincie, instellingen.aliassen);
  }

  async start(): Promise<void> {
    this.pf = await laadPagefind(this.instellingen.pagefind);
  }

  /** The facet table; fetched on first use (a filter, a place, date order, or the counts). */
  gegevens(): Promise<FacetIndex> {
    // Read a facet at a time, letting a search that arrives meanwhile go first.
    this.facetIndex ??= leesDat<FacetGegevens>(`${this.instellingen.gegevens}facetten.dat`).then((g) => FacetIndex.lees(g, () => new Promise((r) => setTimeout(r, 0))));
    this.facetIndex.catch(() => (this.facetIndex = undefined));
    return this.facetIndex;
  }

  private woorden(): Promise<string[]> {
    this.woordenlijst ??= leesDat<Woordenlijst>(`${this.instellingen.gegevens}woorden.dat`).then((w) => w.woorden.split(' '));
    this.woordenlijst.catch(() => (this.woordenlijst = undefined));
    return this.woordenlijst;
  }

  private zoekPagefind(term: string | null): Promise<PagefindResultaat[]> {
    const sleutel = term ?? '\u0000alles';
    let r = this.zoekCache.get(sleutel);
    if (!r) {
      r = this.pf.search(term).then((s) => s.results);
      r.catch(() => this.zoekCache.delete(sleutel));
      if (this.zoekCache.size >= BEWAAR) this.zoekCache.delete(this.zoekCache.keys().next().value!);
      this.zoekCache.set(sleutel, r);
    }
    return r;
  }

  /** Every page, by id (for a search on places or filters only). */
  private alle(): Promise<Map<string, PagefindResultaat>> {
    this.alleTreffers ??= this.zoekPagefind(null).then((rs) => new Map(rs.map((r) => [r.id, r])));
    return this.alleTreffers;
  }

  /** The words Pagefind matched in a result: marked words of the text and the matched metadata. */
  private static async gevonden(r: PagefindResultaat): Promise<string[]> {
    const d = await r.data();
    const meta = (r.matchedMetaFields ?? []).filter((m) => ZOEKBARE_META.includes(m)).flatMap((m) => (d.meta[m] ?? '').split(/\s+/));
    return [...gemarkeerdeWoorden(d.content, d.weighted_locations), ...meta];
  }

  /** Whether a word (searched as `vorm`) is really in the index; Pagefind's fallback applies to all pages alike, so the first result tells. */
  private stand(woord: string, vorm: string): Promise<WoordStand> {
    const sleutel = `${woord}\u0000${vorm}`;
    let s = this.standCache.get(sleutel);
    if (!s) {
      s = (async () => {
        const treffers = await this.zoekPagefind(vorm);
        if (!treffers.length) return { treffers, echt: false };
        return { treffers, echt: isEchteTreffer(woord, await Zoekmotor.gevonden(treffers[0]!)) };
      })();
      s.catch(() => this.standCache.delete(sleutel));
      if (this.standCache.size >= BEWAAR) this.standCache.delete(this.standCache.keys().next().value!);
      this.standCache.set(sleutel, s);
    }
    return s;
  }

  /** The stories with some of the words, most words first (a query whose words are in different stories). */
  private static deel(lijsten: { woord: string; treffers: readonly Treffer[] }[]): Treffer[] {
    const per = new Map<string, Treffer & { bevat: string[] }>();
    for (const { woord, treffers } of lijsten) {
      for (const t of treffers) {
        const bestaand = per.get(t.id);
        if (bestaand) {
          bestaand.bevat.push(woord);
          bestaand.score += t.score;
        } else per.set(t.id, { id: t.id, score: t.score, data: () => t.data(), bevat: [woord] });
      }
    }
    return [...per.values()].sort((a, b) => b.bevat.length - a.bevat.length || b.score - a.score);
  }

  /**
   * The results of every form of `woord` that Pagefind really knows (see `vormen`: "dakloze" and
   * "daklozen" stem apart), best score per page; empty when no form is found except through a much
   * shorter word.
   */
  private async vormTreffers(woord: string): Promise<Treffer[]> {
    return Zoekmotor.besteScore(await Promise.all(vormen(woord).map((vorm) => this.stand(woord, vorm))));
  }

  /** The results of the searches that really found their word, best score per page, best first. */
  private static besteScore(standen: readonly WoordStand[]): Treffer[] {
    const per = new Map<string, Treffer>();
    for (const s of standen) {
      if (!s.echt) continue;
      for (const t of s.treffers) if ((per.get(t.id)?.score ?? -Infinity) < t.score) per.set(t.id, t);
    }
    return [...per.values()].sort((a, b) => b.score - a.score);
  }

  /**
   * The wider search on a shortened word ("wijkte" for the typo "wijktem"): the site's own words that
   * start with it (the word list, most common first), each searched as itself, best score per page.
   * Not "wijkte" itself: Pagefind's stemmer makes that "wijk", and every story with "wijkverpleging"
   * would come along under the label "woorden die beginnen met "wijkte"".
   */
  private async beginTreffers(vorm: string): Promise<Treffer[]> {
    const woorden = await this.woorden().catch(() => [] as string[]);
    const aanvullingen = woorden.filter((w) => normaal(w).startsWith(vorm)).slice(0, AANVULLINGEN);
    return Zoekmotor.besteScore(await Promise.all(aanvullingen.map((w) => this.stand(w, w))));
  }

  /** Pages in every list, scores added up, best first. */
  private static doorsnede(lijsten: readonly Treffer[][]): Treffer[] {
    const [eerste = [], ...rest] = lijsten;
    const scores = rest.map((l) => new Map(l.map((t) => [t.id, t.score])));
    return eerste
      .filter((t) => scores.every((m) => m.has(t.id)))
      .map((t) => ({ id: t.id, data: () => t.data(), score: t.score + scores.reduce((n, m) => n + m.get(t.id)!, 0) }))
      .sort((a, b) => b.score - a.score);
  }

  /** The text search for `woorden`: strict when every word is found, else a wider search and what is missing. */
  private async tekst(woorden: string[], voorsprong: boolean): Promise<{ treffers: Treffer[]; uitleg: Pick<Uitleg, 'ontbrekend' | 'breder'> }> {
    // One search for the usual case: the words as typed, all together (Pagefind's AND).
    const hoofd = await this.zoekPagefind(woorden.join(' '));
    // Usually these are the results to show: fetch them while the first one is checked (Pagefind keeps them).
    if (voorsprong) for (const t of hoofd.slice(0, PER_KEER)) t.data().catch(() => undefined);
    if (hoofd.length && (await this.alleEcht(woorden, hoofd[0]!))) {
      // A common word is on most pages in every form: the other forms would cost a search as long as
      // this one (and, for a plural, another index chunk) to add a fraction of a percent.
      if (hoofd.length >= VOLLEDIG_ONDER) return { treffers: hoofd, uitleg: { ontbrekend: [] } };
      // A rarer word may be in other pages in another form ("schulden" next to "schuld"): cheap to add now.
      const perWoord = await Promise.all(woorden.map((w) => this.vormTreffers(w)));
      const alle = woorden.length === 1 ? perWoord[0]! : Zoekmotor.doorsnede(perWoord);
      const ids = new Set(hoofd.map((t) => t.id));
      return { treffers: [...hoofd, ...alle.filter((t) => !ids.has(t.id))], uitleg: { ontbrekend: [] } };
    }
    const perWoord = await Promise.all(woorden.map((w) => this.vormTreffers(w)));
    const ontbrekend = woorden.filter((_, i) => !perWoord[i]!.length);
    if (!ontbrekend.length) {
      const samen = Zoekmotor.doorsnede(perWoord);
      if (samen.length) return { treffers: samen, uitleg: { ontbrekend: [] } };
    }
    // Shorter forms of the missing words, longest first: "dakloos" -> "daklo" finds "dakloze".
    const korter: Record<string, string> = {};
    const lijsten: { woord: string; treffers: readonly Treffer[] }[] = [];
    for (const [i, w] of woorden.entries()) {
      if (perWoord[i]!.length) {
        if (!isStopwoord(w)) lijsten.push({ woord: w, treffers: perWoord[i]! });
        continue;
      }
      for (const vorm of kortereVormen(w)) {
        const treffers = await this.beginTreffers(vorm);
        if (treffers.length) {
          korter[w] = vorm;
          lijsten.push({ woord: vorm, treffers });
          break;
        }
      }
    }
    const metKorter = Object.keys(korter).length > 0;
    if (metKorter && woorden.every((w, i) => korter[w] || perWoord[i]!.length)) {
      const samen = Zoekmotor.doorsnede(woorden.map((w, i) => (korter[w] ? lijsten.find((l) => l.woord === korter[w])!.treffers : perWoord[i]!) as Treffer[]));
      if (samen.length) return { treffers: samen, uitleg: { ontbrekend, breder: { soort: 'korter', vormen: korter } } };
    }
    // Stories with some of the words (a query whose words are in different stories).
    if (woorden.length < 2 && !metKorter) return { treffers: [], uitleg: { ontbrekend } };
    const breed = Zoekmotor.deel(lijsten);
    if (!breed.length) return { treffers: [], uitleg: { ontbrekend } };
    return { treffers: breed, uitleg: { ontbrekend, breder: { soort: 'deel', woorden: lijsten.map((l) => l.woord) } } };
  }

  /** Whether the first result shows every word really found (not Pagefind's fallback to a shorter word). */
  private async alleEcht(woorden: readonly string[], eerste: PagefindResultaat): Promise<boolean> {
    const gevonden = await Zoekmotor.gevonden(eerste);
    return woorden.every((w) => isEchteTreffer(w, gevonden));
  }

  async zoek(staat: ZoekStaat): Promise<Antwoord> {
    const leeg: Uitleg = { plaatsen: [], ontbrekend: [], suggesties: [] };
    if (isLeeg(staat)) {
      this.laatste = { treffers: [], basis: undefined, staat, woorden: [] };
      return { staat, aantal: 0, items: [], uitleg: leeg };
    }
    const { plaatsen, rest } = herkenPlaatsen(staat.q, this.plaatsregister);
    const woorden = woordenVan(rest);
    const uitleg: Uitleg = { ...leeg, plaatsen };
    const metFilters = Object.values(staat.filters).some((w) => w?.length);
    const gi = metFilters || plaatsen.length || woorden.length === 0 || staat.volgorde === 'datum' ? await this.gegevens() : undefined;

    let treffers: Treffer[];
    if (woorden.length) {
      const t = await this.tekst(woorden, !gi);
      treffers = t.treffers;
      Object.assign(uitleg, t.uitleg);
      if (t.uitleg.ontbrekend.length) {
        const kandidaten = [...this.plaatsnamen(), ...(await this.woorden().catch(() => [] as string[]))];
        uitleg.suggesties = [...new Set(t.uitleg.ontbrekend.flatMap((w) => suggesties(w, kandidaten)))].slice(0, 4);
      }
    } else {
      const alle = await this.alle();
      treffers = [...alle.values()];
    }

    let basis: number[] | undefined;
    let getoond = treffers;
    if (gi) {
      const perId = new Map(treffers.map((t) => [t.id, t]));
      basis = treffers.flatMap((t) => {
        const nr = gi.nummer(t.id);
        return nr === undefined ? [] : [nr];
      });
      if (plaatsen.length) basis = gi.filterPlaatsen(basis, plaatsen.map((p) => ({ facet: p.soort, waarde: p.id })));
      let nummers = gi.filter(basis, staat.filters);
      if (staat.volgorde === 'datum' || woorden.length === 0) nummers = gi.nieuwsteEerst(nummers);
      getoond = nummers.map((nr) => perId.get(gi.id(nr))!);
      if (!getoond.length && treffers.length && woorden.length) uitleg.zonderBeperking = { q: rest, aantal: treffers.length };
    }
    this.laatste = { treffers: getoond, basis, staat, woorden };
    const items = await this.items(getoond.slice(0, PER_KEER));
    return { staat, aantal: getoond.length, items, uitleg };
  }

  /** Loads the index chunks a search will need, while another search still runs (Pagefind's preload). */
  async voorbereid(staat: ZoekStaat): Promise<void> {
    const woorden = woordenVan(herkenPlaatsen(staat.q, this.plaatsregister).rest);
    if (woorden.length) await this.pf.preload(woorden.join(' '));
  }

  /** The next results of the last search. */
  async meer(van: number, aantal: number): Promise<Resultaat[]> {
    return this.items((this.laatste?.treffers ?? []).slice(van, van + aantal));
  }

  /** Facet counts for the last search (or every page when there is none), each facet under the others' choices. */
  async tellingen(): Promise<Tellingen> {
    const laatste = this.laatste;
    const gi = await this.gegevens();
    if (!laatste || isLeeg(laatste.staat)) return gi.tel(Array.from({ length: gi.aantal }, (_, i) => i), {});
    const basis = laatste.basis ?? laatste.treffers.flatMap((t) => {
      const nr = gi.nummer(t.id);
      return nr === undefined ? [] : [nr];
    });
    return gi.tel(basis, laatste.staat.filters);
  }

  private plaatsnamen(): string[] {
    const { gemeente, provincie, tag } = this.instellingen.labels;
    return [...Object.values(gemeente), ...Object.values(provincie), ...this.instellingen.aliassen.flatMap((a) => a.namen), ...Object.values(tag)];
  }

  private async items(treffers: readonly Treffer[]): Promise<Resultaat[]> {
    const gegevens = await Promise.all(treffers.map((t) => t.data()));
    const woorden = this.laatste?.woorden ?? [];
    return gegevens.map((d, i) => {
      const m = d.meta;
      const r: Resultaat = { url: d.url, titel: m.title ?? d.url, uittreksel: zinUittreksel(d.content, d.weighted_locations) };
      if (m.samenvatting) r.samenvatting = m.samenvatting;
      if (m.type) r.type = m.type;
      if (m.gemeente) r.gemeente = m.gemeente;
      if (m.datum) r.datum = m.datum;
      const bevat = treffers[i]!.bevat;
      if (bevat) r.bevat = bevat;
      const via = gevondenViaDoelgroep(d.filters?.doelgroep ?? [], this.instellingen.doelgroepWoorden, woorden);
      if (via.length) r.doelgroepen = via.map((id) => this.instellingen.labels.doelgroep[id] ?? id);
      return r;
    });
  }
}

export type { Plaats };
