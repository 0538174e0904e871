/**
 * When a search becomes its own entry in the browser history, so that Back returns to the previous
 * search and its filters, not to the previous keystroke. Typing changes the current entry; a search
 * is settled (`vastgelegd`) once it was submitted, clicked or chosen (a filter, the order, a suggestion),
 * or once its results have been on screen for a moment without further typing. The next change after
 * a settled search starts a new entry.
 */
export type Aanleiding =
  /** The page opened with this state. */
  | 'start'
  /** A keystroke in the search field. */
  | 'typen'
  /** Enter or the search button. */
  | 'verzenden'
  /** A filter, the order, a suggestion or another link to a search. */
  | 'keuze'
  /** Results of typed words stayed on screen without further typing. */
  | 'pauze'
  /** Back or Forward. */
  | 'terug';

export interface Stap {
  /** What to do with the address: a new entry, the current one, or nothing. */
  geschiedenis: 'nieuw' | 'vervang' | 'niets';
  vastgelegd: boolean;
}

/** `zelfde`: the new state has the same address as the current entry. */
export function geschiedenisStap(aanleiding: Aanleiding, vastgelegd: boolean, zelfde: boolean): Stap {
  switch (aanleiding) {
    case 'start':
      return { geschiedenis: 'vervang', vastgelegd: true };
    case 'terug':
    case 'pauze':
      return { geschiedenis: 'niets', vastgelegd: true };
    case 'typen':
      if (zelfde) return { geschiedenis: 'niets', vastgelegd };
      return { geschiedenis: vastgelegd ? 'nieuw' : 'vervang', vastgelegd: false };
    case 'verzenden':
    case 'keuze':
      if (zelfde) return { geschiedenis: 'niets', vastgelegd: true };
      // A choice made while typing keeps the typed search as an entry of its own.
      return { geschiedenis: vastgelegd || aanleiding === 'keuze' ? 'nieuw' : 'vervang', vastgelegd: true };
  }
}

/** How long typed results must stay on screen to count as a search of their own. */
export const PAUZE_MS = 1000;
