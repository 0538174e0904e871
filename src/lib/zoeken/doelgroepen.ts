/**
 * Target groups as a reason for a result: a story for Dak- en thuislozen is found by "dakloos" through
 * the group's search words (content/doelgroepen.yaml, Pagefind metadata `doelgroepen`), which never show
 * on the page. The result then says which group it was found through.
 */
import { isEchteTreffer } from './nederlands.ts';

/** The groups of a page (`ids`) whose search words hold one of the query's words, in the page's order. */
export function gevondenViaDoelgroep(ids: readonly string[], zoekwoorden: Readonly<Record<string, readonly string[]>>, woorden: readonly string[]): string[] {
  return ids.filter((id) => {
    const eigen = (zoekwoorden[id] ?? []).flatMap((z) => z.split(/\s+/));
    return woorden.some((w) => isEchteTreffer(w, eigen));
  });
}
