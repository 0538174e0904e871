import { describe, expect, it } from 'vitest';
import { isEchteTreffer, isStopwoord, kortereVormen, normaal, stammen, vormen, wisselvormen, zoekvorm } from './nederlands.ts';

describe('zoekvorm en vormen', () => {
  it('adds a plural ending to words that end in a consonant or an e', () => {
    expect(zoekvorm('schuld')).toBe('schulden');
    expect(zoekvorm('boete')).toBe('boeten');
    expect(zoekvorm('opvang')).toBe('opvangen');
  });

  it('leaves short words, plurals, words on a vowel or an s, numbers and phrases alone', () => {
    expect(zoekvorm('pot')).toBe('pot');
    expect(zoekvorm('schulden')).toBe('schulden');
    expect(zoekvorm('euro')).toBe('euro');
    expect(zoekvorm('wijkteams')).toBe('wijkteams');
    expect(zoekvorm('12000')).toBe('12000');
    expect(zoekvorm('"schuld"')).toBe('"schuld"');
  });

  it('keeps diacritics', () => {
    expect(zoekvorm('coöperatie')).toBe('coöperatien');
  });

  it('tries a plural, the word, the singular of a plural, and the other spelling of a long vowel', () => {
    expect(vormen('daklozen')).toEqual(['daklozen', 'dakloze', 'dakloz', 'dakloos']);
    expect(vormen('dakloos')).toEqual(['dakloos', 'dakloze', 'daklozen']);
    expect(vormen('wijkteams')).toEqual(['wijkteams', 'wijkteam']);
    expect(vormen('schuld')).toEqual(['schulden', 'schuld']);
  });

  it('writes a long vowel before a last s or f single, with z or v, before an ending, and back', () => {
    expect(wisselvormen('dakloos')).toEqual(['dakloze', 'daklozen']);
    expect(wisselvormen('thuisloos')).toEqual(['thuisloze', 'thuislozen']);
    expect(wisselvormen('werklozen')).toEqual(['werkloos']);
    expect(wisselvormen('dakloze')).toEqual(['dakloos']);
    expect(wisselvormen('Dakloos')).toEqual(['Dakloze', 'Daklozen']);
    // Not a diphthong ("boeven", "reizen"), not without an ending ("dakloz"), not a short vowel ("bus").
    expect(wisselvormen('boeven')).toEqual([]);
    expect(wisselvormen('reizen')).toEqual([]);
    expect(wisselvormen('dakloz')).toEqual([]);
    expect(wisselvormen('schuld')).toEqual([]);
    expect(wisselvormen('huis')).toEqual([]);
    expect(wisselvormen('1oos')).toEqual([]);
  });

  it('takes every form it writes for a real match of the word, so no form is searched in vain', () => {
    for (const w of ['dakloos', 'daklozen', 'werkloos', 'werklozen', 'thuisloze', 'lezen', 'dozen', 'geven', 'brieven']) {
      for (const v of wisselvormen(w)) expect(isEchteTreffer(w, [v]), `${w} -> ${v}`).toBe(true);
    }
  });
});

describe('echte treffers', () => {
  it('compares without case, accents and punctuation', () => {
    expect(normaal('Fryslân,')).toBe('fryslan');
    expect(normaal('(coöperatie)')).toBe('cooperatie');
  });

  it('accepts a form or a compound of the word', () => {
    expect(isEchteTreffer('schuld', ['schulden,'])).toBe(true);
    expect(isEchteTreffer('hulpverlening', ['schuldhulpverlening'])).toBe(true);
    expect(isEchteTreffer('daklozen', ['Dakloze'])).toBe(true);
    expect(isEchteTreffer('cooperatie', ['Gieren-coöperatie'])).toBe(true);
  });

  it('rejects a much shorter word the query starts with: Pagefind\'s fallback', () => {
    expect(isEchteTreffer('dakloos', ['dak,', 'dak'])).toBe(false);
    expect(isEchteTreffer('eenzaamheid', ['een', 'Een'])).toBe(false);
    expect(isEchteTreffer('mantelzorg', ['man'])).toBe(false);
    expect(isEchteTreffer('jongerenwerk', ['jongeren'])).toBe(false);
  });
});

describe('kortere vormen', () => {
  it('shortens a word letter by letter, down to six tenths and never under four letters', () => {
    expect(kortereVormen('dakloos')).toEqual(['dakloo', 'daklo']);
    expect(kortereVormen('mantelzorg')).toEqual(['mantelzor', 'mantelzo', 'mantelz', 'mantel']);
    expect(kortereVormen('wmo')).toEqual([]);
  });
});

describe('stopwoorden', () => {
  it('knows the common Dutch words that say nothing on their own', () => {
    expect(isStopwoord('na')).toBe(true);
    expect(isStopwoord('De')).toBe(true);
    expect(isStopwoord('scheiding')).toBe(false);
  });
});

describe('stammen, and fallbacks for typos', () => {
  it('writes out the stems a word may have', () => {
    expect(stammen('schulden')).toEqual(expect.arrayContaining(['schulden', 'schuld']));
    expect(stammen('jaren')).toContain('jaar');
    expect(stammen('bakken')).toContain('bak');
    // No Dutch ending: nothing shorter than the typo itself (a doubled vowel aside).
    expect(stammen('wijktem').every((st) => st.startsWith('wijkte'))).toBe(true);
  });

  it('sees Pagefind\'s fallback in the words it marked for a typo', () => {
    expect(isEchteTreffer('wijktem', ['wijk', 'wijkteam', 'Wijkteams,'])).toBe(false);
    expect(isEchteTreffer('schuldhlp', ['schuld', 'schulden', 'schuldhulpverlening'])).toBe(false);
    expect(isEchteTreffer('thuislozen', ['thuis'])).toBe(false);
  });

  it('takes a real match for one: the word, its forms, compounds, and other spellings of the stem', () => {
    expect(isEchteTreffer('schuld', ['schuld', 'schulden', 'schuldeiser'])).toBe(true);
    expect(isEchteTreffer('schulden', ['schuld'])).toBe(true);
    expect(isEchteTreffer('wijkteams', ['wijkteam'])).toBe(true);
    expect(isEchteTreffer('daklozen', ['Dakloze'])).toBe(true);
    expect(isEchteTreffer('hulpverlening', ['schuldhulpverlening'])).toBe(true);
    expect(isEchteTreffer('cooperatie', ['Gieren-coöperatie'])).toBe(true);
    expect(isEchteTreffer('jaren', ['jaar'])).toBe(true);
    expect(isEchteTreffer('mogelijkheden', ['mogelijkheid'])).toBe(true);
    expect(isEchteTreffer('dakloos', ['Dakloze'])).toBe(true);
    expect(isEchteTreffer('daklozen', ['dakloos'])).toBe(true);
    expect(isEchteTreffer('werkloos', ['werklozen,'])).toBe(true);
    // Not for a short word: "kaas" is no form of "kazerne".
    expect(isEchteTreffer('kaas', ['kazerne'])).toBe(false);
  });
});
