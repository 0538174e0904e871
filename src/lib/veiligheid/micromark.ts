/**
 * The parsers of the submission form: micromark, the reference implementation of CommonMark, GFM and
 * MDX that Sätteri's Rust parser (used by `npm run check`) follows. Sätteri's own browser build needs
 * shared WebAssembly memory, which a page can only have with cross-origin isolation headers that
 * GitHub Pages cannot send, and it is 3 MB; this is pure JavaScript, loaded only when the form checks.
 * Both parsers give the same syntax tree (mdast), which the gate's rules read.
 */
import type { Root } from 'mdast';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { gfmFromMarkdown } from 'mdast-util-gfm';
import { mdxFromMarkdown } from 'mdast-util-mdx';
import { gfm } from 'micromark-extension-gfm';
import { mdxjs } from 'micromark-extension-mdxjs';
import { leesParserFout } from './mdx.ts';

/** The body as MDX, as the gate reads it; a syntax error comes back as a value with its line. */
export function parseMdxInBrowser(body: string): { boom: Root } | { fout: { regel: number; reden: string } } {
  try {
    return { boom: fromMarkdown(body, { extensions: [mdxjs(), gfm()], mdastExtensions: [mdxFromMarkdown(), gfmFromMarkdown()] }) };
  } catch (e) {
    // micromark: "3:1: Expected a closing tag for `<div>` (3:1-3:6)"; its errors carry line and column.
    const plaats = e as { line?: number; reason?: string };
    if (typeof plaats.line === 'number' && typeof plaats.reason === 'string') return { fout: leesParserFout(new Error(`${plaats.line}:1: ${plaats.reason}`)) };
    return { fout: leesParserFout(e) };
  }
}

/** The body as plain Markdown with GFM: what the renderer reads. */
export function parseMarkdownInBrowser(body: string): Root {
  return fromMarkdown(body, { extensions: [gfm()], mdastExtensions: [gfmFromMarkdown()] });
}

/** Both, in the shape the form's check takes (src/lib/bijdragen/veiligheid.ts). */
export const MICROMARK_PARSERS = { mdx: parseMdxInBrowser, markdown: parseMarkdownInBrowser } as const;
