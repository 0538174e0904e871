// @ts-check
import { defineConfig } from 'astro/config';
import sitemap from '@astrojs/sitemap';
import mdx from '@astrojs/mdx';
import { satteri } from '@astrojs/markdown-satteri';
import inhoudscontrole from './src/integrations/inhoudscontrole.ts';
import datalaag from './src/integrations/datalaag.ts';
import geschiedenis, { sitemapMetWijzigingen } from './src/integrations/geschiedenis.ts';
import { SITE, BASE } from './src/site.config.ts';
import { MARKDOWN_OPTIES, MARKDOWN_PLUGINS } from './src/lib/veiligheid/markdown.ts';
import { CSP_DIRECTIVES, SCRIPT_BRONNEN, STYLE_BRONNEN } from './src/lib/veiligheid/csp.ts';
import { verhaaltekstChunk } from './src/lib/verhaaltekst/chunks.ts';

export default defineConfig({
  site: SITE,
  base: BASE,
  trailingSlash: 'ignore',
  // Astro 7's default ('jsx') drops a line break between text and an inline element, so "telt als" +
  // newline + "<strong>doorbroken</strong>" read "telt alsdoorbroken". HTML-aware compression keeps one space.
  compressHTML: true,
  // Several pages at a time: page generation waits on file writes (1,000 stories: 6.2 -> 4.8 s).
  build: { format: 'directory', concurrency: 4 },
  // Caches inside the project, not in node_modules: worktrees and test copies share node_modules.
  cacheDir: './.cache/astro',
  vite: {
    cacheDir: './.cache/vite',
    // No inline <script>/<style>: the CSP in public/_headers cannot carry per-page hashes.
    build: {
      assetsInlineLimit: (file) => (/\.(js|css)$/.test(file) ? false : undefined),
      // Texts with components are MDX modules (one in five stories). In sixteen shared chunks instead of
      // one file each: fewer files to write, import and put in Node's compile cache (1,000 stories: Vite
      // 2.3 s instead of 4.5-8.6 s, flushing the compile cache 0.65 s instead of 2.3 s; BENCHMARKS.md).
      rolldownOptions: {
        output: { codeSplitting: { groups: [{ name: verhaaltekstChunk }] } },
        // Astro marks each MDX text's asset module with a "use astro:head-inject" directive that bundling
        // drops, and Rolldown warns once per text with a code frame: 2,000 warnings at 10,000 stories.
        onLog(level, log, standaard) {
          if (log.code === 'MODULE_LEVEL_DIRECTIVE' && log.message.includes('astro:head-inject')) return;
          standaard(level, log);
        },
      },
    },
  },
  // Stories and labs are rendered as Markdown by the content layer (src/lib/inhoud/loader.ts) with
  // Astro 7's Sätteri processor (GFM built in): 3x faster than unified() at 10,000 stories (BENCHMARKS.md).
  markdown: {
    processor: satteri({ hastPlugins: [...MARKDOWN_PLUGINS], features: { ...MARKDOWN_OPTIES.features } }),
    // Shiki writes inline style attributes, which the CSP blocks; stories need no code colouring.
    syntaxHighlight: false,
  },
  // Astro hashes its own inline scripts and styles into a CSP <meta> tag; policy in src/lib/veiligheid/csp.ts.
  security: {
    csp: {
      directives: [...CSP_DIRECTIVES],
      scriptDirective: { resources: [...SCRIPT_BRONNEN] },
      styleDirective: { resources: [...STYLE_BRONNEN] },
    },
  },
  // geschiedenis: one git log per build for the pages' dates, the feed and the sitemap's <lastmod>.
  // Texts with components are MDX modules (src/lib/inhoud/loader.ts); @astrojs/mdx compiles them with the
  // Markdown processor above, so both kinds of text get the same plugins and GFM. `optimize` turns the
  // text around the components into HTML strings instead of one JSX call per element (1,000 stories, 200
  // with components: Vite ~5 s instead of 6-9 s, build CPU 1-2 s less under the same load; BENCHMARKS.md).
  integrations: [inhoudscontrole(), datalaag(), geschiedenis(), mdx({ optimize: true }), sitemap({ serialize: sitemapMetWijzigingen(BASE) })],
});
