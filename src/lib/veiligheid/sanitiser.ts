/**
 * The last gate: the rendered HTML of every story and lab keeps only the elements and attributes in
 * one table, and links and sources only http(s), mailto or relative addresses. The MDX gate (mdx.ts)
 * should already have refused anything else; this holds even where a parser and the renderer
 * disagree, and does not rely on the CSP, which GitHub Pages serves only as a <meta> tag.
 * hast-util-sanitize does the work (GitHub's sanitiser rules, kept by the unified collective).
 */
import type { Root } from 'hast';
import { sanitize, type Schema } from 'hast-util-sanitize';

/**
 * Elements a rendered story may contain, with the attributes each may carry (hast property names).
 * One line per element: the MDX component vocabulary adds the elements its components render here.
 */
export const TOEGESTANE_ELEMENTEN: Readonly<Record<string, readonly string[]>> = {
  p: [],
  h1: ['id'],
  h2: ['id', 'className'],
  h3: ['id'],
  h4: ['id'],
  h5: ['id'],
  h6: ['id'],
  a: ['href', 'title', 'rel', 'id', 'className', 'dataFootnoteRef', 'dataFootnoteBackref', 'ariaDescribedBy', 'ariaLabel'],
  strong: [],
  em: [],
  del: [],
  code: ['className'],
  pre: [],
  blockquote: [],
  ul: ['className'],
  ol: ['start'],
  li: ['id', 'className'],
  // A table sits in a labelled, focusable box; each cell names its column for phones (../inhoud/tabellen.ts).
  div: ['className', 'role', 'tabIndex', 'ariaLabel'],
  table: [],
  thead: [],
  tbody: [],
  tr: [],
  th: ['align'],
  td: ['align', 'dataKop'],
  hr: [],
  br: [],
  img: ['src', 'alt', 'title'],
  // GFM task lists render a disabled checkbox.
  input: ['type', 'checked', 'disabled'],
  sup: [],
  sub: [],
  // Code highlighting wraps lines in spans (off in astro.config.mjs, on in Astro's default processor).
  span: ['className'],
  section: ['dataFootnotes', 'className'],
  // The text components (src/components/verhaaltekst/): <Citaat>, <Kerngetal> and <Tijdlijn> are figures
  // with a caption, a <Moment> dates its item with <time>, a <Kader> is an aside.
  figure: ['className'],
  figcaption: [],
  time: ['dateTime'],
  aside: ['className'],
};

/** Schemes per URL attribute; relative addresses are always allowed. */
export const TOEGESTANE_PROTOCOLLEN: Readonly<Record<string, readonly string[]>> = {
  href: ['http', 'https', 'mailto'],
  src: ['http', 'https'],
};

/** The hast-util-sanitize schema made from the two tables above. */
export const SCHEMA: Schema = {
  tagNames: Object.keys(TOEGESTANE_ELEMENTEN),
  attributes: Object.fromEntries(Object.entries(TOEGESTANE_ELEMENTEN).map(([el, attrs]) => [el, [...attrs]])),
  protocols: Object.fromEntries(Object.entries(TOEGESTANE_PROTOCOLLEN).map(([a, p]) => [a, [...p]])),
  required: { input: { type: 'checkbox', disabled: true } },
  // Element content that must go with the element (hast-util-sanitize keeps the text of other unknown elements).
  strip: ['script', 'style', 'iframe', 'object', 'embed', 'template', 'noscript', 'textarea', 'select', 'math', 'svg'],
  // Ids stay as the renderer made them: footnote links point at them. Content cannot choose an id
  // (Markdown has no syntax for it), so there is nothing to clobber.
  clobberPrefix: '',
  clobber: [],
  allowComments: false,
  allowDoctypes: false,
};

/** The tree with everything outside the tables removed. */
export function saneer(boom: Root): Root {
  return sanitize(boom, SCHEMA) as Root;
}

/**
 * What the sanitiser will remove that could act (elements outside the table, event attributes,
 * addresses with another scheme), named for a message. Presentational leftovers, such as the
 * renderer's `style` for table alignment (which the CSP blocks anyway), are not listed.
 */
export function onveiligeOnderdelen(boom: Root): string[] {
  const gevonden: string[] = [];
  const toegestaanSchema = (waarde: string, attr: string) => {
    const schema = /^([a-z][a-z0-9+.-]*):/i.exec(waarde.replace(/[\u0000-\u0020\u007f-\u009f]/g, ''))?.[1]?.toLowerCase();
    return !schema || (TOEGESTANE_PROTOCOLLEN[attr] ?? []).includes(schema);
  };
  const loop = (node: Root | Root['children'][number]) => {
    if (node.type === 'element') {
      if (!Object.hasOwn(TOEGESTANE_ELEMENTEN, node.tagName)) gevonden.push(`<${node.tagName}>`);
      for (const [naam, waarde] of Object.entries(node.properties ?? {})) {
        if (/^on/i.test(naam)) gevonden.push(`${naam}=`);
        else if ((naam === 'href' || naam === 'src') && typeof waarde === 'string' && !toegestaanSchema(waarde, naam)) gevonden.push(`${naam}="${waarde.slice(0, 20)}"`);
      }
    }
    if (node.type === 'comment' || node.type === 'doctype') gevonden.push(node.type === 'comment' ? '<!-- -->' : '<!doctype>');
    if ('children' in node) for (const kind of node.children) loop(kind as Root['children'][number]);
  };
  loop(boom);
  return gevonden;
}
