/**
 * No code in contributed content. Stories and lab reports arrive from outside as MDX, and MDX
 * can run JavaScript (ESM, `{expressions}`, components). The gate reads the body's syntax tree as MDX
 * (Sätteri's Rust parser in `npm run check`, bestanden.ts; micromark's MDX parser in the submission
 * form) and rejects every node that could carry code, instead of guessing with regexes over the text.
 * Links are judged on the tree the renderer reads too (plain Markdown with GFM), since the two parsers
 * disagree on a few constructs; the sanitiser (sanitiser.ts) is the last gate on the rendered HTML.
 * Pure and free of Node imports: these rules run in the browser as well.
 */
import type { Root } from 'mdast';
import type {
  MdxJsxAttributeNode as MdxJsxAttribute,
  MdxJsxExpressionAttributeNode as MdxJsxExpressionAttribute,
  MdxJsxFlowElement,
  MdxJsxTextElement,
} from 'satteri';
import type { Node } from 'unist';
import { visit } from 'unist-util-visit';
import { bedoeldComponent } from '../verhaaltekst/woordenschat.ts';

/** Allowed components: JSX name -> the attributes it takes (plain text only). */
export type Toegestaan = Readonly<Record<string, readonly string[]>>;

/**
 * The project's own components that content may use, by JSX name, with their attributes: one line
 * per component. They are the text vocabulary (src/lib/verhaaltekst/woordenschat.ts describes them;
 * a test holds the two equal), rendered by src/components/verhaaltekst/ through @astrojs/mdx. Offering
 * another means describing it there, adding the elements it renders to TOEGESTANE_ELEMENTEN in
 * sanitiser.ts, and a line here. Even an allowed component only takes literal text or number attributes.
 */
export const TOEGESTANE_COMPONENTEN: Toegestaan = {
  Citaat: ['wie', 'rol', 'bron'],
  Kerngetal: ['waarde', 'label', 'bron'],
  Tijdlijn: ['titel'],
  Moment: ['datum'],
  Kader: ['titel'],
};

/** `{2008}`: a number literal is data, not code, and the only expression an attribute may hold. */
const GETAL = /^\s*-?\d+(?:\.\d+)?\s*$/;

/** Elements named in the message with a reason, because they are the usual ways in. */
const GEVAARLIJKE_ELEMENTEN: Record<string, string> = {
  script: 'een <script> voert code uit in de browser van de lezer',
  iframe: 'een <iframe> laadt een andere website in de pagina',
  style: 'een <style> kan de opmaak van de hele site veranderen',
  object: 'een <object> laadt externe inhoud of plug-ins',
  embed: 'een <embed> laadt externe inhoud of plug-ins',
};

/** URL schemes a link or source may use; anything else (javascript:, data:, tel:, file:) is refused. Relative addresses have none. */
export const TOEGESTANE_SCHEMAS: readonly string[] = ['http:', 'https:', 'mailto:'];
/** Schemes that run code or smuggle documents when a link is followed: named so in the message. */
const CODE_SCHEMAS = ['javascript:', 'vbscript:', 'data:'];

/**
 * The scheme of a URL as a browser reads it (it ignores whitespace and control characters in it),
 * when it is not an allowed one; undefined for http(s), mailto and relative addresses.
 */
export function onveiligSchema(url: string): string | undefined {
  const schoon = url.replace(/[\u0000-\u0020\u007f-\u009f]/g, '').toLowerCase();
  const schema = /^[a-z][a-z0-9+.-]*:/.exec(schoon)?.[0];
  return schema && !TOEGESTANE_SCHEMAS.includes(schema) ? schema : undefined;
}

/** Why an address is refused, for a message. */
function waaromOnveilig(schema: string): string {
  return CODE_SCHEMAS.includes(schema)
    ? "zo'n adres voert code uit of verbergt een document"
    : 'alleen https://, http://, mailto: en adressen op deze site zijn toegestaan';
}

