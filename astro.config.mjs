// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { unified } from '@astrojs/markdown-remark';
import remarkGfm from 'remark-gfm';
import inhoudscontrole from './src/integrations/inhoudscontrole.ts';
import { SITE, BASE } from './src/site.config.ts';

export default defineConfig({
  site: SITE,
  base: BASE,
  trailingSlash: 'ignore',
  build: { format: 'directory' },
  // Astro 7 defaults to the Sätteri processor, which runs no remark plugins; unified() does, and MDX inherits it.
  markdown: { processor: unified({ remarkPlugins: [remarkGfm], gfm: false }) },
  integrations: [inhoudscontrole(), mdx()],
});
