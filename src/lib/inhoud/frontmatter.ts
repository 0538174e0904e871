/**
 * Splits an MDX file into frontmatter and body, keeping positions so that every
 * problem can name its line in the file.
 */
import { LineCounter, parseDocument, isNode, type Document } from 'yaml';

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

/**
 * Parses YAML (or JSON, which is YAML) and returns a line lookup by path.
 * `regelOffset` is the number of lines before the YAML text in its file.
 */
export function leesYaml(tekst: string, regelOffset = 0) {
  const lineCounter = new LineCounter();
  const doc: Document = parseDocument(tekst, { lineCounter, prettyErrors: false, uniqueKeys: true });
  const regelVanOffset = (offset: number) => lineCounter.linePos(offset).line + regelOffset;
  const syntaxfouten = doc.errors.map((e) => ({
    regel: regelVanOffset(e.pos[0]),
    bericht: `ongeldige YAML: ${e.message.split('\n')[0]}`,
  }));
  const regelVan = (pad: readonly PropertyKey[]): number => {
    // Walk up until a node exists: a missing field is reported at its parent.
    for (let n = pad.length; n >= 0; n--) {
      const node = n === 0 ? doc.contents : doc.getIn(pad.slice(0, n) as unknown[], true);
      if (isNode(node) && node.range) return regelVanOffset(node.range[0]);
    }
    return 1 + regelOffset;
  };
  const data = syntaxfouten.length ? undefined : (doc.toJS() as unknown);
  return { data, regelVan, syntaxfouten };
}
