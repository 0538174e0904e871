/**
 * The build chunk of a text with components (an MDX module of a story or lab): one of sixteen, by a
 * hash of its path, so a chunk holds ~12 texts at 1,000 stories and ~125 at 10,000. Other modules: null,
 * Rolldown's own splitting. One chunk per text meant thousands of files to write, import and put in
 * Node's compile cache (BENCHMARKS.md).
 */
export const VERHAALTEKST_CHUNKS = 16;

export function verhaaltekstChunk(id: string): string | null {
  const [pad = '', query = ''] = id.split('?');
  // Not a template (`_sjabloon.mdx`, never published) and not the form's `?raw` copy of it.
  if (!/[\\/]content[\\/](?:verhalen|labs)[\\/][^\\/_][^\\/]*\.mdx$/.test(pad) || /(?:^|&)raw\b/.test(query)) return null;
  // FNV-1a, then mixed: its low bits alone depend only on the low bits of each character, and paths
  // that differ in a few digits would share half the chunks.
  let h = 0x811c9dc5;
  for (let i = 0; i < pad.length; i++) h = Math.imul(h ^ pad.charCodeAt(i), 0x01000193);
  h = Math.imul(h ^ (h >>> 16), 0x45d9f3b);
  h ^= h >>> 16;
  return `verhaalteksten-${(h >>> 0) % VERHAALTEKST_CHUNKS}`;
}
