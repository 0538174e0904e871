/**
 * The excerpt under a search result: the sentence of the story around the best match, with the
 * matched words marked. Pagefind's own excerpt is a window of N words that starts and ends mid-sentence
 * ("…dakloze jongeren, zwerfjongeren, eigen kracht…") and has no option for sentences, so this one is
 * cut here from the page text and the word positions Pagefind returns (`data().content` and
 * `weighted_locations`; positions count words split on white space, as Pagefind counts them).
 */

export interface Locatie {
  location: number;
  balanced_score: number;
}

/** A piece of excerpt text; `mark` for a matched word. */
export interface Deel {
  tekst: string;
  mark?: true;
}

const EINDE = /[.!?]["'”’)]*$/;

/**
 * The sentence around the best-scoring location (and the next one when it is very short), at most
 * `maxWoorden` words around the match, marked; empty when Pagefind matched only metadata (no location).
 */
export function zinUittreksel(content: string, locaties: readonly Locatie[], maxWoorden = 40): Deel[] {
  const woorden = content.split(/[\r\n\s]+/g);
  const geldig = locaties.filter((l) => l.location >= 0 && l.location < woorden.length);
  if (!geldig.length) return [];
  const beste = geldig.reduce((a, b) => (b.balanced_score > a.balanced_score ? b : a)).location;

  let begin = beste;
  while (begin > 0 && !EINDE.test(woorden[begin - 1]!)) begin--;
  let eind = beste;
  while (eind < woorden.length - 1 && !EINDE.test(woorden[eind]!)) eind++;
  // A heading or a label ("Verzet van specialisten.") says little: take the next sentence with it.
  if (eind - begin < 7 && eind < woorden.length - 1) {
    eind++;
    while (eind < woorden.length - 1 && !EINDE.test(woorden[eind]!)) eind++;
  }
  let van = begin;
  let tot = eind;
  if (tot - van + 1 > maxWoorden) {
    van = Math.max(begin, beste - Math.floor(maxWoorden / 3));
    tot = Math.min(eind, van + maxWoorden - 1);
  }

  const gemarkeerd = new Set(geldig.map((l) => l.location));
  const delen: Deel[] = [];
  const voegToe = (tekst: string, mark: boolean) => {
    const vorige = delen[delen.length - 1];
    if (!mark && vorige && !vorige.mark) vorige.tekst += tekst;
    else delen.push(mark ? { tekst, mark: true } : { tekst });
  };
  if (van > begin) voegToe('…', false);
  for (let i = van; i <= tot; i++) {
    if (i > van) voegToe(' ', false);
    const woord = woorden[i]!;
    if (!gemarkeerd.has(i)) {
      voegToe(woord, false);
      continue;
    }
    // Mark the word, not the punctuation around it: "<mark>schulden</mark>,".
    const m = /^([^\p{L}\p{N}]*)(.*?)([^\p{L}\p{N}]*)$/u.exec(woord)!;
    if (m[1]) voegToe(m[1], false);
    voegToe(m[2] || woord, true);
    if (m[3]) voegToe(m[3], false);
  }
  if (tot < eind) voegToe('…', false);
  return delen;
}

/** The marked words of an excerpt or of all locations: what Pagefind matched in the text. */
export function gemarkeerdeWoorden(content: string, locaties: readonly Locatie[]): string[] {
  const woorden = content.split(/[\r\n\s]+/g);
  return locaties.map((l) => woorden[l.location] ?? '').filter(Boolean);
}
