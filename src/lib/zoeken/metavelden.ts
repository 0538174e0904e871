/**
 * The Pagefind metadata of a story or lab page (src/components/ZoekMetadata.astro) and what a match in
 * each field weighs (Pagefind's `ranking.metaWeights`; a word of text weighs 1). The author's
 * trefwoorden count as much as the title (Pagefind's default 5); a place, a wijk or a target group
 * twice a word of text; date and type are metadata to show, not to find.
 */
export const META_GEWICHTEN = { title: 5, trefwoorden: 5, gemeente: 2, wijk: 2, doelgroepen: 2, samenvatting: 1, datum: 0, type: 0 } as const;

export type MetaVeld = keyof typeof META_GEWICHTEN;

/** The fields whose words can match a query, and so count as found and belong in the suggestions. */
export const ZOEKBARE_META: readonly string[] = Object.entries(META_GEWICHTEN)
  .filter(([, gewicht]) => gewicht > 0)
  .map(([veld]) => veld);
