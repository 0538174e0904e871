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

type Knoop = { type: string; value?: string; children?: Knoop[] };

const isWit = (k: Knoop) => k.type === 'text' && /^[\t\r\n ]*$/.test(k.value ?? '');

/**
 * MDX's "unravel" step, which Sätteri applies as @mdx-js/mdx does (its remark-mark-and-unravel) but
 * micromark, a parser only, does not: a paragraph that holds nothing but JSX elements (and line breaks)
 * becomes those elements as blocks. So `<Moment datum="2008">Tekst.</Moment>` on a line of its own is a
 * block in both parsers, as the component check expects. By hand: @mdx-js/mdx is not a dependency, and
 * this step is not exported on its own by any package.
 */
function ontrafel(knoop: Knoop): void {
  const kinderen = knoop.children;
  if (!kinderen) return;
  for (let i = 0; i < kinderen.length; i++) {
    const kind = kinderen[i]!;
    const inhoud = kind.type === 'paragraph' ? (kind.children ?? []) : [];
    const alleenJsx = inhoud.some((k) => k.type === 'mdxJsxTextElement' || k.type === 'mdxTextExpression') && inhoud.every((k) => k.type === 'mdxJsxTextElement' || k.type === 'mdxTextExpression' || isWit(k));
    if (alleenJsx) {
      const blokken = inhoud.filter((k) => !isWit(k));
      for (const b of blokken) b.type = b.type === 'mdxJsxTextElement' ? 'mdxJsxFlowElement' : 'mdxFlowExpression';
      kinderen.splice(i, 1, ...blokken);
      i += blokken.length - 1;
      for (const b of blokken) ontrafel(b);
      continue;
    }
    ontrafel(kind);
  }
}

/** The body as MDX, as the gate reads it; a syntax error comes back as a value with its line. */
export function parseMdxInBrowser(body: string): { boom: Root } | { fout: { regel: number; reden: string } } {
  try {
    const boom = fromMarkdown(body, { extensions: [mdxjs(), gfm()], mdastExtensions: [mdxFromMarkdown(), gfmFromMarkdown()] });
    ontrafel(boom as Knoop);
    return { boom };
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
