// Runs the same content check as `npm run check` before Astro builds, so a broken story
// fails the build with every problem listed (file, line, field, fix) instead of only the first.
import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import { BESTANDSCONTROLES, bestandscontroles, controleerInhoud, datacontroles, DATACONTROLES, type BestandsControle } from '../lib/inhoud/controle.ts';
import { bewaarFrontmatter, bewaarGekeurd } from '../lib/inhoud/gedeeld.ts';
import { formatteerProbleem } from '../lib/inhoud/problemen.ts';

export class InhoudsFout extends Error {
  override name = 'InhoudsFout';
}

export default function inhoudscontrole(): AstroIntegration {
  return {
    name: 'inhoudscontrole',
    hooks: {
      'astro:config:setup': ({ config, command, logger }) => {
        const root = fileURLToPath(config.root);
        // The loader reuses the parsed frontmatter instead of parsing every file again.
        const gelezen = new Map<string, string>();
        const bewaar: BestandsControle = ({ pad, bron, gelezen: { data } }) => {
          if (data !== undefined) bewaarFrontmatter(join(root, pad), bron, data);
          gelezen.set(pad, bron);
          return [];
        };
        // config.site is SITE from src/site.config.ts: a story may name the site's own e-mail domain.
        const controles = config.site ? bestandscontroles(config.site) : BESTANDSCONTROLES;
        const { problemen } = controleerInhoud(root, [...controles, bewaar], config.site ? datacontroles(config.site) : DATACONTROLES);
        // A text that passed every check need not pass the gate again before the MDX compiler (loader.ts).
        const metProbleem = new Set(problemen.map((p) => p.bestand));
        for (const [pad, bron] of gelezen) if (!metProbleem.has(pad)) bewaarGekeurd(join(root, pad), bron);
        if (!problemen.length) return;
        const lijst = problemen.map(formatteerProbleem).join('\n');
        const kop = `${problemen.length} ${problemen.length === 1 ? 'probleem' : 'problemen'} in de inhoud:`;
        // In dev the server keeps running so the author can fix and save.
        if (command === 'dev') logger.error(`${kop}\n${lijst}`);
        else throw new InhoudsFout(`${kop}\n${lijst}\nLos ze op; "npm run check" toont dezelfde lijst.`);
      },
    },
  };
}
