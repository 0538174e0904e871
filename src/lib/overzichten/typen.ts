/**
 * The plain story data the overviews work on: an id and the validated frontmatter.
 * Astro collection entries have this shape, and so do stories read from disk in tests.
 */
import type { Verhaal } from '../../schema/index.ts';

export interface VerhaalGegevens {
  id: string;
  data: Verhaal;
}

/** Sorted, without duplicates (Dutch collation). */
export function uniek(waarden: Iterable<string>): string[] {
  return [...new Set(waarden)].sort((a, b) => a.localeCompare(b, 'nl'));
}
