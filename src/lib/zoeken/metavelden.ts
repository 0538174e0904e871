/**
 * The Pagefind metadata of a story or lab page (src/components/ZoekMetadata.astro) and what a match in
 * each field weighs (Pagefind's `ranking.metaWeights`; a word of text weighs 1). The author's
 * trefwoorden count as much as the title (Pagefind's default 5); a place or wijk twice a word of text; a
 * target group's search words as much as a word of text, as they are on every story of the group; date
 * and type are metadata to show, not to find (Pagefind still matches them, at score 0).
 */
export const META_GEWICHTEN = { title: 5, trefwoorden: 5, gemeente: 2, wijk: 2, doelgroepen: 1, samenvatting: 1, datum: 0, type: 0 } as const;

export type MetaVeld = keyof typeof META_GEWICHTEN;

/** The fields whose words can match a query, and so count as found and belong in the suggestions. */
export const ZOEKBARE_META: readonly string[] = Object.entries(META_GEWICHTEN)
  .filter(([, gewicht]) => gewicht > 0)
  .map(([veld]) => veld);

/**
 * The fields whose words go into the site's word list (suggestions, and the wider search on a shortened
 * word): not a target group's search words, which stand on no page; as a suggestion they would lead to
 * stories that never say them.
 */
export const WOORDENLIJST_META: readonly string[] = ZOEKBARE_META.filter((veld) => veld !== 'doelgroepen');
