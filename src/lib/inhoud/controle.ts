/**
 * Validates all content in one pass and reports every problem at once.
 * Used by `npm run check`, by the build (src/integrations/inhoudscontrole.ts) and by tests.
 * Reads files synchronously: the content folder is small next to a build, and
 * src/content.config.ts needs the reference ids synchronously too.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
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
  VRIJSTELLINGEN_BESTAND,
  bestandsVrijstellingSchema,
  type GemeenteAlias,
  type Referenties,
  type TaxonomieNaam,
} from '../../schema/index.ts';
import { sleutel } from '../gemeenten/namen.ts';
import { diepsteNesting, leesBronBytes, leesFrontmatter, leesYaml, MAX_NESTING, type GelezenBestand } from './frontmatter.ts';
import { zodProblemen, type Probleem } from './problemen.ts';
import { slugify } from '../slug.ts';
import {
  controleerMdx,
  controleerPersoonsgegevens,
  maakDataPersoonsgegevensControle,
  maakMdxControle,
  maakPersoonsgegevensControle,
} from '../veiligheid/bestanden.ts';
import { controleerComponenten } from '../verhaaltekst/bestanden.ts';
import { toegestaneEmaildomeinen } from '../veiligheid/persoonsgegevens.ts';
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

/** An exception from content/vrijstellingen.yaml; a check that uses it sets `gebruikt`. */
export interface BestandsVrijstelling {
  bestand: string;
  waarde: string;
  veld: string;
  reden: string;
  /** Its line in content/vrijstellingen.yaml. */
  regel: number;
  gebruikt: boolean;
}

/**
 * A check on the data of a taxonomy file (`bestand` relative to the root); every value there is
 * published. `vrijstellingen` are all exceptions of content/vrijstellingen.yaml.
 */
export type DataControle = (
  bestand: string,
  data: unknown,
  regelVan: (pad: readonly PropertyKey[]) => number,
  vrijstellingen: readonly BestandsVrijstelling[],
) => Probleem[];

export interface ControleResultaat {
  problemen: Probleem[];
  refs: Referenties;
  aantallen: { verhalen: number; labs: number };
}

export const posix = (p: string) => p.split(sep).join('/');

/** The entry id of a story or lab file: its name without `.mdx`. The build (loader.ts) uses the same. */
export const idVan = (pad: string) => pad.split(/[\\/]/).at(-1)!.replace(/\.mdx$/, '');

/** The template that shows contributors every field; it is never published. */
export const SJABLOON = '_sjabloon.mdx';

/**
 * The files of a collection folder that the site publishes: `.mdx` files directly in the folder,
 * except the template. Files in subfolders are not published (their id would shadow a story of the
 * same name); `ongepubliceerdeBestanden` reports them.
 */
export function mdxBestanden(root: string, map: string): string[] {
  const dir = join(root, INHOUDSMAP, map);
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true })
    .filter((f) => f.isFile() && f.name.endsWith('.mdx') && !f.name.startsWith('_'))
    .map((f) => join(dir, f.name))
    .sort();
}

/**
 * Every file under a collection folder that the site will not publish, with the reason and the fix:
 * another extension (.md, .MDX), a subfolder, a name starting with "_" other than the template.
 * Hidden files (.gitkeep, .DS_Store) are left alone.
 */
export function ongepubliceerdeBestanden(root: string, map: string): Probleem[] {
  const dir = join(root, INHOUDSMAP, map);
  if (!existsSync(dir)) return [];
  const problemen: Probleem[] = [];
  for (const rel of readdirSync(dir, { recursive: true, encoding: 'utf8' }).sort()) {
    const delen = rel.split(/[\\/]/);
    if (delen.some((d) => d.startsWith('.'))) continue;
    const abs = join(dir, rel);
    if (!statSync(abs).isFile()) continue;
    const naam = delen.at(-1)!;
    const pad = posix(relative(root, abs));
    const doel = `${INHOUDSMAP}/${map}/${slugify(naam.replace(/\.[^.]*$/, '').replace(/^_+/, '')) || 'naam'}.mdx`;
    let reden: string | undefined;
    if (delen.length > 1) reden = `staat in een submap en wordt niet gepubliceerd (en een verhaal met dezelfde naam zou het verdringen). Verplaats het naar ${doel}`;
    else if (!naam.endsWith('.mdx')) reden = `heeft niet de extensie .mdx en wordt niet gepubliceerd. Hernoem het naar ${doel}`;
    else if (naam.startsWith('_') && !(map === 'verhalen' && naam === SJABLOON)) reden = `begint met "_" en wordt daarom niet gepubliceerd (alleen ${SJABLOON} mag zo heten). Hernoem het naar ${doel}`;
    if (reden) problemen.push({ bestand: pad, regel: 1, bericht: `dit bestand ${reden}.` });
  }
  return problemen;
}

