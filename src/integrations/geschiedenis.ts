// Reads the history of every story and lab from git once, before Astro builds (see src/lib/geschiedenis/git.ts),
// for the pages, the feed and the sitemap of the same build. Without history the build goes on without dates.
import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { leesGeschiedenis } from '../lib/geschiedenis/git.ts';
import { bewaarGeschiedenis, gedeeldeGeschiedenis } from '../lib/geschiedenis/gedeeld.ts';
import { metLaatsteWijziging } from '../lib/geschiedenis/sitemap.ts';

export default function geschiedenis(): AstroIntegration {
  return {
    name: 'geschiedenis',
    hooks: {
      'astro:config:setup': ({ config, logger }) => {
        const begin = performance.now();
        const uitkomst = leesGeschiedenis(fileURLToPath(config.root));
        bewaarGeschiedenis(uitkomst);
        const ms = Math.round(performance.now() - begin);
        if (uitkomst.reden) logger.warn(`geen geschiedenis uit git: ${uitkomst.reden}. De pagina's tonen geen publicatiedatums.`);
        else logger.info(`geschiedenis van ${uitkomst.geschiedenis.size} bestanden uit git gelezen (${ms} ms)`);
      },
    },
  };
}

/** For @astrojs/sitemap's `serialize`: story and lab pages get the date of their last commit. */
export function sitemapMetWijzigingen(basis: string) {
  return <T extends { url: string; lastmod?: string }>(item: T): T => metLaatsteWijziging(item, gedeeldeGeschiedenis().geschiedenis, basis);
}
