/**
 * Sätteri (Astro 7's Markdown processor) plugins for story and lab bodies; registered in
 * astro.config.mjs. The safety gate (mdx.ts) already rejects HTML in content before the build;
 * these keep the rendered page safe even if something slips past it.
 */
import { defineHastPlugin } from 'satteri';
import { tabellen } from '../inhoud/tabellen.ts';

/**
 * The parser features of the renderer (astro.config.mjs) and of the gate that reads the same tree
 * (bestanden.ts): one object, so the gate parses exactly as the renderer does.
 */
export const MARKDOWN_OPTIES = { features: { gfm: true } } as const;

/** Absolute web addresses, as rehype-external-links counts them: http(s) or protocol-relative. */
export const isExternAdres = (href: string) => /^(?:https?:)?\/\//i.test(href.trim());

/** External links in stories must not get a handle on our window or leak the page address. */
export const externeLinks = defineHastPlugin({
  name: 'kennisbank-externe-links',
  element: {
    filter: ['a'],
    visit(node, ctx) {
      const href = node.properties?.['href'];
      if (typeof href === 'string' && isExternAdres(href)) ctx.setProperty(node, 'rel', ['noopener', 'noreferrer']);
    },
  },
});

/**
 * Raw HTML in Markdown is copied into the page verbatim. Show it as text instead: nothing is
 * lost, nothing runs. (MDX syntax, which the gate checks, has no raw HTML; this is a backstop.)
 */
export const geenRuweHtml = defineHastPlugin({
  name: 'kennisbank-geen-ruwe-html',
  raw(node, ctx) {
    ctx.replaceNode(node, { type: 'text', value: node.value });
  },
});

/** Every plugin for story and lab bodies: the two above, and tables that stack on a phone (../inhoud/tabellen.ts). */
export const MARKDOWN_PLUGINS = [externeLinks, geenRuweHtml, tabellen] as const;
