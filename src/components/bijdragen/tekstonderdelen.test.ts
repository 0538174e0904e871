import { describe, expect, it } from 'vitest';
import { voegFragmentIn } from './tekstonderdelen.ts';

const F = '<Kerngetal waarde="-50%" label="x" bron="bron-1" />';

describe('inserting a text component into the story text', () => {
  it.each([
    ['an empty text', '', 0, `${F}\n`, 0],
    ['the end of a paragraph', 'Eerste alinea.', 14, `Eerste alinea.\n\n${F}\n`, 16],
    ['between two paragraphs', 'Een.\n\nTwee.', 4, `Een.\n\n${F}\n\nTwee.`, 6],
    ['the start of an empty line between paragraphs', 'Een.\n\nTwee.', 5, `Een.\n\n${F}\n\nTwee.`, 6],
    ['the middle of a sentence: the sentence is split', 'Het daalde fors in drie jaar.', 16, `Het daalde fors\n\n${F}\n\nin drie jaar.`, 17],
  ])('puts it on lines of its own at %s', (_, tekst, positie, verwacht, begin) => {
    expect(voegFragmentIn(tekst, positie, F)).toEqual({ tekst: verwacht, begin });
  });
});