type TaxonomieItem<K extends TaxonomieNaam> = z.output<(typeof TAXONOMIEEN)[K]['schema']>;

/**
 * A data file in content/ that holds a list (a taxonomy, the aliases): read safely, its YAML problems and
 * the data checks (personal data) reported with file and line; undefined when there is no list to use.
 */
function leesLijstbestand(
  root: string,
  bestand: string,
  problemen: Probleem[],
  controles: readonly DataControle[],
  vrijstellingen: readonly BestandsVrijstelling[],
  { verplicht, items }: { verplicht: boolean; items: string },
): { data: unknown[]; regelVan: (pad: readonly PropertyKey[]) => number } | undefined {
  const pad = join(root, bestand);
  if (!existsSync(pad)) {
    if (verplicht) problemen.push({ bestand, regel: 1, bericht: `bestand ontbreekt. Maak ${bestand} aan met een lijst van items.` });
    return undefined;
  }
  const gelezen = leesBronBytes(readFileSync(pad));
  if ('fout' in gelezen) {
    problemen.push({ bestand, ...gelezen.fout });
    return undefined;
  }
  const { data, regelVan, syntaxfouten } = leesYaml(gelezen.bron);
  problemen.push(...syntaxfouten.map((f) => ({ bestand, ...f })));
  for (const controle of controles) problemen.push(...controle(bestand, data, regelVan, vrijstellingen));
  if (!Array.isArray(data)) {
    if (!syntaxfouten.length) problemen.push({ bestand, regel: 1, bericht: `verwacht een lijst van ${items}.` });
    return undefined;
  }
  return { data, regelVan };
}