/** Dutch for the MDX parsers' messages (Sätteri and micromark word them alike); the first match wins. */
const PARSER_BERICHTEN: [RegExp, (m: RegExpExecArray) => string][] = [
  [/^Unexpected character `!` \(U\+0021\) before name/, () => 'na een < staat een !: een HTML-commentaar <!-- --> kan niet in een verhaal'],
  [/^Unexpected character `(.+?)` \(U\+[0-9A-F]+\) before name/, (m) => `na een < staat ${m[1]}, en daarmee begint geen naam; een losse < schrijf je als \\<`],
  [/^Unexpected character `(.+?)` \(U\+[0-9A-F]+\) (?:in|after|before) (?:name|attribute)/, (m) => `onverwacht teken ${m[1]} in een tag`],
  [/^Expected a closing tag for `(.+?)`/, (m) => `de tag ${m[1]} wordt niet gesloten`],
  [/^Unexpected closing tag `(.+?)`, expected corresponding closing tag for `(.+?)`/, (m) => `de sluittag ${m[1]} past niet bij ${m[2]}`],
  [/^Unexpected closing slash `\/` in tag/, () => 'een / op de verkeerde plaats in een tag'],
  [/^Unexpected end of file in expression, expected a corresponding closing brace for `\{`/, () => 'een { wordt niet gesloten met }'],
  [/^Unexpected end of file/, () => 'het bestand houdt midden in een tag of expressie op'],
  [/^Could not parse (?:expression|import\/exports) with acorn/, () => 'de tekst tussen { } of na import/export is geen geldige JavaScript'],
  [/^Unexpected lazy line/, () => 'een regel binnen een citaat of lijst mist de > of de inspringing'],
];

/** A parser message in Dutch; an unknown one is quoted, so nothing is lost. */
export function parserBerichtNl(reden: string): string {
  for (const [patroon, nl] of PARSER_BERICHTEN) {
    const m = patroon.exec(reden);
    if (m) return nl(m);
  }
  return `de MDX-parser meldt: "${reden}"`;
}

/** The line and reason (in Dutch) of a parser error; "3:1: Expected a closing tag for `<div>` (3:1) (mdx-jsx:unexpected-character)". */
export function leesParserFout(e: unknown): { regel: number; reden: string } {
  const tekst = (e instanceof Error ? e.message : String(e)).split('\n')[0]!;
  const plaats = /^(\d+):\d+(?:-\d+:\d+)?:\s*/.exec(tekst);
  const reden = tekst
    .slice(plaats?.[0].length ?? 0)
    .replace(/\s*\([a-z-]+:[a-z-]+\)$/, '') // the rule id
    // The parser's own hint ("to create a comment in MDX, use {/* text */}") points at what we forbid.
    .replace(/\s*\(note: [^)]*\)$/, '')
    .replace(/\s*\(\d+:\d+(?:-\d+:\d+)?\)$/, '');
  return { regel: Number(plaats?.[1] ?? 1), reden: parserBerichtNl(reden) };
}

function jsxNaam(node: MdxJsxFlowElement | MdxJsxTextElement): string {
  return node.name ?? ''; // `<>...</>` is a fragment without a name
}

/** The message for a body that is not valid MDX. */
export function mdxSyntaxfout(fout: { regel: number; reden: string }): Melding {
  return {
    regel: fout.regel,
    bericht: `MDX-syntaxfout: ${fout.reden}. Gebruik gewone Markdown; schrijf een letterlijke < of { als \\< of \\{, en geen HTML-commentaar <!-- -->.`,
  };
}

/** A finding in the body: its line in the body (1-based) and the message. */
export interface Melding {
  regel: number;
  bericht: string;
}

