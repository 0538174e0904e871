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

export function leesFrontmatter(bron: string): GelezenBestand {
  const opening = OPENING.exec(bron);
  if (!opening) {
    return {
      data: undefined,
      body: bron,
      bodyRegel: 1,
      regelVan: () => 1,
      syntaxfouten: [{ regel: 1, bericht: 'het bestand begint niet met frontmatter tussen twee regels "---"' }],
    };
  }
  const start = opening[0].length;
  const sluit = /\r?\n---[ \t]*(?:\r?\n|$)/.exec(bron.slice(start - 1));
  if (!sluit) {
    return {
      data: undefined,
      body: '',
      bodyRegel: 1,
      regelVan: () => 1,
      syntaxfouten: [{ regel: 1, bericht: 'de frontmatter wordt niet afgesloten met een regel "---"' }],
    };
  }
  const yamlTekst = bron.slice(start, start - 1 + sluit.index + 1);
  const bodyStart = start - 1 + sluit.index + sluit[0].length;
  const bodyRegel = bron.slice(0, bodyStart).split('\n').length;
  const { data, regelVan, syntaxfouten } = leesYaml(yamlTekst, 1);
  return { data, body: bron.slice(bodyStart), bodyRegel, regelVan, syntaxfouten };
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
