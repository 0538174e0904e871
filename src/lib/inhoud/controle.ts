/**
 * Validates all content in one pass and reports every problem at once.
 * Used by `npm run check`, by the build (src/integrations/inhoudscontrole.ts) and by tests.
 * Reads files synchronously: the content folder is small next to a build, and
 * src/content.config.ts needs the reference ids synchronously too.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import type { z } from 'zod';
import {
  GEMEENTE_ALIASSEN_BESTAND,
  gemeenteAliasSchema,
  maakLabSchema,
  maakVerhaalSchema,
  onbekendBericht,
  TAXONOMIE_NAMEN,
  TAXONOMIEEN,
  type GemeenteAlias,
  type Referenties,
  type TaxonomieNaam,
} from '../../schema/index.ts';
import { sleutel } from '../gemeenten/namen.ts';
import { leesFrontmatter, leesYaml, type GelezenBestand } from './frontmatter.ts';
import { zodProblemen, type Probleem } from './problemen.ts';
import { slugify } from '../slug.ts';
import { maakMdxControle } from '../veiligheid/mdx.ts';
import { COMPONENTNAMEN } from '../verhaaltekst/woordenschat.ts';
import { controleerComponenten } from '../verhaaltekst/bestanden.ts';
import { controleerPersoonsgegevens, maakPersoonsgegevensControle, toegestaneEmaildomeinen } from '../veiligheid/persoonsgegevens.ts';
import { OvernameIndex } from './overnames.ts';

export const INHOUDSMAP = 'content';

/** The taxonomy data files, relative to the project root (from the schema's table). */
export const TAXONOMIE_BESTANDEN = Object.fromEntries(TAXONOMIE_NAMEN.map((n) => [n, TAXONOMIEEN[n].bestand])) as {
  readonly [K in TaxonomieNaam]: (typeof TAXONOMIEEN)[K]['bestand'];
};

/** A story or lab file as read from disk. */
export interface InhoudBestand {
  soort: 'verhaal' | 'lab';
  /** Entry id: the file name without extension. */
  id: string;
  /** Path relative to the project root, forward slashes. */
  pad: string;
  bron: string;
  gelezen: GelezenBestand;
}

/**
 * Further checks on each story and lab file (MDX safety, personal data).
 * Each returns its problems; none may throw on bad input.
 */
export type BestandsControle = (bestand: InhoudBestand, refs: Referenties) => Probleem[];

export interface ControleResultaat {
  problemen: Probleem[];
  refs: Referenties;
  aantallen: { verhalen: number; labs: number };
}

export const posix = (p: string) => p.split(sep).join('/');

/** The entry id of a story or lab file: its name without `.mdx`. The build (loader.ts) uses the same. */
export const idVan = (pad: string) => pad.split(/[\\/]/).at(-1)!.replace(/\.mdx$/, '');

/** MDX files of a collection folder; files starting with `_` (templates) are skipped. */
export function mdxBestanden(root: string, map: string): string[] {
  const dir = join(root, INHOUDSMAP, map);
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.mdx') && !f.split(/[\\/]/).some((deel) => deel.startsWith('_')))
    .sort()
    .map((f) => join(dir, f));
}

type TaxonomieItem<K extends TaxonomieNaam> = z.output<(typeof TAXONOMIEEN)[K]['schema']>;

function leesTaxonomie<K extends TaxonomieNaam>(root: string, soort: K, problemen: Probleem[]): TaxonomieItem<K>[] {
  const { bestand, schema } = TAXONOMIEEN[soort];
  const pad = join(root, bestand);
  if (!existsSync(pad)) {
    problemen.push({ bestand, regel: 1, bericht: `bestand ontbreekt. Maak ${bestand} aan met een lijst van items.` });
    return [];
  }
  const { data, regelVan, syntaxfouten } = leesYaml(readFileSync(pad, 'utf8'));
  problemen.push(...syntaxfouten.map((f) => ({ bestand, ...f })));
  if (!Array.isArray(data)) {
    if (!syntaxfouten.length) problemen.push({ bestand, regel: 1, bericht: 'verwacht een lijst van items (elk met een id).' });
    return [];
  }
  const items: TaxonomieItem<K>[] = [];
  const gezien = new Map<string, number>();
  data.forEach((item, i) => {
    const r = (schema as z.ZodType).safeParse(item, { reportInput: true });
    if (!r.success) {
      problemen.push(...zodProblemen(bestand, r.error, (p) => regelVan([i, ...p])).map((p) => ({ ...p, veld: `[${i}]${p.veld?.startsWith('[') ? '' : '.'}${p.veld ?? ''}` })));
      return;
    }
    const waarde = r.data as TaxonomieItem<K>;
    const eerder = gezien.get(waarde.id);
    if (eerder !== undefined) {
      problemen.push({ bestand, regel: regelVan([i, 'id']), veld: `[${i}].id`, bericht: `id "${waarde.id}" staat ook op item ${eerder}. Geef elk item een eigen id.` });
    }
    gezien.set(waarde.id, i);
    items.push(waarde);
  });
  return items;
}

