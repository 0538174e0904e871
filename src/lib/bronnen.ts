/**
 * Sources as a reader sees them: numbered in the order of the story's list, and cited in full, so that
 * every claim on a page points to a place in a document that can be checked.
 */
import type { Bron } from '../schema/index.ts';
import { datumTekst } from './datum.ts';

/** Source id -> its number on the page (1, 2, ...). */
export function bronNummers(bronnen: readonly Pick<Bron, 'id'>[]): Map<string, number> {
  return new Map(bronnen.map((b, i) => [b.id, i + 1]));
}

/** The anchor of a source in the list at the bottom of a story or lab page. */
export const bronAnker = (id: string): string => `bron-${id}`;

/** "Pieter Hilhorst en Jos van der Lans" — Dutch list of names. */
function namen(lijst: readonly string[]): string {
  return lijst.length <= 1 ? (lijst[0] ?? '') : `${lijst.slice(0, -1).join(', ')} en ${lijst.at(-1)}`;
}

/** Where in the document: "essay ‘Nabij is beter’, p. 12-14, dia 7". */
export function vindplaats(b: Pick<Bron, 'deel' | 'pagina' | 'dia'>): string {
  return [b.deel, b.pagina && `p. ${b.pagina.replace('-', '–')}`, b.dia !== undefined && `dia ${b.dia}`].filter(Boolean).join(', ');
}

/** The parts of a full citation, in order; the page renders the title as a link when there is a url. */
export interface Citaat {
  voor: string;
  titel: string;
  na: string;
}

/**
 * "Pieter Hilhorst en Jos van der Lans, " + "Nabij is beter" + " (VNG en KING, 2014), essay ‘…’, p. 12.
 * Geciteerd in: …"
 */
export function citaat(b: Bron): Citaat {
  const uitgave = [b.organisatie, b.datum && datumTekst(b.datum)].filter(Boolean).join(', ');
  const plaats = vindplaats(b);
  return {
    voor: b.auteurs?.length ? `${namen(b.auteurs)}, ` : '',
    titel: b.titel,
    na: `${uitgave ? ` (${uitgave})` : ''}${plaats ? `, ${plaats}` : ''}.${b.geciteerd_in ? ` Geciteerd in: ${b.geciteerd_in}.` : ''}`,
  };
}

/** Whether a reader can find the place: an address, or a page or slide to look up. */
export const isNaTeGaan = (b: Bron): boolean => Boolean(b.url || b.pagina || b.dia !== undefined);
