/**
 * Splits an MDX file into frontmatter and body, keeping positions so that every
 * problem can name its line in the file.
 */
import { LineCounter, parseDocument, isNode, isScalar, visit, type Document, type YAMLError } from 'yaml';

export interface GelezenBestand {
  /** Parsed frontmatter (plain JS values), or undefined when it is missing or invalid. */
  data: unknown;
  body: string;
  /** 1-based line in the file where the body starts. */
  bodyRegel: number;
  /** Maps a field path (e.g. ['tags', 1]) to a 1-based line in the file. */
  regelVan(pad: readonly PropertyKey[]): number;
  /** YAML syntax errors, with their line in the file. */
  syntaxfouten: { regel: number; bericht: string }[];
}

const OPENING = /^\uFEFF?---\r?\n/;

/** The parts of a content file; a string says why the frontmatter cannot be found. */
export type Delen = { yaml: string; body: string; bodyRegel: number } | string;

/** Splits a file into its YAML frontmatter and body, without parsing the YAML. */
export function splitsFrontmatter(bron: string): Delen {
  const opening = OPENING.exec(bron);
  if (!opening) return 'het bestand begint niet met frontmatter tussen twee regels "---"';
  const start = opening[0].length;
  const sluit = /\r?\n---[ \t]*(?:\r?\n|$)/.exec(bron.slice(start - 1));
  if (!sluit) return 'de frontmatter wordt niet afgesloten met een regel "---"';
  const bodyStart = start - 1 + sluit.index + sluit[0].length;
  return {
    yaml: bron.slice(start, start - 1 + sluit.index + 1),
    body: bron.slice(bodyStart),
    bodyRegel: bron.slice(0, bodyStart).split('\n').length,
  };
}

/** The largest content file the check reads: a story is a few pages; 5 MB of text is an attack or a mistake. */
export const MAX_BESTANDSGROOTTE = 1_000_000;
/** How deep quotes and lists may nest: the parsers and the renderer recurse per level. */
export const MAX_NESTING = 40;

/**
 * A content file's bytes as text, or why they cannot be read as a story: invalid UTF-8 (readFileSync
 * would turn it into U+FFFD silently), NUL bytes, an empty or oversized file. A byte-order mark is
 * dropped and Windows line endings (CRLF) become LF, so an unchanged story saved on Windows reads the same.
 */
export function leesBronBytes(bytes: Uint8Array): { bron: string } | { fout: { regel: number; bericht: string } } {
  if (bytes.length === 0) return { fout: { regel: 1, bericht: 'het bestand is leeg. Begin met frontmatter tussen twee regels "---"; zie content/verhalen/_sjabloon.mdx.' } };
  if (bytes.length > MAX_BESTANDSGROOTTE) {
    return { fout: { regel: 1, bericht: `het bestand is ${Math.round(bytes.length / 1000)} kB; een verhaal mag hoogstens ${MAX_BESTANDSGROOTTE / 1000} kB zijn. Kort de tekst in of splits het verhaal.` } };
  }
  let tekst: string;
  try {
    tekst = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return { fout: { regel: 1, bericht: 'het bestand is geen geldige UTF-8-tekst. Sla het op als "UTF-8" (in Kladblok: Opslaan als, Codering UTF-8).' } };
  }
  return normaliseerBron(tekst);
}

/** Text normalised as leesBronBytes does, or the reason it cannot be a story (NUL bytes). */
export function normaliseerBron(tekst: string): { bron: string } | { fout: { regel: number; bericht: string } } {
  const nul = tekst.indexOf('\u0000');
  if (nul >= 0) {
    return { fout: { regel: tekst.slice(0, nul).split('\n').length, bericht: 'het bestand bevat een NUL-teken (byte 0): het is geen tekstbestand. Sla het op als gewone tekst (UTF-8).' } };
  }
  return { bron: tekst.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n') };
}

/**
 * The deepest nesting of block quotes and lists in a body, and the first line deeper than `grens`,
 * counted from the text without parsing (the parsers recurse per level: 20,000 nested quotes
 * overflowed the stack).
 */
export function diepsteNesting(body: string, grens = MAX_NESTING): { diepte: number; regel: number } {
  // One pass of one pattern decides for almost every file: no line starts that deep.
  const diep = new RegExp(String.raw`^(?:[ \t]*(?:>|[-*+]|\d{1,9}[.)])(?=[ \t>]|$)){${grens + 1}}|^[ \t]{${2 * grens + 2}}`, 'm');
  if (!diep.test(body)) return { diepte: 0, regel: 1 };
  let diepste = 0;
  let eerste = 0;
  let regel = 0;
  for (const r of body.split('\n')) {
    regel++;
    // Quote markers and list markers at the start of a line, and indentation (lists nest by indenting).
    const m = /^(?:[ \t]*(?:>|[-*+]|\d{1,9}[.)])(?=[ \t>]|$))*/.exec(r);
    const markers = m ? (m[0].match(/>|[-*+]|\d{1,9}[.)]/g)?.length ?? 0) : 0;
    const inspring = /^[ \t]*/.exec(r)![0].replace(/\t/g, '    ').length;
    const diepte = Math.max(markers, Math.floor(inspring / 2));
    if (diepte > grens && !eerste) eerste = regel;
    diepste = Math.max(diepste, diepte);
  }
  return { diepte: diepste, regel: eerste || 1 };
}

export function leesFrontmatter(bron: string): GelezenBestand {
  const delen = splitsFrontmatter(bron);
  if (typeof delen === 'string') {
    // Without a closing line nothing can be told apart, so the body is empty; without an opening it is the whole file.
    const body = OPENING.test(bron) ? '' : bron;
    return { data: undefined, body, bodyRegel: 1, regelVan: () => 1, syntaxfouten: [{ regel: 1, bericht: delen }] };
  }
  const { data, regelVan, syntaxfouten } = leesYaml(delen.yaml, 1);
  return { data, body: delen.body, bodyRegel: delen.bodyRegel, regelVan, syntaxfouten };
}

