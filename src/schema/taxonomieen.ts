/**
 * The taxonomies: data files in content/ that stories and labs refer to by id. One table says, per
 * taxonomy, its file, its schema and how a reader calls one item; the Astro collections
 * (src/content.config.ts), the content check's file list and the reference messages derive from it.
 */
import { z } from 'zod';
import { idSchema, tekst, webadresSchema } from './basis.ts';
import { suggestie, FOUTCODES } from './berichten.ts';
import { namenregister, vindGemeente, type Alias } from '../lib/gemeenten/namen.ts';

export const gemeenteSchema = z.object({
  id: idSchema,
  naam: tekst('naam'),
  cbs: z.string().regex(/^GM\d{4}$/, { error: 'een CBS-gemeentecode ziet eruit als GM0363' }),
  provincie: tekst('provincie'),
  provincieCode: z.string().regex(/^PV\d{2}$/),
  centrum: z.tuple([z.number(), z.number()]),
});

/** An item of a plain list: id, name and a one-line explanation for readers. */
const lijstItemSchema = z.object({
  id: idSchema,
  naam: tekst('naam'),
  uitleg: tekst('uitleg'),
});

export const tagSchema = lijstItemSchema;
export const soortBelemmeringSchema = lijstItemSchema;
export const soortDoorbraakSchema = lijstItemSchema;
export const doelgroepSchema = lijstItemSchema.extend({
  /** Other words people search with for the group; the search finds the group's stories by them too. */
  zoekwoorden: z
    .array(tekst('zoekwoord'))
    .default([])
    .meta({ description: 'Andere woorden waarmee mensen naar deze groep zoeken, naast de naam (bijvoorbeeld "dakloos" bij Dak- en thuislozen). De zoekfunctie vindt de verhalen van deze groep ook op deze woorden; ze staan nergens op de pagina.' }),
});

export const belofteSchema = z.object({
  id: idSchema,
  nummer: z.number().int().min(1).max(10),
  naam: tekst('naam'),
  uitleg: tekst('uitleg'),
  tags: z.array(idSchema).default([]),
  /** Rows of the seed's table: the problem now -> this promise -> the answer or method. */
  tabel: z.array(z.object({ probleem: tekst('probleem'), antwoord: tekst('antwoord') })).default([]),
});

export const rapporteurSchema = z.object({
  id: idSchema,
  naam: tekst('naam'),
  rol: z.string().optional(),
  organisatie: z.string().optional(),
  url: webadresSchema.optional(),
});

interface Taxonomie<S extends z.ZodType> {
  /** Path relative to the project root. */
  bestand: string;
  schema: S;
  /** What one item is called in messages ("onbekende tag"). */
  naam: string;
  /** The field that stories and labs use to refer to an item. */
  sleutel: 'id' | 'nummer';
}

const taxonomie = <S extends z.ZodType>(t: Taxonomie<S>) => t;

/** Keyed by Astro collection name. */
export const TAXONOMIEEN = {
  gemeenten: taxonomie({ bestand: 'content/gemeenten.json', schema: gemeenteSchema, naam: 'gemeente', sleutel: 'id' }),
  tags: taxonomie({ bestand: 'content/tags.yaml', schema: tagSchema, naam: 'tag', sleutel: 'id' }),
  beloften: taxonomie({ bestand: 'content/beloften.yaml', schema: belofteSchema, naam: 'belofte', sleutel: 'nummer' }),
  belemmeringen: taxonomie({ bestand: 'content/belemmeringen.yaml', schema: soortBelemmeringSchema, naam: 'soort belemmering', sleutel: 'id' }),
  doorbraken: taxonomie({ bestand: 'content/doorbraken.yaml', schema: soortDoorbraakSchema, naam: 'soort doorbraak', sleutel: 'id' }),
  doelgroepen: taxonomie({ bestand: 'content/doelgroepen.yaml', schema: doelgroepSchema, naam: 'doelgroep', sleutel: 'id' }),
  rapporteurs: taxonomie({ bestand: 'content/rapporteurs.yaml', schema: rapporteurSchema, naam: 'rapporteur', sleutel: 'id' }),
} as const;

export type TaxonomieNaam = keyof typeof TAXONOMIEEN;
export const TAXONOMIE_NAMEN = Object.keys(TAXONOMIEEN) as TaxonomieNaam[];

/** The ids a story or lab may point to, per taxonomy, plus the labs. Without it, only the shape is checked. */
export type Referenties = { readonly [K in TaxonomieNaam]: readonly (K extends 'beloften' ? number : string)[] } & {
  readonly labs: readonly string[];
  /** Everyday names of municipalities (content/gemeente-aliassen.yaml): "den-haag" then suggests "s-gravenhage". */
  readonly gemeenteAliassen?: readonly Alias[];
};

const LABS = { naam: 'lab', bestand: 'content/labs/' };

export type Lijstsoort = TaxonomieNaam | 'labs';

/** The id a typed municipality name stands for: an official name, an everyday name or an id (ids are slugs of names). */
function bedoeldeGemeente(waarde: string, ids: readonly (string | number)[], aliassen: readonly Alias[]): string | undefined {
  return vindGemeente(waarde, namenregister(ids.map((id) => ({ id: String(id), naam: String(id) })), aliassen));
}

export function onbekendBericht(soort: Lijstsoort, waarde: unknown, bekend: readonly (string | number)[], aliassen: readonly Alias[] = []): string {
  const { naam, bestand } = soort === 'labs' ? LABS : TAXONOMIEEN[soort];
  const hint =
    typeof waarde !== 'string'
      ? undefined
      : ((soort === 'gemeenten' ? bedoeldeGemeente(waarde, bekend, aliassen) : undefined) ?? suggestie(waarde, bekend.map(String)));
  const oplossing = hint
    ? `Bedoelde je "${hint}"?`
    : soort === 'beloften'
      ? 'Kies een nummer van 1 tot en met 10.'
      : `Gebruik een id uit ${bestand}, of voeg de ${naam} daar eerst toe.`;
  return `onbekende ${naam} "${String(waarde)}". ${oplossing}`;
}

/**
 * An id that must occur in `refs[soort]` (when refs are given); the issue carries code, list and hint.
 * With refs, a known id already has the id's form, so "Den Haag" gets one message with the id it meant
 * rather than a second one about lower case letters.
 */
export function referentie(soort: Exclude<Lijstsoort, 'beloften'>, refs: Referenties | undefined) {
  if (!refs) return idSchema;
  const lijst = refs[soort] as readonly string[];
  const bekend = new Set(lijst);
  return z.string().refine((v) => bekend.has(v), {
    error: (iss) => onbekendBericht(soort, iss.input, lijst, refs.gemeenteAliassen),
    params: { fout: FOUTCODES.onbekend, soort },
  });
}

export function belofteReferentie(refs: Referenties | undefined) {
  const fout = 'een belofte is een nummer van 1 tot en met 10';
  const basis = z.number({ error: fout }).int({ abort: true }).min(1, { abort: true }).max(10, { abort: true });
  if (!refs) return basis;
  const bekend = new Set(refs.beloften);
  return basis.refine((v) => bekend.has(v), {
    error: (iss) => onbekendBericht('beloften', iss.input, refs.beloften),
    params: { fout: FOUTCODES.onbekend, soort: 'beloften' },
  });
}
