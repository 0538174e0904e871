/**
 * The text as a reader sees it. Personal data hides from a scan of the source in ways a reader never
 * notices: `&#48;6` is "06", `12**345**6782` reads as 123456782, and text copied from Word or a PDF
 * carries no-break spaces, zero-width characters, en dashes and fullwidth digits. The scan therefore
 * reads the rendered words (from the Markdown syntax tree: entities decoded, markup gone) after
 * folding Unicode to what it looks like. Pure and free of Node imports: the submission form uses it too.
 */
import type { Nodes, Root } from 'mdast';

/** Characters that take up no room: zero-width (no-)joiners and spaces, word joiner, BOM, soft hyphen. */
const ONZICHTBAAR = /[\u00AD\u180E\u200B-\u200D\u2060-\u2064\uFEFF]/g;
/** Spaces NFKC leaves alone or a reader cannot tell from a space. */
const SPATIES = /[\u00A0\u1680\u2000-\u200A\u202F\u205F\u3000]/g;
/** Hyphens, dashes and minus signs that read as "-". */
const STREEPJES = /[\u2010-\u2015\u2212\u2043\uFE58\uFE63\uFF0D]/g;
/** Slashes that read as "/". */
const SCHUINE_STREPEN = /[\u2044\u2215\u29F8\uFF0F]/g;

/**
 * Unicode folded to what a reader sees: NFKC (fullwidth digits and letters, ligatures), invisible
 * characters removed, every kind of space, dash and slash as its ASCII form. Newlines are kept, so
 * lines still count.
 */
export function vouw(tekst: string): string {
  // The common case (plain ASCII) needs no work: this runs over every field of every story.
  // eslint-disable-next-line no-control-regex
  if (!/[^\u0000-\u007F]/.test(tekst)) return tekst;
  return tekst.normalize('NFKC').replace(ONZICHTBAAR, '').replace(SPATIES, ' ').replace(STREEPJES, '-').replace(SCHUINE_STREPEN, '/');
}

/** The reader's text of a body, and the line in the file of each position in it. */
export interface LeesbareTekst {
  tekst: string;
  /** 1-based line in the file of an index in `tekst`. */
  regelOp(index: number): number;
}

/** Containers whose inline children a reader reads as one run of text. */
const ALINEAS = new Set(['paragraph', 'heading', 'tableCell']);

/**
 * The words of a Markdown tree as a reader gets them: text of one paragraph, heading or table cell as
 * one run (so emphasis inside a number joins the number), code as it is shown, and the addresses of
 * links and images and the alt text, which end up in the page too. `eersteRegel` is the file line of
 * the tree's line 1.
 */
export function leesbareTekst(boom: Root, eersteRegel = 1): LeesbareTekst {
  const stukken: string[] = [];
  const starts: number[] = [];
  const regels: number[] = [];
  let lengte = 0;
  // A new block starts on a new line, so that the words of two blocks never run together.
  const nieuweRegel = () => {
    if (lengte > 0 && stukken.at(-1)?.endsWith('\n') === false) {
      stukken.push('\n');
      lengte += 1;
    }
  };
  const voegToe = (tekst: string, regel: number | undefined) => {
    if (!tekst) return;
    const gevouwen = vouw(tekst);
    starts.push(lengte);
    regels.push((regel ?? 1) + eersteRegel - 1);
    stukken.push(gevouwen);
    lengte += gevouwen.length;
  };
  const loop = (node: Nodes, inAlinea: boolean) => {
    const regel = node.position?.start.line;
    const alinea = !inAlinea && ALINEAS.has(node.type);
    if (alinea) nieuweRegel();
    if ('value' in node && typeof node.value === 'string') {
      if (!inAlinea) nieuweRegel();
      voegToe(node.value, regel);
    }
    // Addresses and alt texts are read apart from the running text, so a link inside a number does not split it.
    for (const los of ['url', 'alt', 'title'] as const) {
      const waarde = (node as { [k in typeof los]?: unknown })[los];
      if (typeof waarde === 'string' && waarde) apart.push([waarde, regel]);
    }
    if ('children' in node) for (const kind of node.children as Nodes[]) loop(kind, inAlinea || alinea);
    if (alinea) nieuweRegel();
  };
  const apart: [string, number | undefined][] = [];
  loop(boom, false);
  for (const [waarde, regel] of apart) {
    nieuweRegel();
    voegToe(waarde, regel);
  }
  const tekst = stukken.join('');
  return {
    tekst,
    regelOp(index: number) {
      // The last piece starting at or before `index`, plus the newlines inside it up to `index`.
      let lo = 0;
      let hi = starts.length - 1;
      while (lo < hi) {
        const mid = (lo + hi + 1) >> 1;
        if (starts[mid]! <= index) lo = mid;
        else hi = mid - 1;
      }
      if (!starts.length) return eersteRegel;
      let regel = regels[lo]!;
      for (let i = starts[lo]!; i < index; i++) if (tekst.charCodeAt(i) === 10) regel++;
      return regel;
    },
  };
}
