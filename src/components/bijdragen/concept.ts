/**
 * The draft: the form's data kept in this tab only (sessionStorage), so a reload loses nothing and a
 * shared computer keeps nothing once the tab is closed.
 */
import type { FormulierInvoer } from '../../lib/bijdragen/formulier.ts';
import { lees, vul } from './invoer.ts';
import { wisRijen } from './rijen.ts';

const OPSLAG = 'bijdragen-concept';

export function bewaar(formulier: HTMLFormElement) {
  try {
    sessionStorage.setItem(OPSLAG, JSON.stringify(lees(formulier)));
  } catch {
    // Storage full or blocked: the form works without it.
  }
}

/** Fills the form from the draft; false when there is none, or when it did not fit (the form is then empty). */
export function herstel(formulier: HTMLFormElement): boolean {
  let invoer: FormulierInvoer | null = null;
  try {
    invoer = JSON.parse(sessionStorage.getItem(OPSLAG) ?? 'null') as FormulierInvoer | null;
  } catch {
    return false;
  }
  if (!invoer || typeof invoer !== 'object') return false;
  try {
    vul(formulier, invoer);
    return true;
  } catch {
    // A draft from an older version of this form: start with an empty form rather than none.
    vergeet();
    formulier.reset();
    wisRijen();
    return false;
  }
}

export function vergeet() {
  try {
    sessionStorage.removeItem(OPSLAG);
  } catch {
    // Storage blocked: there is no draft to forget.
  }
}
