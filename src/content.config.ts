// Astro's content collections, built from the one schema (src/schema/): the stories and labs, and one
// collection per taxonomy in the schema's table. Reference ids are read from the taxonomy files so that
// every reference is checked here too.
import { defineCollection } from 'astro:content';
import { file } from 'astro/loaders';
import { maakLabSchema, maakVerhaalSchema, TAXONOMIEEN, type TaxonomieNaam } from './schema/index.ts';
import { leesReferenties } from './lib/inhoud/controle.ts';
import { mdxAlsMarkdown } from './lib/inhoud/loader.ts';

const refs = leesReferenties(process.cwd());

// One collection per taxonomy of the table, written out per name: Astro reads each collection's data type
// from this object's type, which a generic helper or Object.fromEntries widens. `satisfies` keeps it complete.
const T = TAXONOMIEEN;

export const collections = {
  verhalen: defineCollection({ loader: mdxAlsMarkdown('verhalen', refs), schema: maakVerhaalSchema(refs) }),
  labs: defineCollection({ loader: mdxAlsMarkdown('labs', refs), schema: maakLabSchema(refs) }),
  gemeenten: defineCollection({ loader: file(T.gemeenten.bestand), schema: T.gemeenten.schema }),
  tags: defineCollection({ loader: file(T.tags.bestand), schema: T.tags.schema }),
  beloften: defineCollection({ loader: file(T.beloften.bestand), schema: T.beloften.schema }),
  belemmeringen: defineCollection({ loader: file(T.belemmeringen.bestand), schema: T.belemmeringen.schema }),
  doorbraken: defineCollection({ loader: file(T.doorbraken.bestand), schema: T.doorbraken.schema }),
  doelgroepen: defineCollection({ loader: file(T.doelgroepen.bestand), schema: T.doelgroepen.schema }),
  rapporteurs: defineCollection({ loader: file(T.rapporteurs.bestand), schema: T.rapporteurs.schema }),
} satisfies Record<TaxonomieNaam | 'verhalen' | 'labs', unknown>;
