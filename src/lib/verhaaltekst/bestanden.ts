/**
 * The component check (controle.ts) as a content check over files on disk, for `npm run check` and
 * the build. Parses with Sätteri's MDX parser, as the renderer does, and only files whose text can
 * hold a component at all: four in five stories have none and cost nothing here.
 */
import type { Root } from 'mdast';
import { mdxToMdast } from 'satteri';
import type { Referenties } from '../../schema/index.ts';
import type { BestandsControle } from '../inhoud/controle.ts';
import { formatteerProbleem } from '../inhoud/problemen.ts';
import { maakMdxControle } from '../veiligheid/bestanden.ts';
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

// Neither check reads the taxonomy references.
const GEEN_REFS = {} as Referenties;

// The safety gate with its own allow-list (src/lib/veiligheid/mdx.ts), which names the vocabulary.
const poort = maakMdxControle();

/**
 * What stops a file from going to the MDX compiler: the safety gate and the component check, run again
 * on the text the loader is about to hand over. The build already refused such a file before loading
 * (src/integrations/inhoudscontrole.ts), but `astro dev` only logs the check's problems and goes on, and
 * compiling MDX runs its code: a reviewer starting the dev server on a pull request must not run it.
 */
export function blokkadesVoorMdx(pad: string, data: unknown, delen: { body: string; bodyRegel: number }): string[] {
  // The frontmatter the loader already parsed: a second YAML parse would cost ~0.7 ms per file.
  const gelezen = { data, body: delen.body, bodyRegel: delen.bodyRegel, regelVan: () => 1, syntaxfouten: [] };
  const bestand = { soort: 'verhaal' as const, id: pad, pad, bron: '', gelezen };
  return [...poort(bestand, GEEN_REFS), ...controleerComponenten(bestand, GEEN_REFS)].map(formatteerProbleem);
}
