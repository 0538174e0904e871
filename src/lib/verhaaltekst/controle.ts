/**
 * What the components of a text mean, checked on its MDX tree: required attributes, a `bron` that is
 * one of the story's sources (every figure traceable), dates as the schema writes them, a <Moment>
 * only in a <Tijdlijn>, each block on its own line. Whether a name or attribute may appear at all,
 * and that values are plain text, is the safety gate's work (src/lib/veiligheid/mdx.ts); this runs
 * after it and only reads names it knows. Pure: the form runs it in the browser too.
 */
import type { Root } from 'mdast';
import type { MdxJsxFlowElement, MdxJsxTextElement } from 'satteri';
import type { Node, Parent } from 'unist';
import { suggestie } from '../../schema/berichten.ts';
import { datumSchema } from '../../schema/basis.ts';
import { beschrijving, isComponentNaam, type ComponentNaam } from './woordenschat.ts';

/** A finding in the body: its line in the body (1-based) and the message. */
export interface Melding {
  regel: number;
  bericht: string;
}

type Element = MdxJsxFlowElement | MdxJsxTextElement;

const isElement = (node: Node): node is Element => node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement';

/** The literal value of an attribute: text, or a number written as {2008}; undefined when absent. */
export function attribuutWaarde(el: Element, naam: string): string | undefined {
  for (const attr of el.attributes) {
    if (attr.type !== 'mdxJsxAttribute' || attr.name !== naam) continue;
    if (typeof attr.value === 'string') return attr.value;
    if (attr.value && typeof attr.value === 'object') return attr.value.value.trim();
    return ''; // `<Citaat wie>`: an attribute without a value
  }
  return undefined;
}

/** Whether a node holds anything a reader would see (text, or other content than whitespace). */
function heeftInhoud(el: Element): boolean {
  return el.children.some((kind) => kind.type !== 'text' || (kind as { value: string }).value.trim() !== '');
}

/** A date written in figures (2008, 2015-01, 2004-09-20, or a slip such as 2008-13 or 20081): checked as a date. */
export const isDatumVorm = (waarde: string): boolean => /^\d[\d\s./-]*$/.test(waarde.trim());

const voorbeeldVan = (naam: ComponentNaam) => beschrijving(naam).voorbeeld.split('\n')[0];

function bronMelding(naam: string, waarde: string, bronnen: readonly string[]): string | undefined {
  if (bronnen.includes(waarde)) return undefined;
  if (!bronnen.length) return `<${naam}> verwijst naar bron="${waarde}", maar dit verhaal heeft nog geen bronnen. Voeg de bron toe onder bronnen (met een id) en gebruik die id.`;
  const bedoeld = suggestie(waarde, bronnen);
  return `<${naam}> verwijst naar bron="${waarde}", en die staat niet bij de bronnen van dit verhaal.${bedoeld ? ` Bedoelde je "${bedoeld}"?` : ''} Kies uit: ${bronnen.join(', ')}.`;
}

/**
 * The problems with the components in an MDX tree. `bronnen` are the ids of the story's sources.
 * Elements with a name outside the vocabulary are skipped: the gate reports those.
 */
export function componentProblemen(boom: Root, bronnen: readonly string[]): Melding[] {
  const meldingen: Melding[] = [];
  const loop = (node: Node, ouder: Node | undefined) => {
    if (isElement(node) && node.name && isComponentNaam(node.name)) controleer(node, node.name, ouder);
    for (const kind of (node as Parent).children ?? []) loop(kind, node);
  };
  const controleer = (el: Element, naam: ComponentNaam, ouder: Node | undefined) => {
    const regel = el.position?.start.line ?? 1;
    const meld = (bericht: string) => meldingen.push({ regel, bericht });
    const b = beschrijving(naam);

    for (const [attr, uitleg] of Object.entries(b.attributen)) {
      const waarde = attribuutWaarde(el, attr);
      if (waarde === undefined) {
        if (uitleg.verplicht) meld(`<${naam}> mist ${attr}="…": ${uitleg.uitleg}. Voorbeeld: ${voorbeeldVan(naam)}`);
        continue;
      }
      if (waarde.trim() === '') {
        meld(`${attr}="" op <${naam}> is leeg: ${uitleg.uitleg}.${uitleg.verplicht ? '' : ` Laat ${attr} weg als je het niet nodig hebt.`}`);
        continue;
      }
      if (attr === 'bron') {
        const fout = bronMelding(naam, waarde, bronnen);
        if (fout) meld(fout);
      }
      // Digits are a date and must be one the calendar has; words ("jaren negentig") are as precise as their source.
      if (attr === 'datum' && isDatumVorm(waarde)) {
        const r = datumSchema.safeParse(waarde);
        if (!r.success) meld(`datum="${waarde}" op <${naam}>: ${r.error.issues[0]?.message ?? 'geen geldige datum'}.`);
      }
    }

    const binnen = b.binnen;
    if (binnen) {
      if (!(ouder && isElement(ouder) && ouder.name === binnen)) {
        meld(`<${naam}> staat alleen binnen een <${binnen}>, elk op een eigen regel. Zet het tussen <${binnen}> en </${binnen}>.`);
      }
    } else if (el.type === 'mdxJsxTextElement') {
      meld(`<${naam}> staat midden in een zin of alinea; zet het op een eigen regel, met een lege regel ervoor en erna.`);
    }

    if (b.inhoud === 'geen' && heeftInhoud(el)) {
      meld(`<${naam}> heeft geen tekst tussen de tags: alles staat in de attributen. Schrijf het als ${voorbeeldVan(naam)}`);
    } else if (b.inhoud === 'tekst' && !heeftInhoud(el)) {
      meld(`<${naam}> is leeg: zet de tekst tussen <${naam} …> en </${naam}>.`);
    } else if (b.inhoud === 'momenten') {
      const ander = el.children.find((kind) => !(isElement(kind) && kind.name === 'Moment') && !(kind.type === 'text' && (kind as { value: string }).value.trim() === ''));
      if (ander) {
        meldingen.push({
          regel: ander.position?.start.line ?? regel,
          bericht: `in een <${naam}> staan alleen <Moment>-onderdelen, elk op een eigen regel: ${voorbeeldVan('Moment')}`,
        });
      }
      if (!el.children.some((kind) => isElement(kind) && kind.name === 'Moment')) meld(`<${naam}> heeft geen <Moment>: zet er minstens één in, zoals ${voorbeeldVan('Moment')}`);
    }
  };
  loop(boom, undefined);
  return meldingen.sort((a, c) => a.regel - c.regel);
}

/** The ids of the sources in a story's frontmatter, whatever else is wrong with it (the schema reports that). */
export function bronIds(data: unknown): string[] {
  const bronnen = (data as { bronnen?: unknown } | undefined)?.bronnen;
  if (!Array.isArray(bronnen)) return [];
  return bronnen.flatMap((b) => (typeof (b as { id?: unknown })?.id === 'string' ? [(b as { id: string }).id] : []));
}

/** Whether a body may use components at all: cheap, and never false for a text that does (the gate admits no other JSX). */
export const gebruiktComponenten = (body: string): boolean => /<\s*[A-Z]/.test(body);
