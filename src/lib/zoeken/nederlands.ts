/**
 * Dutch help for Pagefind's Dutch stemmer. It stems "schulden" to "schul" but "schuld" to
 * "schuld", so a search for "schuld" misses a story that only says "schulden" as soon as
 * another story says "schuld" (Pagefind then has an exact stem and stops looking wider).
 * The plural form of the query stems to the shorter root and so usually finds both; the
 * search page uses it only when it finds everything the original query found, and more.
 */

const WOORD = /^\p{L}+$/u;

/** The query with each word of four letters or more in a plural form: "schuld" -> "schulden", "boete" -> "boeten". */
export function meervoudsvorm(q: string): string | undefined {
  let veranderd = false;
  const woorden = q
    .split(' ')
    .filter(Boolean)
    .map((w) => {
      if (w.length < 4 || !WOORD.test(w) || /en$/i.test(w)) return w;
      veranderd = true;
      return /e$/i.test(w) ? `${w}n` : `${w}en`;
    });
  return veranderd ? woorden.join(' ') : undefined;
}

/** Whether `breder` holds every id of `smal` and at least one more. */
export function isRuimer(breder: readonly string[], smal: readonly string[]): boolean {
  const set = new Set(breder);
  return breder.length > smal.length && smal.every((id) => set.has(id));
}
