/** The part of Pagefind's browser API the search worker uses (pagefind.app/docs/api/), and how it is loaded. */
import { META_GEWICHTEN } from '../../lib/zoeken/metavelden.ts';

export interface PagefindLocatie {
  weight: number;
  balanced_score: number;
  location: number;
}

export interface PagefindGegevens {
  url: string;
  /** The indexed text of the page, words as Pagefind counts them. */
  content: string;
  meta: Record<string, string | undefined>;
  /** The page's filter values (src/components/ZoekMetadata.astro), e.g. { doelgroep: ['jongeren'] }. */
  filters?: Record<string, string[] | undefined>;
  weighted_locations: PagefindLocatie[];
}

export interface PagefindResultaat {
  id: string;
  score: number;
  /** Metadata fields the query matched (Pagefind 1.5+ searches metadata too). */
  matchedMetaFields?: string[];
  data(): Promise<PagefindGegevens>;
}

export interface PagefindZoekactie {
  results: PagefindResultaat[];
}

export interface Pagefind {
  options(o: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  search(term: string | null, o?: Record<string, unknown>): Promise<PagefindZoekactie>;
  preload(term: string): Promise<void>;
}


/**
 * Fetches Pagefind's script (and with it its WebAssembly and metadata) from `bron`. In the search
 * worker Pagefind runs in that thread (it starts its own worker only in a window).
 */
export async function laadPagefind(bron: string): Promise<Pagefind> {
  const pf = (await import(/* @vite-ignore */ bron)) as Pagefind;
  await pf.options({ ranking: { metaWeights: META_GEWICHTEN } });
  await pf.init();
  return pf;
}
