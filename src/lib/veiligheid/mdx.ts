/**
 * No code in contributed content. Stories and lab reports arrive from outside as MDX, and MDX
 * can run JavaScript (ESM, `{expressions}`, components). This check parses the body as MDX with
 * GFM (Sätteri's Rust parser, the one Astro 7 renders with; ~18x faster than remark-mdx, which
 * was two thirds of the content check) and rejects every node that could carry code, instead
 * of guessing with regexes over the text. What is left is plain Markdown, and that is how the build
 * renders it (src/lib/inhoud/loader.ts): MDX has no raw HTML (every `<` outside code must be JSX,
 * which is rejected here), so nothing reaches the page that this check did not see.
 */
import type { Root } from 'mdast';
import {
  mdxToMdast,
  type MdxJsxAttributeNode as MdxJsxAttribute,
  type MdxJsxExpressionAttributeNode as MdxJsxExpressionAttribute,
  type MdxJsxFlowElement,
  type MdxJsxTextElement,
} from 'satteri';
import type { Node } from 'unist';
import { visit } from 'unist-util-visit';
import type { BestandsControle, InhoudBestand } from '../inhoud/controle.ts';
import { veldpad, type Probleem } from '../inhoud/problemen.ts';

/**
 * The project's own components that content may use, by JSX name. None is offered: stories are
 * rendered as Markdown, which has no components. Offering one (e.g. `Citaat`) would mean rendering
 * it in the Markdown processor (a Sätteri mdast plugin in src/lib/veiligheid/markdown.ts, or a
 * `:::citaat` directive instead of JSX), adding its name here and describing it in
 * content/verhalen/_sjabloon.mdx. Even an allowed component only takes plain text attributes.
 */
export const TOEGESTANE_COMPONENTEN: readonly string[] = [];

/** Elements named in the message with a reason, because they are the usual ways in. */
const GEVAARLIJKE_ELEMENTEN: Record<string, string> = {
  script: 'een <script> voert code uit in de browser van de lezer',
  iframe: 'een <iframe> laadt een andere website in de pagina',
  style: 'een <style> kan de opmaak van de hele site veranderen',
  object: 'een <object> laadt externe inhoud of plug-ins',
  embed: 'een <embed> laadt externe inhoud of plug-ins',
};

/** URL schemes that run code or smuggle documents when a link is followed. */
const ONVEILIGE_SCHEMAS = ['javascript:', 'vbscript:', 'data:'];

/** The scheme of a URL as a browser reads it: it ignores whitespace and control characters in it. */
export function onveiligSchema(url: string): string | undefined {
  const schoon = url.replace(/[\u0000-\u0020\u007f-\u009f]/g, '').toLowerCase();
  return ONVEILIGE_SCHEMAS.find((s) => schoon.startsWith(s));
}

/** Parses an MDX body; a syntax error comes back as a value, with its line in the body. */
export function parseMdx(body: string): { boom: Root } | { fout: { regel: number; reden: string } } {
  try {
    return { boom: mdxToMdast(body, { features: { gfm: true, frontmatter: false } }) as Root };
  } catch (e) {
    // "3:1: Expected a closing tag for `<div>` (3:1) (mdx-jsx:unexpected-character)"
    const tekst = (e instanceof Error ? e.message : String(e)).split('\n')[0]!;
    const plaats = /^(\d+):\d+(?:-\d+:\d+)?:\s*/.exec(tekst);
    const reden = tekst
      .slice(plaats?.[0].length ?? 0)
      .replace(/\s*\([a-z-]+:[a-z-]+\)$/, '') // the rule id
      // The parser's own hint ("to create a comment in MDX, use {/* text */}") points at what we forbid.
      .replace(/\s*\(note: [^)]*\)$/, '')
      .replace(/\s*\(\d+:\d+(?:-\d+:\d+)?\)$/, '');
    return { fout: { regel: Number(plaats?.[1] ?? 1), reden } };
  }
}

function jsxNaam(node: MdxJsxFlowElement | MdxJsxTextElement): string {
  return node.name ?? ''; // `<>...</>` is a fragment without a name
}

