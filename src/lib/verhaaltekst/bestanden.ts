/**
 * The component check (controle.ts) as a content check over files on disk, for `npm run check` and
 * the build. Parses with Sätteri's MDX parser, as the renderer does, and only files whose text can
 * hold a component at all: four in five stories have none and cost nothing here.
 */
import type { Root } from 'mdast';
import { mdxToMdast } from 'satteri';
import type { BestandsControle } from '../inhoud/controle.ts';
import { componentProblemen, gebruiktComponenten } from './controle.ts';

/** The ids of the sources in a file's frontmatter, whatever else is wrong with it (the schema reports that). */
export function bronIds(data: unknown): string[] {
  const bronnen = (data as { bronnen?: unknown } | undefined)?.bronnen;
  if (!Array.isArray(bronnen)) return [];
  return bronnen.flatMap((b) => (typeof (b as { id?: unknown })?.id === 'string' ? [(b as { id: string }).id] : []));
}

export const controleerComponenten: BestandsControle = ({ pad, gelezen }) => {
  if (!gebruiktComponenten(gelezen.body)) return [];
  let boom: Root;
  try {
    boom = mdxToMdast(gelezen.body, { features: { gfm: true, frontmatter: false } }) as Root;
  } catch {
    return []; // a syntax error is the safety gate's to report, with its line
  }
  return componentProblemen(boom, bronIds(gelezen.data)).map((m) => ({ bestand: pad, regel: gelezen.bodyRegel + m.regel - 1, bericht: m.bericht }));
};
