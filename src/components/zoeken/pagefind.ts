/** The part of Pagefind's browser API the search page uses (pagefind.app/docs/api/), and how it is loaded. */
import type { PagefindFilters } from '../../lib/zoeken/staat.ts';

export type Tellingen = Record<string, Record<string, number>>;

export interface PagefindGegevens {
  url: string;
  excerpt: string;
  meta: Record<string, string | undefined>;
}

export interface PagefindResultaat {
  id: string;
  data(): Promise<PagefindGegevens>;
}

export interface PagefindZoekactie {
  results: PagefindResultaat[];
  filters: Tellingen;
}

export interface Pagefind {
  options(o: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  filters(): Promise<Tellingen>;
  search(term: string | null, o?: { filters?: PagefindFilters; sort?: Record<string, string> }): Promise<PagefindZoekactie>;
}

/** Fetches Pagefind's script (and with it its WebAssembly and index) from `bron`, the page's data-pagefind. */
export async function laadPagefind(bron: string): Promise<Pagefind> {
  const pf = (await import(/* @vite-ignore */ bron)) as Pagefind;
  await pf.options({ excerptLength: 24 });
  await pf.init();
  return pf;
}
