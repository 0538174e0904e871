// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { unified } from '@astrojs/markdown-remark';
import remarkGfm from 'remark-gfm';
import rehypeExternalLinks from 'rehype-external-links';
import inhoudscontrole from './src/integrations/inhoudscontrole.ts';
import { SITE, BASE } from './src/site.config.ts';
import { CSP_DIRECTIVES, SCRIPT_BRONNEN, STYLE_BRONNEN } from './src/lib/veiligheid/csp.ts';

export default defineConfig({
  site: SITE,
  base: BASE,
  trailingSlash: 'ignore',
  build: { format: 'directory' },
  // Caches inside the project, not in node_modules: worktrees and test copies share node_modules.
  cacheDir: './.cache/astro',
  vite: {
    cacheDir: './.cache/vite',
    // No inline <script>/<style>: the CSP in public/_headers cannot carry per-page hashes.
    build: { assetsInlineLimit: (file) => (/\.(js|css)$/.test(file) ? false : undefined) },
  },
  // Astro 7 defaults to the Sätteri processor, which runs no remark plugins; unified() does, and MDX inherits it.
  markdown: {
    processor: unified({
      remarkPlugins: [remarkGfm],
      // External links in stories must not get a handle on our window or leak the page address.
      rehypePlugins: [[rehypeExternalLinks, { rel: ['noopener', 'noreferrer'] }]],
      gfm: false,
    }),
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
  integrations: [inhoudscontrole(), mdx(), sitemap()],
});