/** Everything in an MDX tree that could carry code. `body` is the parsed text (for attribute lines). */
export function mdxProblemen(boom: Root, body: string, toegestaan: Toegestaan = TOEGESTANE_COMPONENTEN): Melding[] {
  const meldingen: Melding[] = [];
  const inBody = (regel: number | undefined, bericht: string) => meldingen.push({ regel: regel ?? 1, bericht });
  const namen = Object.keys(toegestaan);
  visit(boom, (node: Node) => {
    const regel = node.position?.start.line;
    switch (node.type) {
      case 'mdxjsEsm':
        inBody(regel, 'import en export zijn niet toegestaan in een verhaal: ze voeren code uit bij het bouwen. Verwijder de regel; schrijf gewone tekst en Markdown.');
        return;
      case 'mdxFlowExpression':
      case 'mdxTextExpression':
        inBody(regel, 'een expressie tussen { } is niet toegestaan: die voert code uit bij het bouwen. Verwijder de accolades, of schrijf ze als \\{ en \\} als je ze letterlijk bedoelt.');
        return;
      case 'mdxJsxFlowElement':
      case 'mdxJsxTextElement': {
        const el = node as MdxJsxFlowElement | MdxJsxTextElement;
        const naam = jsxNaam(el);
        const attributen = Object.hasOwn(toegestaan, naam) ? toegestaan[naam] : undefined;
        if (!attributen) {
          const reden = GEVAARLIJKE_ELEMENTEN[naam.toLowerCase()];
          const bedoeld = bedoeldComponent(naam);
          const voorstel = bedoeld && Object.hasOwn(toegestaan, bedoeld) ? ` Bedoelde je <${bedoeld}>?` : '';
          const lijst = namen.map((n) => `<${n}>`).join(', ');
          inBody(
            regel,
            reden
              ? `<${naam}> is niet toegestaan: ${reden}. Verwijder het element.`
              : /^[A-Z]/.test(naam) && namen.length
                ? `onbekend component <${naam}>.${voorstel} Toegestaan: ${lijst}.`
                : `HTML of component <${naam || '>'}${naam ? '>' : ''} is niet toegestaan in een verhaal. Gebruik Markdown: **vet**, *schuin*, [tekst](https://…), ## kopjes, lijsten en tabellen.${voorstel}${namen.length ? ` Toegestane componenten: ${lijst}.` : ''}`,
          );
        }
        const regels = attribuutRegels(body, el);
        el.attributes.forEach((attr, i) => attribuutProblemen(attr, naam, attributen, regels[i] ?? regel, inBody));
        return;
      }
    }
  });
  return meldingen;
}

/**
 * Raw HTML as the renderer reads the text (plain Markdown). MDX has no raw HTML, but the two parsers
 * disagree on indentation: an indented ``` opens a code block for MDX and is indented code followed by
 * live text for Markdown. HTML on the lines of an element that MDX saw is left to mdxProblemen.
 */
export function htmlProblemen(markdownBoom: Root, mdxBoom?: Root): Melding[] {
  const jsxRegels = new Set<number>();
  if (mdxBoom) {
    visit(mdxBoom, (node: Node) => {
      if (node.type !== 'mdxJsxFlowElement' && node.type !== 'mdxJsxTextElement') return;
      const { start, end } = node.position ?? { start: { line: 0 }, end: { line: 0 } };
      for (let r = start.line; r <= end.line; r++) jsxRegels.add(r);
    });
  }
  const meldingen: Melding[] = [];
  visit(markdownBoom, 'html', (node: Node) => {
    const regel = node.position?.start.line ?? 1;
    if (jsxRegels.has(regel)) return;
    meldingen.push({
      regel,
      bericht: 'HTML is niet toegestaan in een verhaal, ook niet na ingesprongen ``` (de site leest die regel als HTML). Gebruik Markdown, en begin codeblokken met ``` zonder inspringing.',
    });
  });
  return meldingen;
}

/** Links, images and link definitions whose address is not http(s), mailto or relative. */
export function linkProblemen(boom: Root): Melding[] {
  const meldingen: Melding[] = [];
  visit(boom, (node: Node) => {
    if (node.type !== 'link' && node.type !== 'image' && node.type !== 'definition') return;
    const schema = onveiligSchema((node as unknown as { url: string }).url);
    if (schema) {
      meldingen.push({
        regel: node.position?.start.line ?? 1,
        bericht: `een ${node.type === 'image' ? 'afbeelding' : 'link'} met "${schema}" is niet toegestaan: ${waaromOnveilig(schema)}. Gebruik een gewoon https://-adres.`,
      });
    }
  });
  return meldingen;
}

