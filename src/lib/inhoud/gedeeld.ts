/**
 * Frontmatter parsed by the content check, handed to the content loader of the same build so that
 * every file's YAML is parsed once (YAML was the largest single cost of a build: ~0.7 s per 1,000
 * stories for each parse). The check runs in the integration (src/integrations/inhoudscontrole.ts)
 * and the loader in Astro's content layer: the same process, but separate module instances, so
 * the hand-over lives on globalThis. An entry is only used for the exact same file text; it keeps a
 * hash of that text, not the text, so the check's memory stays flat however many stories there are.
 */
import { createHash } from 'node:crypto';

const SLEUTEL = Symbol.for('3d-lab-kennisbank.gelezenFrontmatter');

type Gedeeld = Map<string, { hash: string; data: unknown }>;

const hashVan = (bron: string) => createHash('sha1').update(bron).digest('base64');

function gedeeld(): Gedeeld {
  const g = globalThis as { [SLEUTEL]?: Gedeeld };
  return (g[SLEUTEL] ??= new Map());
}

/** Keeps the parsed frontmatter of a file (absolute path) for the loader. */
export function bewaarFrontmatter(pad: string, bron: string, data: unknown): void {
  gedeeld().set(pad, { hash: hashVan(bron), data });
}

/** The parsed frontmatter of a file if it was kept for exactly this text; removes it either way. */
export function neemFrontmatter(pad: string, bron: string): unknown {
  const m = gedeeld();
  const e = m.get(pad);
  m.delete(pad);
  return e && e.hash === hashVan(bron) ? e.data : undefined;
}

/** Drops what was kept for files under `map` (absolute) that the loader did not need. */
export function vergeetFrontmatter(map: string): void {
  const m = gedeeld();
  for (const pad of m.keys()) if (pad.startsWith(map)) m.delete(pad);
}

const GEKEURD = Symbol.for('3d-lab-kennisbank.gekeurd');

function gekeurd(): Set<string> {
  const g = globalThis as { [GEKEURD]?: Set<string> };
  return (g[GEKEURD] ??= new Set());
}

/**
 * Marks a file text as passed by every check of the content check in this process: the loader then
 * need not run the safety gate on it again before handing it to the MDX compiler.
 */
export function bewaarGekeurd(pad: string, bron: string): void {
  gekeurd().add(`${pad}\u0000${hashVan(bron)}`);
}

/** Whether exactly this text of the file passed the content check in this process. */
export function isGekeurd(pad: string, bron: string): boolean {
  return gekeurd().has(`${pad}\u0000${hashVan(bron)}`);
}
