/**
 * The component check (controle.ts) as a content check over files on disk, for `npm run check` and
 * the build. Parses with Sätteri's MDX parser, as the renderer does, and only files whose text can
 * hold a component at all: four in five stories have none and cost nothing here.
 */
import type { Root } from 'mdast';
import { mdxToMdast } from 'satteri';
import type { BestandsControle } from '../inhoud/controle.ts';
import { bronIds, componentProblemen, gebruiktComponenten } from './controle.ts';

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
