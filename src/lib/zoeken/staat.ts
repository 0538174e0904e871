/**
 * The state of a search (query, chosen filter values, order) and its URL form, so a search
 * can be shared and bookmarked: ?q=schuld&tag=integraal&gemeente=leeuwarden&volgorde=datum.
 */
import { FACET_SLEUTELS, isFacet, type Facet } from './facetten.ts';

export type Volgorde = 'relevantie' | 'datum';

export interface ZoekStaat {
  q: string;
  filters: Partial<Record<Facet, string[]>>;
  volgorde: Volgorde;
}

export const MAX_ZOEKTERM = 200;
const WAARDE = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** Collapses white space and cuts very long input; Pagefind handles case and diacritics itself. */
export function schoonZoekterm(q: string): string {
  return q.replace(/\s+/g, ' ').trim().slice(0, MAX_ZOEKTERM).trim();
}

export function leegStaat(): ZoekStaat {
  return { q: '', filters: {}, volgorde: 'relevantie' };
}

/**
 * Reads a state from a query string. Unknown parameters and malformed values (a shared link
 * that was cut off or edited by hand) are ignored rather than breaking the page.
 */
export function leesStaat(zoek: string | URLSearchParams): ZoekStaat {
  const params = typeof zoek === 'string' ? new URLSearchParams(zoek) : zoek;
  const staat = leegStaat();
  staat.q = schoonZoekterm(params.get('q') ?? '');
  for (const [sleutel, ruw] of params) {
    if (!isFacet(sleutel)) continue;
    // Both ?tag=a&tag=b and ?tag=a,b are accepted.
    for (const deel of ruw.split(',')) {
      const waarde = deel.trim().toLowerCase();
      if (!WAARDE.test(waarde)) continue;
      const lijst = (staat.filters[sleutel] ??= []);
      if (!lijst.includes(waarde)) lijst.push(waarde);
    }
  }
  if (params.get('volgorde') === 'datum') staat.volgorde = 'datum';
  return staat;
}

/** The query string of a state ("" for an empty search), in a stable order. */
export function schrijfStaat(staat: ZoekStaat): string {
  const params = new URLSearchParams();
  const q = schoonZoekterm(staat.q);
  if (q) params.set('q', q);
  for (const f of FACET_SLEUTELS) {
    for (const w of staat.filters[f] ?? []) params.append(f, w);
  }
  if (staat.volgorde === 'datum') params.set('volgorde', 'datum');
  const s = params.toString();
  return s ? `?${s}` : '';
}

export function heeftFilters(staat: ZoekStaat): boolean {
  return FACET_SLEUTELS.some((f) => (staat.filters[f]?.length ?? 0) > 0);
}

/** Whether there is anything to search for: a query or at least one filter. */
export function isLeeg(staat: ZoekStaat): boolean {
  return !schoonZoekterm(staat.q) && !heeftFilters(staat);
}

export type PagefindFilters = Record<string, { any: string[] }>;

/**
 * Pagefind filters for a state: values within a facet widen the search (any), facets narrow
 * it (all). `behalve` leaves one facet out, to count that facet's values as if it were not
 * chosen (so ticking a second gemeente shows how many results it adds).
 */
export function pagefindFilters(staat: ZoekStaat, behalve?: Facet): PagefindFilters {
  const uit: PagefindFilters = {};
  for (const f of FACET_SLEUTELS) {
    const waarden = staat.filters[f] ?? [];
    if (f !== behalve && waarden.length) uit[f] = { any: [...waarden] };
  }
  return uit;
}

/** Newest first when asked, and when there is no query to rank by (only filters). */
export function pagefindSortering(staat: ZoekStaat): Record<string, 'asc' | 'desc'> | undefined {
  return staat.volgorde === 'datum' || !schoonZoekterm(staat.q) ? { datum: 'desc' } : undefined;
}

/** A copy of the state with one filter value switched on or off. */
export function zetFilter(staat: ZoekStaat, facet: Facet, waarde: string, aan: boolean): ZoekStaat {
  const huidige = staat.filters[facet] ?? [];
  const nieuw = aan ? (huidige.includes(waarde) ? huidige : [...huidige, waarde]) : huidige.filter((w) => w !== waarde);
  const filters = { ...staat.filters, [facet]: nieuw };
  if (!nieuw.length) delete filters[facet];
  return { ...staat, filters };
}
