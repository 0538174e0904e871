/**
 * Dutch words and Pagefind's Dutch stemmer. Two quirks of Pagefind shape the search page:
 *
 * 1. It stems "schulden" to "schul" but "schuld" to "schuld", so a search for "schuld" misses a story
 *    that only says "schulden" (Pagefind finds words that start with the stem of the query), and
 *    "daklozen" finds nothing where "dakloze" is found. The search page also searches the other forms
 *    of a word (`vormen`: plural, singular) when the result is small enough for that to be cheap.
 * 2. When no indexed word starts with the stem of a query word, Pagefind falls back to the longest
 *    indexed word that the stem starts with: "dakloos" finds every story with "dak", "eenzaamheid"
 *    every story with "een". `isEchteTreffer` tells such a match from a real one, by the words
 *    Pagefind marked in a result.
 */

const WOORD = /^\p{L}+$/u;

/** Lower case, without diacritics and without punctuation around it: "Fryslân," -> "fryslan". */
export function normaal(woord: string): string {
  return woord
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '');
}

/** The words of a query, as typed (white space collapsed). */
export function woordenVan(q: string): string[] {
  return q.split(/\s+/).filter(Boolean);
}

/**
 * The form Pagefind gets for one query word: a plural for a word of four letters or more that ends
 * in a consonant or an "e" ("schuld" -> "schulden", "boete" -> "boeten"). Not for a word that ends in
 * another vowel or an "s": "euro" -> "euroen" and "wijkteams" -> "wijkteamsen" stem to nothing Pagefind
 * knows and would find less than the word itself.
 */
export function zoekvorm(woord: string): string {
  if (woord.length < 4 || !WOORD.test(woord) || /(?:en|s)$/i.test(woord) || /[aiouyáéíóúäëïöü]$/i.test(woord)) return woord;
  return /e$/i.test(woord) ? `${woord}n` : `${woord}en`;
}

/**
 * The forms of a query word Pagefind may know it by, in the order to try: the plural (see above), the
 * word itself, and for a plural the singular: "daklozen" -> "daklozen", "dakloze", "daklooz";
 * "wijkteams" -> "wijkteam". Pagefind stems some plurals to nothing it knows ("daklozen" finds only
 * "dak") while the singular is in the index.
 */
export function vormen(woord: string): string[] {
  const uit = [zoekvorm(woord), woord];
  if (WOORD.test(woord) && woord.length >= 5) {
    if (/en$/i.test(woord)) uit.push(woord.slice(0, -1), woord.slice(0, -2));
    else if (/[^aeiou]s$/i.test(woord)) uit.push(woord.slice(0, -1));
  }
  return [...new Set(uit)];
}

/**
 * What a word found in a story must contain for a match on `woord` to count: the word without its
 * last three letters (an ending), at least four letters. "dakloos" -> "dakl", "schuld" -> "schu".
 */
export function kern(woord: string): string {
  const n = normaal(woord);
  return n.slice(0, Math.max(4, n.length - 3));
}

/**
 * Whether Pagefind found `woord` itself (or a form or compound of it) and not only a much shorter
 * word that it starts with. `gevonden` are the words Pagefind matched in a result: the marked words of
 * the text, and the words of the metadata (title, trefwoorden) when the match was there.
 */
export function isEchteTreffer(woord: string, gevonden: readonly string[]): boolean {
  const n = normaal(woord);
  const k = kern(woord);
  // A typo ("wijktem") has a kern ("wijk") that is itself a word: a word found that is only the start of
  // the query, and under six tenths of it, is Pagefind's fallback, not the word.
  const isBegin = (m: string) => n.startsWith(m) && m.length < n.length * 0.6;
  return gevonden.some((g) => {
    const m = normaal(g);
    return m.includes(k) && !isBegin(m);
  });
}

/**
 * Whether Pagefind found words that contain `vorm` itself, a shortened query word ("daklo"), so that
 * "woorden die beginnen met 'daklo'" is what the results hold ("thuisloz" finding only "thuis" is not).
 */
export function bevatVorm(vorm: string, gevonden: readonly string[]): boolean {
  const v = normaal(vorm);
  return gevonden.some((g) => normaal(g).includes(v));
}

/**
 * Shorter forms of a word to search on when the word itself is not found, longest first, down to
 * six tenths of the word and never under four letters: "dakloos" -> "dakloo", "daklo".
 */
export function kortereVormen(woord: string): string[] {
  const n = normaal(woord);
  const minimum = Math.max(4, Math.ceil(n.length * 0.6));
  const uit: string[] = [];
  for (let l = n.length - 1; l >= minimum; l--) uit.push(n.slice(0, l));
  return uit;
}

/**
 * Words too common to say anything on their own. When no story holds all words of a query, the wider
 * search looks for stories with some of them; "na" in "huisvesting na scheiding" is in nearly all.
 */
const STOPWOORDEN = new Set(
  ('aan al alle als bij dan dat de deze die dit door een en er geen had heb heeft hem het hier hij hoe hun ik in is je ' +
    'kan maar me met mijn na naar niet nog nu of om ons ook op over te tot u uit van veel voor want was wat we wel wie ' +
    'wij wordt worden ze zich zij zijn zo zonder').split(' '),
);

export function isStopwoord(woord: string): boolean {
  return STOPWOORDEN.has(normaal(woord));
}
