/**
 * The buttons of Tekstonderdelen.astro: insert a component's snippet into the story's text box at the
 * cursor, on lines of its own (a component inside a sentence is refused by the check), and select the
 * first text to fill in so the rapporteur can type over it.
 */
import { $ } from './dom.ts';

/** The text box's value with `fragment` at `positie`, separated from the text around it by blank lines. */
export function voegFragmentIn(tekst: string, positie: number, fragment: string): { tekst: string; begin: number } {
  const voor = tekst.slice(0, positie).replace(/[ \t]+$/, '');
  const na = tekst.slice(positie).replace(/^[ \t]+/, '');
  const scheiding = (s: string) => (s === '' ? '' : s.endsWith('\n\n') ? '' : s.endsWith('\n') ? '\n' : '\n\n');
  const ervoor = voor + scheiding(voor);
  const erna = na === '' ? '\n' : na.startsWith('\n\n') ? '' : na.startsWith('\n') ? '\n' : '\n\n';
  return { tekst: ervoor + fragment + erna + na, begin: ervoor.length };
}

export function koppelTekstonderdelen(naBewerking: () => void): void {
  const groep = document.querySelector<HTMLElement>('[data-tekstonderdelen]');
  if (!groep) return;
  const veld = $<HTMLTextAreaElement>(`#${groep.dataset.tekstonderdelen}`);
  groep.addEventListener('click', (e) => {
    const knop = (e.target as Element).closest<HTMLButtonElement>('button[data-fragment]');
    if (!knop) return;
    const fragment = knop.dataset.fragment ?? '';
    const { tekst, begin } = voegFragmentIn(veld.value, veld.selectionStart ?? veld.value.length, fragment);
    veld.value = tekst;
    veld.focus();
    // Select the first value to fill in: the text of the first attribute.
    const eerste = /="([^"]*)"/.exec(fragment);
    const start = begin + (eerste ? eerste.index + 2 : fragment.length);
    veld.setSelectionRange(start, start + (eerste?.[1]?.length ?? 0));
    naBewerking();
  });
}
