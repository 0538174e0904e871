import { describe, expect, it } from 'vitest';
import { gemarkeerdeWoorden, zinUittreksel, type Deel } from './uittreksel.ts';

const tekst = (delen: Deel[]) => delen.map((d) => (d.mark ? `[${d.tekst}]` : d.tekst)).join('');
// Pagefind's content: block texts joined, headings ended with a full stop.
const CONTENT = 'Verzet van specialisten. Op sommige plaatsen zien de essayisten pogingen om wijkteams een mandaat te geven. Elders wordt het gezag van generalisten al ondermijnd, zeggen ze. Drie soorten kracht.';
const op = (woord: string, score = 1) => ({ location: CONTENT.split(' ').indexOf(woord), balanced_score: score });

describe('zinUittreksel', () => {
  it('shows the sentence around the match, with the match marked', () => {
    expect(tekst(zinUittreksel(CONTENT, [op('generalisten')]))).toBe('Elders wordt het gezag van [generalisten] al ondermijnd, zeggen ze.');
  });

  it('takes the best-scoring match when there are several', () => {
    expect(tekst(zinUittreksel(CONTENT, [op('wijkteams', 1), op('generalisten', 3)]))).toContain('[generalisten]');
  });

  it('adds the next sentence to a heading', () => {
    expect(tekst(zinUittreksel(CONTENT, [op('specialisten.')]))).toBe('Verzet van [specialisten]. Op sommige plaatsen zien de essayisten pogingen om wijkteams een mandaat te geven.');
  });

  it('cuts a long sentence around the match, with ellipses', () => {
    const lang = `Begin. ${Array.from({ length: 80 }, (_, i) => `w${i}`).join(' ')} einde.`;
    const delen = zinUittreksel(lang, [{ location: 51, balanced_score: 1 }], 20);
    const uit = tekst(delen);
    expect(uit.startsWith('…')).toBe(true);
    expect(uit.endsWith('…')).toBe(true);
    expect(uit).toContain('[w50]');
    expect(uit.split(' ').length).toBeLessThanOrEqual(21);
  });

  it('marks the word, not the punctuation around it', () => {
    expect(zinUittreksel('Het ging om schulden, huur en zorg.', [{ location: 3, balanced_score: 1 }])).toEqual([
      { tekst: 'Het ging om ' },
      { tekst: 'schulden', mark: true },
      { tekst: ', huur en zorg.' },
    ]);
  });

  it('gives nothing when only metadata matched (a trefwoord is never an excerpt)', () => {
    expect(zinUittreksel(CONTENT, [])).toEqual([]);
  });

  it('names the matched words', () => {
    expect(gemarkeerdeWoorden(CONTENT, [op('wijkteams')])).toEqual(['wijkteams']);
  });
});
