/**
 * A story whose last change is more than three years old asks its readers how things stand now, through
 * the story-idea form with the story filled in (the form's field ids, .github/ISSUE_TEMPLATE/verhaal-idee.yml).
 */

/** Years without a change after which a story invites a follow-up. */
export const VERVOLG_NA_JAREN = 3;

export interface VervolgInvoer {
  titel: string;
  /** Names of the story's municipalities (empty when the source names none). */
  gemeenten: readonly string[];
  domeinen: readonly string[];
  /** Absolute address of the story page. */
  url: string;
}

/** Query fields for verhaalIdeeUrl: the issue title and the form's fields. */
export function vervolgVelden(v: VervolgInvoer): Record<string, string> {
  return {
    title: `Hoe staat het er nu voor? ${v.titel}`,
    ...(v.gemeenten.length ? { gemeente: v.gemeenten.join(', ') } : {}),
    domeinen: v.domeinen.join(','),
    vervolg_op: v.url,
  };
}
