/**
 * Messages of the content contract: Dutch texts for zod's built-in checks, typo hints, and the codes
 * that custom issues carry so that callers (the CLI, the form) map errors by code, never by text.
 */
import { z } from 'zod';
import { closest, distance } from 'fastest-levenshtein';

// Global, not per parse: Astro parses the collections itself, without options we could pass.
z.config(z.locales.nl());

/** `params.fout` of the schema's own issues. */
export const FOUTCODES = {
  /** A reference to an id that the taxonomy (or the story) does not have; params: soort, waarde, suggestie. */
  onbekend: 'onbekend',
  /** An id used twice in one list; params: waarde. */
  dubbel: 'dubbel',
  /** A status that needs evidence the story does not give (effect-gemeten without effect or outcome). */
  bewijs: 'bewijs',
  /** A new rapporteur named in a story who is already in content/rapporteurs.yaml; params: waarde (the id). */
  bekend: 'bekend',
} as const;
export type Foutcode = (typeof FOUTCODES)[keyof typeof FOUTCODES];

export interface FoutParams {
  fout: Foutcode;
  /** For `onbekend`: which list the id should come from (a key of Referenties, or `belemmering`/`bron` in the story). */
  soort?: string;
  waarde?: unknown;
  suggestie?: string;
}

/** The params of an issue made by this schema, or undefined for zod's own issues. */
export function foutParams(issue: z.core.$ZodIssue): FoutParams | undefined {
  const p = (issue as { params?: unknown }).params as Partial<FoutParams> | undefined;
  return p && typeof p.fout === 'string' ? (p as FoutParams) : undefined;
}

/** The closest known id, when it is close enough to be a typo. */
export function suggestie(waarde: string, bekend: readonly string[]): string | undefined {
  if (bekend.length === 0) return undefined;
  const klein = waarde.toLowerCase();
  const kandidaat = closest(klein, bekend as string[]);
  const grens = Math.max(2, Math.floor(kandidaat.length / 3));
  if (distance(klein, kandidaat) <= grens) return kandidaat;
  // A shortened id ("entry-exit" for "entry-exit-paradox") is a typo too.
  const voorvoegsel = bekend.filter((id) => klein.length >= 4 && id.startsWith(klein));
  return voorvoegsel.length === 1 ? voorvoegsel[0] : undefined;
}
