// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { unified } from '@astrojs/markdown-remark';
import remarkGfm from 'remark-gfm';
import inhoudscontrole from './src/integrations/inhoudscontrole.ts';
import { SITE, BASE } from './src/site.config.ts';

export default defineConfig({
  site: SITE,
  base: BASE,
  trailingSlash: 'ignore',
  build: { format: 'directory' },
  // Caches inside the project, not in node_modules: worktrees and test copies share node_modules.
  cacheDir: './.cache/astro',
  vite: { cacheDir: './.cache/vite' },
  // Astro 7 defaults to the Sätteri processor, which runs no remark plugins; unified() does, and MDX inherits it.
  markdown: { processor: unified({ remarkPlugins: [remarkGfm], gfm: false }) },
  integrations: [inhoudscontrole(), mdx(), sitemap()],
});