/** Makes the MDX check, with an allowlist of components (the project's list by default). */
export function maakMdxControle(toegestaan: readonly string[] = TOEGESTANE_COMPONENTEN): BestandsControle {
  const toegestaneNamen = new Set(toegestaan);
  return (bestand: InhoudBestand): Probleem[] => {
    const { pad, gelezen } = bestand;
    const problemen: Probleem[] = [];
    const inBody = (regel: number | undefined, bericht: string) =>
      problemen.push({ bestand: pad, regel: gelezen.bodyRegel + (regel ?? 1) - 1, bericht });

    problemen.push(...onveiligeFrontmatterUrls(bestand));

    const resultaat = parseMdx(gelezen.body);
    if ('fout' in resultaat) {
      inBody(
        resultaat.fout.regel,
        `MDX-syntaxfout: ${resultaat.fout.reden}. Gebruik gewone Markdown; schrijf een letterlijke < of { als \\< of \\{, en geen HTML-commentaar <!-- -->.`,
      );
      return problemen;
    }

    visit(resultaat.boom, (node: Node) => {
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
          if (!toegestaneNamen.has(naam)) {
            const reden = GEVAARLIJKE_ELEMENTEN[naam.toLowerCase()];
            const alternatief = toegestaneNamen.size ? ` Toegestane componenten: ${[...toegestaneNamen].join(', ')}.` : '';
            inBody(
              regel,
              reden
                ? `<${naam}> is niet toegestaan: ${reden}. Verwijder het element.`
                : `HTML of component <${naam || '>'}${naam ? '>' : ''} is niet toegestaan in een verhaal. Gebruik Markdown: **vet**, *schuin*, [tekst](https://…), ## kopjes, lijsten en tabellen.${alternatief}`,
            );
          }
          const regels = attribuutRegels(gelezen.body, el);
          el.attributes.forEach((attr, i) => attribuutProblemen(attr, naam, regels[i] ?? regel, inBody));
          return;
        }
        case 'link':
        case 'image':
        case 'definition': {
          const url = (node as unknown as { url: string }).url;
          const schema = onveiligSchema(url);
          if (schema) {
            inBody(regel, `een ${node.type === 'image' ? 'afbeelding' : 'link'} met "${schema}" is niet toegestaan: zo'n adres voert code uit of verbergt een document. Gebruik een gewoon https://-adres.`);
          }
          return;
        }
      }
    });
    return problemen;
  };
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
  regel: number | undefined,
  inBody: (regel: number | undefined, bericht: string) => void,
) {
  if (attr.type === 'mdxJsxExpressionAttribute') {
    inBody(regel, `<${element}> heeft een attribuut met { }: dat voert code uit bij het bouwen. Geef attributen als gewone tekst tussen aanhalingstekens.`);
    return;
  }
  if (/^on/i.test(attr.name)) {
    inBody(regel, `attribuut ${attr.name}= op <${element}> is niet toegestaan: het voert code uit in de browser. Verwijder het.`);
  }
  if (attr.value !== null && attr.value !== undefined && typeof attr.value === 'object') {
    inBody(regel, `attribuut ${attr.name}= op <${element}> heeft een waarde met { }: dat voert code uit bij het bouwen. Schrijf de waarde als gewone tekst tussen aanhalingstekens.`);
  } else if (typeof attr.value === 'string') {
    const schema = onveiligSchema(attr.value);
    if (schema) inBody(regel, `attribuut ${attr.name}= op <${element}> bevat "${schema}": zo'n adres voert code uit. Gebruik een gewoon https://-adres.`);
  }
}

/** A `javascript:` URL in frontmatter (e.g. bronnen[].url) would end up in a link on the page. */
function onveiligeFrontmatterUrls(bestand: InhoudBestand): Probleem[] {
  const problemen: Probleem[] = [];
  const loop = (waarde: unknown, pad: (string | number)[]) => {
    // Only URL-like values: a field `url`, or a value without spaces (prose may start with "Data:").
    if (typeof waarde === 'string' && (pad.at(-1) === 'url' || !/\s/.test(waarde.trim()))) {
      const schema = onveiligSchema(waarde);
      if (schema) {
        problemen.push({
          bestand: bestand.pad,
          regel: bestand.gelezen.regelVan(pad),
          veld: veldpad(pad),
          bericht: `"${schema}" is niet toegestaan: zo'n adres voert code uit als iemand erop klikt. Gebruik een gewoon https://-adres.`,
        });
      }
    } else if (Array.isArray(waarde)) waarde.forEach((w, i) => loop(w, [...pad, i]));
    else if (waarde && typeof waarde === 'object') for (const [k, w] of Object.entries(waarde)) loop(w, [...pad, k]);
  };
  loop(bestand.gelezen.data, []);
  return problemen;
}

/** The check registered in BESTANDSCONTROLES. */
export const controleerMdx: BestandsControle = maakMdxControle();