function leesTaxonomie<K extends TaxonomieNaam>(
  root: string,
  soort: K,
  problemen: Probleem[],
  controles: readonly DataControle[],
  vrijstellingen: readonly BestandsVrijstelling[],
): TaxonomieItem<K>[] {
  const { bestand, schema } = TAXONOMIEEN[soort];
  const lijst = leesLijstbestand(root, bestand, problemen, controles, vrijstellingen, { verplicht: true, items: 'items (elk met een id)' });
  if (!lijst) return [];
  const { data, regelVan } = lijst;
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

/**
 * Reads a story or lab file. A file that cannot be a story (invalid UTF-8, NUL bytes, empty, too large,
 * nested too deeply for the parsers) comes back with that as its only syntax error and an empty body,
 * so no parser ever sees it.
 */
export function leesBestand(root: string, absPad: string, soort: InhoudBestand['soort']): InhoudBestand {
  const pad = posix(relative(root, absPad));
  const id = idVan(pad);
  const gelezen = leesBronBytes(readFileSync(absPad));
  const onleesbaar = (fout: { regel: number; bericht: string }): InhoudBestand => ({
    soort,
    id,
    pad,
    bron: '',
    gelezen: { data: undefined, body: '', bodyRegel: 1, regelVan: () => 1, syntaxfouten: [fout] },
  });
  if ('fout' in gelezen) return onleesbaar(gelezen.fout);
  const { bron } = gelezen;
  const nesting = diepsteNesting(bron);
  if (nesting.diepte > MAX_NESTING) {
    return onleesbaar({
      regel: nesting.regel,
      bericht: `citaten of lijsten zijn hier ${nesting.diepte} niveaus diep genest; hoogstens ${MAX_NESTING} mag. Maak de structuur platter.`,
    });
  }
  return { soort, id, pad, bron, gelezen: leesFrontmatter(bron) };
}

/**
 * The ids that stories and labs may refer to, read from the content folder, with the everyday names of
 * municipalities (content/gemeente-aliassen.yaml) for the suggestion when a story names one of those.
 */
export function leesReferenties(
  root: string,
  problemen: Probleem[] = [],
  controles: readonly DataControle[] = [],
  vrijstellingen: readonly BestandsVrijstelling[] = [],
): Referenties {
  const refs: Record<string, readonly (string | number)[]> = {};
  let gemeenten: readonly { id: string; naam: string }[] = [];
  for (const naam of TAXONOMIE_NAMEN) {
    const { sleutel } = TAXONOMIEEN[naam];
    const items = leesTaxonomie(root, naam, problemen, controles, vrijstellingen);
    if (naam === 'gemeenten') gemeenten = items as TaxonomieItem<'gemeenten'>[];
    refs[naam] = items.map((item) => (item as Record<string, string | number>)[sleutel]!);
  }
  const gemeenteAliassen = leesGemeenteAliassen(root, gemeenten, problemen, controles, vrijstellingen);
  return { ...refs, labs: mdxBestanden(root, 'labs').map(idVan), gemeenteAliassen } as unknown as Referenties;
}

interface SchemaDef {
  type?: string;
  shape?: Record<string, unknown>;
  element?: unknown;
  innerType?: unknown;
  options?: unknown[];
  in?: unknown;
  out?: unknown;
}
const defVan = (s: unknown): SchemaDef | undefined => (s as { _zod?: { def?: SchemaDef } } | undefined)?._zod?.def;

/**
 * The keys of the object that `pad` points to inside `schema`: through arrays, optional and default
 * wrappers, pipes (preprocess: either side) and unions (a rapporteur is an id or { naam, organisatie }).
 */
function veldenOp(schema: unknown, pad: readonly PropertyKey[]): string[] {
  const def = defVan(schema);
  switch (def?.type) {
    case 'object':
      if (!pad.length) return Object.keys(def.shape ?? {});
      return typeof pad[0] === 'string' ? veldenOp(def.shape?.[pad[0]], pad.slice(1)) : [];
    case 'array':
      return typeof pad[0] === 'number' ? veldenOp(def.element, pad.slice(1)) : [];
    case 'union':
      return [...new Set((def.options ?? []).flatMap((o) => veldenOp(o, pad)))];
    case 'pipe':
      return [...new Set([...veldenOp(def.in, pad), ...veldenOp(def.out, pad)])];
    case 'optional': case 'default': case 'prefault': case 'nullable': case 'readonly':
      return veldenOp(def.innerType, pad);
    default:
      return [];
  }
}

/** The fields an object at `pad` may have: strict objects (the story, a source, a contact, a new rapporteur) report unknown keys. */
function toegestaneVelden(schema: z.ZodType) {
  return (pad: readonly PropertyKey[]): string[] => veldenOp(schema, pad);
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
  // An unreadable file (see leesBestand) has nothing more to check.
  if (!bestand.bron) return problemen;
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
  for (const controle of extra) {
    try {
      problemen.push(...controle(bestand, refs));
    } catch (e) {
      // A check must not throw on bad input; if one does, the file is still named and the check goes on.
      // Deep nesting of inline elements (thousands of <a> or *) overflows the stack of a tree walk.
      const bericht =
        e instanceof RangeError && /call stack/i.test(e.message)
          ? 'de tekst is te diep genest om te controleren (bijvoorbeeld duizenden elementen of nadrukken in elkaar). Maak de structuur platter.'
          : `dit bestand liet de controle vastlopen (${(e instanceof Error ? e.message : String(e)).split('\n')[0]}). Vereenvoudig het bestand en meld het probleem aan de redactie.`;
      if (!problemen.some((p) => p.bestand === pad && p.bericht === bericht)) problemen.push({ bestand: pad, regel: 1, bericht });
    }
  }
  return problemen;
}

/** Further checks run on every story and lab (added by the safety gates). */
export const BESTANDSCONTROLES: BestandsControle[] = [controleerMdx, controleerComponenten, controleerPersoonsgegevens];
/** Further checks run on every taxonomy file. */
export const DATACONTROLES: DataControle[] = [maakDataPersoonsgegevensControle()];

/** The same checks for a site at address `site`, whose own e-mail domain a story may name. */
export function bestandscontroles(site: string): BestandsControle[] {
  return [maakMdxControle(), controleerComponenten, maakPersoonsgegevensControle(toegestaneEmaildomeinen(site))];
}
export function datacontroles(site: string): DataControle[] {
  return [maakDataPersoonsgegevensControle(toegestaneEmaildomeinen(site))];
}

/** The exceptions of content/vrijstellingen.yaml (optional file), checked against the schema. */
export function leesBestandsVrijstellingen(root: string, problemen: Probleem[] = []): BestandsVrijstelling[] {
  const bestand = VRIJSTELLINGEN_BESTAND;
  const pad = join(root, bestand);
  if (!existsSync(pad)) return [];
  const gelezen = leesBronBytes(readFileSync(pad));
  if ('fout' in gelezen) {
    problemen.push({ bestand, ...gelezen.fout });
    return [];
  }
  const { data, regelVan, syntaxfouten } = leesYaml(gelezen.bron);
  problemen.push(...syntaxfouten.map((f) => ({ bestand, ...f })));
  if (data === null || data === undefined) return [];
  if (!Array.isArray(data)) {
    problemen.push({ bestand, regel: 1, bericht: 'verwacht een lijst van vrijstellingen, elk met bestand, waarde, veld en reden.' });
    return [];
  }
  return data.flatMap((item, i) => {
    const r = bestandsVrijstellingSchema.safeParse(item, { reportInput: true });
    if (!r.success) {
      problemen.push(...zodProblemen(bestand, r.error, (p) => regelVan([i, ...p])).map((p) => ({ ...p, veld: `[${i}].${p.veld ?? ''}` })));
      return [];
    }
    return [{ ...r.data, regel: regelVan([i]), gebruikt: false }];
  });
}

/**
 * The everyday names of municipalities (optional file). Each must point to a known municipality and may
 * not be another municipality's own name: then "Den Haag" could silently mean two places.
 */
export function leesGemeenteAliassen(
  root: string,
  gemeenten: readonly { id: string; naam: string }[],
  problemen: Probleem[] = [],
  controles: readonly DataControle[] = [],
  vrijstellingen: readonly BestandsVrijstelling[] = [],
): GemeenteAlias[] {
  const bestand = GEMEENTE_ALIASSEN_BESTAND;
  const lijst = leesLijstbestand(root, bestand, problemen, controles, vrijstellingen, { verplicht: false, items: 'items, elk met gemeente en namen' });
  if (!lijst) return [];
  const { data, regelVan } = lijst;
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

/** Validates every content file under `root`; never throws on bad content. */
export function controleerInhoud(
  root: string,
  extra: readonly BestandsControle[] = BESTANDSCONTROLES,
  dataControles: readonly DataControle[] = DATACONTROLES,
): ControleResultaat {
  const problemen: Probleem[] = [];
  const vrijstellingen = leesBestandsVrijstellingen(root, problemen);
  // Reads the everyday names of municipalities too, with the same checks as the taxonomies.
  const refs = leesReferenties(root, problemen, dataControles, vrijstellingen);
  const verhalen = mdxBestanden(root, 'verhalen');
  const labs = mdxBestanden(root, 'labs');
  problemen.push(...ongepubliceerdeBestanden(root, 'verhalen'), ...ongepubliceerdeBestanden(root, 'labs'));
  for (const v of vrijstellingen) {
    if (v.gebruikt || !dataControles.length) continue;
    problemen.push({
      bestand: VRIJSTELLINGEN_BESTAND,
      regel: v.regel,
      bericht: `deze vrijstelling wordt niet (meer) gebruikt: de privacycontrole vindt "${v.waarde.slice(0, 2)}…" niet in veld "${v.veld}" van ${v.bestand}. Verwijder het item, of schrijf bestand, waarde en veld precies zoals de controle ze noemde.`,
    });
  }
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