/**
 * The line of each attribute of an element. Sätteri gives attributes no position, so they are
 * found in the source, in order, from the start of the element.
 */
function attribuutRegels(body: string, el: MdxJsxFlowElement | MdxJsxTextElement): (number | undefined)[] {
  let cursor = el.position?.start.offset;
  if (cursor === undefined) return [];
  cursor += 1 + (el.name?.length ?? 0);
  return el.attributes.map((attr) => {
    if (attr.position) return attr.position.start.line;
    const i = body.indexOf(attr.type === 'mdxJsxExpressionAttribute' ? '{' : attr.name, cursor);
    if (i < 0) return undefined;
    cursor = i + 1;
    // Skip the value, so that a later attribute is not found inside it.
    const tekst = typeof attr.value === 'string' ? attr.value : attr.value?.value;
    if (tekst) {
      const j = body.indexOf(tekst, cursor);
      if (j >= 0) cursor = j + tekst.length;
    }
    return body.slice(0, i).split('\n').length;
  });
}

function attribuutProblemen(
  attr: MdxJsxAttribute | MdxJsxExpressionAttribute,
  element: string,
  toegestaan: readonly string[] | undefined,
  regel: number | undefined,
  inBody: (regel: number | undefined, bericht: string) => void,
) {
  if (attr.type === 'mdxJsxExpressionAttribute') {
    inBody(regel, `<${element}> heeft een attribuut met { }: dat voert code uit bij het bouwen. Geef attributen als gewone tekst tussen aanhalingstekens.`);
    return;
  }
  if (/^on/i.test(attr.name)) {
    inBody(regel, `attribuut ${attr.name}= op <${element}> is niet toegestaan: het voert code uit in de browser. Verwijder het.`);
  } else if (toegestaan && !toegestaan.includes(attr.name)) {
    inBody(regel, `attribuut ${attr.name}= kent <${element}> niet. ${toegestaan.length ? `Gebruik ${toegestaan.join(', ')}.` : 'Verwijder het.'}`);
  }
  if (attr.value !== null && attr.value !== undefined && typeof attr.value === 'object' && !GETAL.test(attr.value.value)) {
    inBody(regel, `attribuut ${attr.name}= op <${element}> heeft een waarde met { }: dat voert code uit bij het bouwen. Schrijf de waarde als gewone tekst tussen aanhalingstekens (alleen een getal mag ook als {2008}).`);
  } else if (typeof attr.value === 'string') {
    const schema = onveiligSchema(attr.value);
    if (schema && CODE_SCHEMAS.includes(schema)) inBody(regel, `attribuut ${attr.name}= op <${element}> bevat "${schema}": zo'n adres voert code uit. Gebruik een gewoon https://-adres.`);
  }
}

/** A `javascript:` URL in frontmatter (e.g. bronnen[].url) would end up in a link on the page. */
export function onveiligeUrls(data: unknown): { pad: (string | number)[]; bericht: string }[] {
  const meldingen: { pad: (string | number)[]; bericht: string }[] = [];
  const loop = (waarde: unknown, pad: (string | number)[]) => {
    // Only URL-like values: a field `url`, or a value without spaces (prose may start with "Data:").
    if (typeof waarde === 'string' && (pad.at(-1) === 'url' || !/\s/.test(waarde.trim()))) {
      const schema = onveiligSchema(waarde);
      if (schema && (pad.at(-1) === 'url' || CODE_SCHEMAS.includes(schema))) {
        meldingen.push({ pad, bericht: `"${schema}" is niet toegestaan: ${CODE_SCHEMAS.includes(schema) ? "zo'n adres voert code uit als iemand erop klikt" : waaromOnveilig(schema)}. Gebruik een gewoon https://-adres.` });
      }
    } else if (Array.isArray(waarde)) waarde.forEach((w, i) => loop(w, [...pad, i]));
    else if (waarde && typeof waarde === 'object') for (const [k, w] of Object.entries(waarde)) loop(w, [...pad, k]);
  };
  loop(data, []);
  return meldingen;
}
