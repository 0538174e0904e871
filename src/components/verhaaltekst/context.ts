/**
 * What the components of a text need from the story they stand in: its sources, to number a `bron`
 * as the page does. MDX passes a component only its own attributes, so VerhaalTekst.astro leaves the
 * sources on the page's `Astro.locals` (one object per rendered page) before it renders the text.
 */
import type { Bron } from '../../schema/index.ts';
import { bronNummers } from '../../lib/bronnen.ts';

export interface TekstContext {
  bronnen: readonly Bron[];
  nummers: Map<string, number>;
}

const SLEUTEL = Symbol.for('3d-lab-kennisbank.verhaaltekst');

type MetContext = { [SLEUTEL]?: TekstContext };

export function zetTekstContext(locals: object, bronnen: readonly Bron[]): void {
  (locals as MetContext)[SLEUTEL] = { bronnen, nummers: bronNummers(bronnen) };
}

export function tekstContext(locals: object, component: string): TekstContext {
  const context = (locals as MetContext)[SLEUTEL];
  if (!context) throw new Error(`<${component}> staat buiten een verhaal- of labtekst: render teksten met VerhaalTekst.astro`);
  return context;
}
