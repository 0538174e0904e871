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
    uit.push(...wisselvormen(woord));
  }
  return [...new Set(uit)];
}

// A consonant: a letter that is not a vowel ("1oos" has no long vowel after a consonant).
const LANG_OP_S_OF_F = /^(\p{L}*[^\P{L}aeiou])([aeou])\2([sf])$/iu;
const KORT_MET_Z_OF_V = /^(\p{L}*[^\P{L}aeiou])([aeou])([zv])(en?)?$/iu;

/**
 * Dutch spelling writes a long vowel before a last s or f double, and single, with a z or v, before an
 * ending: "dakloos" -> "dakloze", "daklozen"; "werklozen" -> "werkloos". Pagefind's stemmer keeps the
 * two apart, so a search for "dakloos" would miss a story that says "dakloze".
 */
export function wisselvormen(woord: string): string[] {
  const lang = LANG_OP_S_OF_F.exec(woord);
  if (lang) {
    const [, begin, klinker, medeklinker] = lang;
    const stam = `${begin}${klinker}${medeklinker!.toLowerCase() === 's' ? 'z' : 'v'}`;
    return [`${stam}e`, `${stam}en`];
  }
  const kort = KORT_MET_Z_OF_V.exec(woord);
  if (kort?.[4]) {
    const [, begin, klinker, medeklinker] = kort;
    return [`${begin}${klinker}${klinker}${medeklinker!.toLowerCase() === 'z' ? 's' : 'f'}`];
  }
  return [];
}

/**
 * Whether Pagefind found `woord` itself (or a form or compound of it) and not only a shorter word that
 * it starts with: a word it matched holds one of the word's stems (`stammen`). `gevonden` are the words
 * Pagefind matched in a result: the marked words of the text, and the words of the metadata (title,
 * trefwoorden) when the match was there. A typo whose start is a word ("wijktem") makes Pagefind fall
 * back to that word ("wijk") and mark every word that starts with it ("wijkteam"): none holds "wijktem".
 */
export function isEchteTreffer(woord: string, gevonden: readonly string[]): boolean {
  return houdtEen(stammen(woord), gevonden);
}

/** Whether one of the words found holds one of `delen`. */
function houdtEen(delen: readonly string[], gevonden: readonly string[]): boolean {
  return gevonden.some((g) => {
    const m = normaal(g);
    return delen.some((d) => m.includes(d));
  });
}

/** Endings of Dutch word forms, longest first: what Pagefind's stemmer may take off a query word. */
const UITGANGEN = ['heden', 'ingen', 'tjes', 'heid', 'lijk', 'baar', 'ers', 'tje', 'jes', 'ing', 'end', 'ene', 'en', 'es', 'er', 'ig', 'je', 'se', 'e', 'n', 's'];
const KLINKER = /[aeiou]/;

/**
 * The stems a query word may have in Pagefind's Dutch stemmer, written out as the text would have them:
 * the word, and the word less an ending, each also with a double consonant undone ("bakk" -> "bak") and
 * with the vowel doubled before a last consonant ("jar" -> "jaar" for "jaren"). Every word Pagefind
 * marks for a real match holds one of these; none holds one when it fell back to a shorter word.
 */
export function stammen(woord: string): string[] {
  const n = normaal(woord);
  const uit = new Set([n]);
  for (const e of UITGANGEN) if (n.endsWith(e) && n.length - e.length >= 3) uit.add(n.slice(0, -e.length));
  for (const s of [...uit]) {
    if (s.length >= 4 && s.at(-1) === s.at(-2) && !KLINKER.test(s.at(-1)!)) uit.add(s.slice(0, -1));
    const [v, c] = [s.at(-2) ?? '', s.at(-1) ?? ''];
    if (KLINKER.test(v) && !KLINKER.test(c) && !KLINKER.test(s.at(-3) ?? 'a')) uit.add(`${s.slice(0, -1)}${v}${c}`);
    // The other spelling of a long vowel (see wisselvormen): "dakloos" -> "dakloz", "lez" (lezen) ->
    // "lees". Not for a short word: "kaz" from "kaas" would take "kazerne" for a form of it.
    const lang = LANG_OP_S_OF_F.exec(s);
    if (lang && s.length >= 5) uit.add(`${lang[1]}${lang[2]}${lang[3] === 's' ? 'z' : 'v'}`);
    const kort = KORT_MET_Z_OF_V.exec(s);
    if (kort && !kort[4] && s.length >= 3) uit.add(`${kort[1]}${kort[2]}${kort[2]}${kort[3] === 'z' ? 's' : 'f'}`);
  }
  return [...uit];
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