export function leesBestand(root: string, absPad: string, soort: InhoudBestand['soort']): InhoudBestand {
  const bron = readFileSync(absPad, 'utf8');
  const pad = posix(relative(root, absPad));
  return { soort, id: idVan(pad), pad, bron, gelezen: leesFrontmatter(bron) };
}

/** The ids that stories and labs may refer to, read from the content folder. */
export function leesReferenties(root: string, problemen: Probleem[] = []): Referenties {
  const refs: Record<string, readonly (string | number)[]> = {};
  for (const naam of TAXONOMIE_NAMEN) {
    const { sleutel } = TAXONOMIEEN[naam];
    refs[naam] = leesTaxonomie(root, naam, problemen).map((item) => (item as Record<string, string | number>)[sleutel]!);
  }
  return { ...refs, labs: mdxBestanden(root, 'labs').map(idVan) } as unknown as Referenties;
}

interface SchemaDef {
  type?: string;
  shape?: Record<string, unknown>;
  element?: unknown;
  innerType?: unknown;
  in?: unknown;
  out?: unknown;
}
const defVan = (s: unknown): SchemaDef | undefined => (s as { _zod?: { def?: SchemaDef } } | undefined)?._zod?.def;

/** The object or array inside optional, default and pipe (preprocess) wrappers. */
function kern(schema: unknown): unknown {
  let s = schema;
  for (let i = 0; i < 8; i++) {
    const def = defVan(s);
    if (!def || def.type === 'object' || def.type === 'array') return s;
    if (def.type === 'pipe') {
      const invoer = kern(def.in);
      s = ['object', 'array'].includes(defVan(invoer)?.type ?? '') ? invoer : def.out;
    } else s = def.innerType;
  }
  return s;
}

/** The fields an object at `pad` may have: strict objects (the story, a source, a contact) report unknown keys. */
function toegestaneVelden(schema: z.ZodType) {
  return (pad: readonly PropertyKey[]): string[] => {
    let s = kern(schema);
    for (const deel of pad) {
      const def = defVan(s);
      if (def?.type === 'object' && typeof deel === 'string') s = kern(def.shape?.[deel]);
      else if (def?.type === 'array') s = kern(def.element);
      else return [];
    }
    const def = defVan(s);
    return def?.type === 'object' && def.shape ? Object.keys(def.shape) : [];
  };
}

// Building a schema with its reference sets costs about a millisecond: build it once per set of refs,
// not once per file (that alone was 1.2 s of the check at 1,000 stories).
const schemaCache = new WeakMap<Referenties, { verhaal: z.ZodType; lab: z.ZodType }>();
function schemasVoor(refs: Referenties) {
  let schemas = schemaCache.get(refs);
  if (!schemas) {
    schemas = { verhaal: maakVerhaalSchema(refs), lab: maakLabSchema(refs) };
    schemaCache.set(refs, schemas);
  }
  return schemas;
}

/** A file name is the entry id and the last part of the page address. */
const BESTANDSNAAM = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** Checks one story or lab file against the schema; returns its problems. */
export function controleerBestand(bestand: InhoudBestand, refs: Referenties, extra: readonly BestandsControle[] = []): Probleem[] {
  const { gelezen, pad } = bestand;
  const problemen: Probleem[] = gelezen.syntaxfouten.map((f) => ({ bestand: pad, ...f }));
  if (!BESTANDSNAAM.test(bestand.id)) {
    // The same slug the submission form gives new files.
    const voorstel = slugify(bestand.id) || (bestand.soort === 'lab' ? 'naam-van-het-lab' : 'gemeente-korte-titel');
    problemen.push({
      bestand: pad,
      regel: 1,
      bericht: `de bestandsnaam "${bestand.id}.mdx" wordt het webadres van de pagina en mag alleen kleine letters, cijfers en losse streepjes bevatten. Hernoem het bestand naar "${voorstel}.mdx".`,
    });
  }
  if (gelezen.data !== undefined) {
    const schema = schemasVoor(refs)[bestand.soort];
    const r = schema.safeParse(gelezen.data, { reportInput: true });
    if (!r.success) problemen.push(...zodProblemen(pad, r.error, gelezen.regelVan, toegestaneVelden(schema)));
  }
  for (const controle of extra) problemen.push(...controle(bestand, refs));
  return problemen;
}

