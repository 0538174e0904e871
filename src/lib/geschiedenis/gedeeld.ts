/**
 * The history read once per build (src/integrations/geschiedenis.ts, at config setup) handed to the pages
 * and the sitemap of the same process. As with the frontmatter hand-over (src/lib/inhoud/gedeeld.ts),
 * the integration and the pages are separate module instances, so it lives on globalThis.
 */
import type { GeschiedenisUitkomst } from './git.ts';

const SLEUTEL = Symbol.for('3d-lab-kennisbank.geschiedenis');
const GEEN: GeschiedenisUitkomst = { geschiedenis: new Map(), reden: 'niet gelezen (de integratie geschiedenis draaide niet)' };

export function bewaarGeschiedenis(uitkomst: GeschiedenisUitkomst): void {
  (globalThis as { [SLEUTEL]?: GeschiedenisUitkomst })[SLEUTEL] = uitkomst;
}

/** What the integration read, or an empty history when it did not run (e.g. a page rendered in a test). */
export function gedeeldeGeschiedenis(): GeschiedenisUitkomst {
  return (globalThis as { [SLEUTEL]?: GeschiedenisUitkomst })[SLEUTEL] ?? GEEN;
}
