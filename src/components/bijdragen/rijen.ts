/**
 * The repeatable rows (Rijen.astro): adding, removing and numbering them, and the choices that follow
 * other rows (the barriers a breakthrough solves, the source a claim rests on).
 */
import type { Lijst } from '../../lib/bijdragen/formulier.ts';
import { $, $$, veldId } from './dom.ts';

export type { Lijst };

/** Sources first: the rows after them choose from them. */
export const LIJSTEN: readonly Lijst[] = ['gemeenten', 'bronnen', 'belemmeringen', 'doorbraken', 'kosten', 'uitkomsten', 'nieuweRapporteurs'];

/** The lists an empty form starts with one row of; a new rapporteur's row comes only when asked for. */
export const BEGINRIJEN: readonly Lijst[] = LIJSTEN.filter((l) => l !== 'nieuweRapporteurs');

/** Barrier and source rows keep a key for life, so a tick or choice survives renames and removals. */
let volgendeSleutel = 1;

export function rijen(lijst: Lijst): HTMLElement[] {
  return $$(`[data-rijen="${lijst}"] > [data-rij]`);
}

/** The value of a row's field (`deel` as in the row's data-deel). */
export function waarde(rij: ParentNode, deel: string): string {
  return $<HTMLInputElement>(`[data-deel="${deel}"] [data-invoer]`, rij)?.value ?? '';
}

export function zet(rij: ParentNode, deel: string, waarde: string) {
  const el = $<HTMLInputElement>(`[data-deel="${deel}"] [data-invoer]`, rij);
  if (el) el.value = waarde;
}

/** Gives a row the key it had in a saved draft; new rows get keys after it. */
export function zetSleutel(rij: HTMLElement, sleutel: string) {
  rij.dataset.sleutel = sleutel;
  volgendeSleutel = Math.max(volgendeSleutel, Number(sleutel.replace(/\D/g, '')) + 1);
}

/** Gives every row and field its index-based key, id and label; run after each add or remove. */
function nummer(lijst: Lijst) {
  rijen(lijst).forEach((rij, i) => {
    for (const n of $$('[data-nummer]', rij)) n.textContent = String(i + 1);
    for (const veld of $$('[data-deel]', rij)) {
      const deel = veld.dataset.deel;
      const sleutel = deel ? `${lijst}.${i}.${deel}` : `${lijst}.${i}`;
      veld.dataset.veld = sleutel;
      const id = veldId(sleutel);
      const invoer = $('[data-invoer]', veld);
      const hint = $('[data-hint]', veld);
      if (hint) hint.id = `hint-${id}`;
      if (invoer) {
        invoer.id = id;
        if (hint) invoer.setAttribute('aria-describedby', hint.id);
        const label = $<HTMLLabelElement>('[data-label]', veld);
        if (label) label.htmlFor = id;
      }
    }
  });
  if (lijst === 'belemmeringen') werkLostOpBij();
  if (lijst === 'bronnen') werkBronKeuzesBij();
}

export function voegToe(lijst: Lijst, focus = true): HTMLElement {
  const houder = $(`[data-rijen="${lijst}"]`);
  const sjabloon = $<HTMLTemplateElement>(`#${houder.dataset.sjabloon}`);
  const rij = (sjabloon.content.cloneNode(true) as DocumentFragment).firstElementChild as HTMLElement;
  if (lijst === 'belemmeringen') rij.dataset.sleutel = `b${volgendeSleutel++}`;
  if (lijst === 'bronnen') rij.dataset.sleutel = `r${volgendeSleutel++}`;
  houder.append(rij);
  nummer(lijst);
  if (lijst === 'doorbraken') werkLostOpBij();
  if (lijst === 'doorbraken' || lijst === 'kosten' || lijst === 'uitkomsten') werkBronKeuzesBij();
  if (focus) $('[data-invoer]', rij)?.focus();
  return rij;
}

export function verwijder(rij: HTMLElement) {
  const lijst = rij.parentElement!.dataset.rijen as Lijst;
  rij.remove();
  nummer(lijst);
  $<HTMLButtonElement>(`[data-voeg-toe="${lijst}"]`).focus();
}

/** Removes every row: a draft that did not fit the form leaves an empty one. */
export function wisRijen() {
  for (const lijst of LIJSTEN) for (const rij of rijen(lijst)) rij.remove();
}

/** Each breakthrough shows one checkbox per barrier entered; ticks survive renames and removals. */
export function werkLostOpBij() {
  const belemmeringen = rijen('belemmeringen').map((rij, i) => ({
    sleutel: rij.dataset.sleutel!,
    naam: waarde(rij, 'naam').trim() || `Belemmering ${i + 1}`,
  }));
  rijen('doorbraken').forEach((rij, i) => {
    const houder = $('[data-lost-op]', rij);
    const aangevinkt = new Set($$<HTMLInputElement>('input:checked', houder).map((c) => c.value));
    houder.replaceChildren(
      ...belemmeringen.map((b, j) => {
        const div = document.createElement('div');
        div.className = 'keuze';
        const input = document.createElement('input');
        input.type = 'checkbox';
        input.id = `${veldId(`doorbraken.${i}.lost_op`)}-${j}`;
        input.value = b.sleutel;
        input.checked = aangevinkt.has(b.sleutel);
        const label = document.createElement('label');
        label.htmlFor = input.id;
        label.textContent = b.naam;
        div.append(input, label);
        return div;
      }),
    );
    if (!belemmeringen.length) {
      const p = document.createElement('p');
      p.className = 'hint';
      p.textContent = 'Voeg eerst een belemmering toe.';
      houder.append(p);
    }
  });
}

/** Each breakthrough, cost item and outcome chooses one of the sources entered; a choice survives renames. */
export function werkBronKeuzesBij() {
  const bronnen = rijen('bronnen').map((rij, i) => ({
    sleutel: rij.dataset.sleutel!,
    naam: `${i + 1}. ${waarde(rij, 'titel').trim() || `Bron ${i + 1}`}`,
  }));
  for (const keuze of $$<HTMLSelectElement>('[data-bron-keuze]')) {
    const gekozen = keuze.value || keuze.dataset.gekozen || '';
    const leeg = new Option(bronnen.length ? 'Kies een bron' : 'Vul eerst een bron in bij Bronnen', '');
    keuze.replaceChildren(leeg, ...bronnen.map((b) => new Option(b.naam, b.sleutel)));
    keuze.value = bronnen.some((b) => b.sleutel === gekozen) ? gekozen : bronnen.length === 1 ? bronnen[0]!.sleutel : '';
  }
}