// Interim, until the safety gate's own allow-list names the vocabulary (issue 14).
const controleerMdx = maakMdxControle(COMPONENTNAMEN);

/** Further checks run on every story and lab (added by the safety gates). */
export const BESTANDSCONTROLES: BestandsControle[] = [controleerMdx, controleerComponenten, controleerPersoonsgegevens];

/** The same checks for a site at address `site`, whose own e-mail domain a story may name. */
export function bestandscontroles(site: string): BestandsControle[] {
  return [controleerMdx, controleerComponenten, maakPersoonsgegevensControle(toegestaneEmaildomeinen(site))];
}

/** Validates every content file under `root`; never throws on bad content. */
/**
 * The everyday names of municipalities (optional file). Each must point to a known municipality and may
 * not be another municipality's own name: then "Den Haag" could silently mean two places.
 */
export function leesGemeenteAliassen(root: string, gemeenten: readonly { id: string; naam: string }[], problemen: Probleem[] = []): GemeenteAlias[] {
  const bestand = GEMEENTE_ALIASSEN_BESTAND;
  const pad = join(root, bestand);
  if (!existsSync(pad)) return [];
  const { data, regelVan, syntaxfouten } = leesYaml(readFileSync(pad, 'utf8'));
  problemen.push(...syntaxfouten.map((f) => ({ bestand, ...f })));
  if (!Array.isArray(data)) {
    if (!syntaxfouten.length) problemen.push({ bestand, regel: 1, bericht: 'verwacht een lijst van items, elk met gemeente en namen.' });
    return [];
  }
  const ids = gemeenten.map((g) => g.id);
  const eigenNaam = new Map(gemeenten.map((g) => [sleutel(g.naam), g.id]));
  const aliassen: GemeenteAlias[] = [];
  data.forEach((item, i) => {
    const r = gemeenteAliasSchema.safeParse(item, { reportInput: true });
    if (!r.success) {
      problemen.push(...zodProblemen(bestand, r.error, (p) => regelVan([i, ...p])).map((p) => ({ ...p, veld: `[${i}].${p.veld ?? ''}` })));
      return;
    }
    if (!ids.includes(r.data.gemeente)) {
      problemen.push({ bestand, regel: regelVan([i, 'gemeente']), veld: `[${i}].gemeente`, bericht: onbekendBericht('gemeenten', r.data.gemeente, ids) });
      return;
    }
    r.data.namen.forEach((naam, j) => {
      const ander = eigenNaam.get(sleutel(naam));
      if (ander && ander !== r.data.gemeente) {
        problemen.push({ bestand, regel: regelVan([i, 'namen', j]), veld: `[${i}].namen[${j}]`, bericht: `"${naam}" is de naam van de gemeente "${ander}". Haal hem hier weg, anders kan hij twee gemeenten betekenen.` });
      }
    });
    aliassen.push(r.data);
  });
  return aliassen;
}

export function controleerInhoud(root: string, extra: readonly BestandsControle[] = BESTANDSCONTROLES): ControleResultaat {
  const problemen: Probleem[] = [];
  const refs = leesReferenties(root, problemen);
  const gemeentenPad = join(root, TAXONOMIEEN.gemeenten.bestand);
  if (existsSync(gemeentenPad)) {
    const gemeenten = leesYaml(readFileSync(gemeentenPad, 'utf8')).data;
    if (Array.isArray(gemeenten)) leesGemeenteAliassen(root, gemeenten as { id: string; naam: string }[], problemen);
  }
  const verhalen = mdxBestanden(root, 'verhalen');
  const labs = mdxBestanden(root, 'labs');
  // One file at a time, so memory stays flat however many stories there are; references between stories
  // are resolved after the last one from a few ids per story (src/lib/inhoud/overnames.ts).
  const overnames = new OvernameIndex();
  for (const f of verhalen) {
    const bestand = leesBestand(root, f, 'verhaal');
    problemen.push(...controleerBestand(bestand, refs, extra));
    overnames.voegToe(bestand);
  }
  for (const f of labs) problemen.push(...controleerBestand(leesBestand(root, f, 'lab'), refs, extra));
  problemen.push(...overnames.problemen());
  problemen.sort((a, b) => a.bestand.localeCompare(b.bestand) || a.regel - b.regel);
  return { problemen, refs, aantallen: { verhalen: verhalen.length, labs: labs.length } };
}
