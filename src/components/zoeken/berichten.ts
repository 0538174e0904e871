/** What the search page and its worker (werker.ts, motor.ts) say to each other. */
import type { FacetLabels } from '../../lib/zoeken/facetten.ts';
import type { Tellingen } from '../../lib/zoeken/gegevens.ts';
import type { Plaats } from '../../lib/zoeken/plaatsen.ts';
import type { ZoekStaat } from '../../lib/zoeken/staat.ts';
import type { Deel } from '../../lib/zoeken/uittreksel.ts';
import type { Alias } from '../../lib/gemeenten/namen.ts';

export interface Instellingen {
  /** Pagefind's script (pagefind/pagefind.js under the site's base path). */
  pagefind: string;
  /** The folder of facetten.dat and woorden.dat (scripts/zoekindex.ts). */
  gegevens: string;
  labels: FacetLabels;
  aliassen: Alias[];
  /** Per target group its search words: which group a result was found through. */
  doelgroepWoorden: Record<string, string[]>;
}

/** One result as the page shows it. */
export interface Resultaat {
  url: string;
  titel: string;
  samenvatting?: string;
  type?: string;
  gemeente?: string;
  datum?: string;
  uittreksel: Deel[];
  /** In a wider search on some of the words: the words this result has. */
  bevat?: string[];
  /** The target groups (names) whose search words found this result. */
  doelgroepen?: string[];
}

/** How the query was read and, when it found nothing, what the page offers instead. */
export interface Uitleg {
  /** Place names recognised in the query; their stories are searched. */
  plaatsen: Plaats[];
  /** Query words that no story has (or only through a much shorter word, "dakloos" -> "dak"). */
  ontbrekend: string[];
  /** The results shown are not the query's own but a wider search, labelled as such. */
  breder?: { soort: 'korter'; vormen: Record<string, string> } | { soort: 'deel'; woorden: string[] };
  /** "Bedoelde je …?": words of the site close to a missing word. */
  suggesties: string[];
  /** Results that the places and filters leave out: offered as a search without them. */
  zonderBeperking?: { q: string; aantal: number };
}

export interface Antwoord {
  staat: ZoekStaat;
  /** Number of results shown (strict, or the wider search of `uitleg.breder`). */
  aantal: number;
  items: Resultaat[];
  uitleg: Uitleg;
}

export type NaarWerker =
  | { soort: 'start'; instellingen: Instellingen }
  | { soort: 'zoek'; nr: number; staat: ZoekStaat }
  /** While typing: load the index chunks the query will need (Pagefind's preload), without searching. */
  | { soort: 'voorbereid'; staat: ZoekStaat }
  | { soort: 'meer'; nr: number; van: number; aantal: number };

export type VanWerker =
  | { soort: 'klaar' }
  | { soort: 'antwoord'; nr: number; antwoord: Antwoord }
  | { soort: 'meer'; nr: number; items: Resultaat[] }
  | { soort: 'tellingen'; nr: number; tellingen: Tellingen }
  | { soort: 'fout'; nr?: number; wat: 'pagefind' | 'gegevens' | 'zoeken'; bericht: string };

export type { FacetLabels, Tellingen };