/** Dutch texts for the YAML parser's error codes; the parser's own words follow in brackets. */
const YAML_FOUTEN: Record<string, string> = {
  DUPLICATE_KEY: 'dit veld staat twee keer in hetzelfde blok; laat er één staan',
  BAD_INDENT: 'de inspringing klopt niet; gebruik spaties (geen tabs) en lijn velden op hetzelfde niveau uit',
  TAB_AS_INDENT: 'een tab als inspringing; gebruik spaties',
  MISSING_CHAR: 'er ontbreekt een teken, zoals een sluitend aanhalingsteken of haakje',
  UNEXPECTED_TOKEN: 'onverwacht teken; zet tekst met een dubbele punt, # of [ ] tussen aanhalingstekens',
  BLOCK_AS_IMPLICIT_KEY: 'een blok staat op de plaats van een veldnaam; controleer de inspringing',
  MULTILINE_IMPLICIT_KEY: 'een veldnaam moet op één regel staan; zet lange tekst tussen aanhalingstekens',
  BAD_SCALAR_START: 'deze waarde kan zo niet beginnen; zet haar tussen aanhalingstekens',
  BAD_DQ_ESCAPE: 'ongeldige \\-reeks tussen dubbele aanhalingstekens; gebruik enkele aanhalingstekens',
  TAG_RESOLVE_FAILED: 'YAML-tags (zoals !!js/function of !eigen) zijn niet toegestaan; schrijf een gewone waarde',
  BAD_ALIAS: 'ongeldige verwijzing (*naam)',
  ALIAS_PROPS: 'een verwijzing (*naam) kan geen tag of anker hebben',
  KEY_OVER_1024_CHARS: 'een veldnaam is langer dan 1024 tekens',
  BLOCK_IN_FLOW: 'een blok binnen [ ] of { }; schrijf de lijst met streepjes',
  BAD_COMMENT: 'een # moet na een spatie staan om commentaar te zijn; zet tekst met # tussen aanhalingstekens',
  MULTIPLE_DOCS: 'er staat meer dan één YAML-document; gebruik één blok frontmatter',
};

function yamlBericht(e: YAMLError): string {
  // The parser recurses per level of [ and {; thousands of levels overflow its stack.
  if (/call stack/i.test(e.message)) return 'ongeldige YAML: de gegevens zijn te diep genest. Schrijf lijsten en blokken hoogstens enkele niveaus diep.';
  const eigen = e.message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '');
  const nl = YAML_FOUTEN[e.code];
  return `ongeldige YAML: ${nl ? `${nl} (${eigen})` : eigen}`;
}

/** How many aliases (*naam) a file may use: a handful in real YAML, millions of copies in an alias bomb. */
const MAX_ALIASSEN = 50;

/**
 * Parses YAML (or JSON, which is YAML) and returns a line lookup by path. Never throws: an alias bomb,
 * a custom tag, a `__proto__` key or a duplicate key is a syntax error with its line.
 * `regelOffset` is the number of lines before the YAML text in its file.
 */
export function leesYaml(tekst: string, regelOffset = 0) {
  const lineCounter = new LineCounter();
  let doc: Document;
  try {
    doc = parseDocument(tekst, { lineCounter, prettyErrors: false, uniqueKeys: true });
  } catch {
    // The parser recurses per level of nesting ([[[[…); thousands of levels overflow its stack.
    const fout = { regel: 1 + regelOffset, bericht: 'ongeldige YAML: de gegevens zijn te diep genest. Schrijf lijsten en blokken hoogstens enkele niveaus diep.' };
    return { data: undefined, regelVan: () => 1 + regelOffset, syntaxfouten: [fout] };
  }
  const regelVanOffset = (offset: number) => lineCounter.linePos(offset).line + regelOffset;
  // Unresolved tags are only warnings to the parser; here they are errors, so no tag changes a value.
  const syntaxfouten = [...doc.errors, ...doc.warnings].map((e) => ({ regel: regelVanOffset(e.pos[0]), bericht: yamlBericht(e) }));
  visit(doc, {
    Pair(_, pair) {
      const sleutel = isScalar(pair.key) ? pair.key.value : pair.key;
      if (sleutel === '__proto__' || sleutel === 'constructor' || sleutel === 'prototype') {
        const pos = isNode(pair.key) && pair.key.range ? pair.key.range[0] : 0;
        syntaxfouten.push({ regel: regelVanOffset(pos), bericht: `ongeldige YAML: de veldnaam "${String(sleutel)}" is niet toegestaan. Verwijder het veld.` });
      }
    },
  });
  const regelVan = (pad: readonly PropertyKey[]): number => {
    // Walk up until a node exists: a missing field is reported at its parent.
    for (let n = pad.length; n >= 0; n--) {
      const node = n === 0 ? doc.contents : doc.getIn(pad.slice(0, n) as unknown[], true);
      if (isNode(node) && node.range) return regelVanOffset(node.range[0]);
    }
    return 1 + regelOffset;
  };
  let data: unknown;
  if (!syntaxfouten.length) {
    try {
      data = doc.toJS({ maxAliasCount: MAX_ALIASSEN }) as unknown;
    } catch {
      syntaxfouten.push({
        regel: 1 + regelOffset,
        bericht: `ongeldige YAML: te veel verwijzingen (*naam); een bestand mag er hoogstens ${MAX_ALIASSEN} gebruiken. Schrijf de waarden uit.`,
      });
    }
  }
  return { data, regelVan, syntaxfouten };
}
