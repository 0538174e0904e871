// Astro's content collections, built from the one schema module (src/schema/inhoud.ts).
// Reference ids are read from the taxonomy files so that every reference is checked here too.
import { defineCollection } from 'astro:content';
import { file } from 'astro/loaders';
import {
  belofteSchema,
  gemeenteSchema,
  maakLabSchema,
  maakVerhaalSchema,
  rapporteurSchema,
  soortBelemmeringSchema,
  tagSchema,
} from './schema/inhoud.ts';
import { leesReferenties, TAXONOMIE_BESTANDEN } from './lib/inhoud/controle.ts';
import { mdxAlsMarkdown } from './lib/inhoud/loader.ts';

const refs = leesReferenties(process.cwd());

export const collections = {
  verhalen: defineCollection({ loader: mdxAlsMarkdown('verhalen', refs), schema: maakVerhaalSchema(refs) }),
  labs: defineCollection({ loader: mdxAlsMarkdown('labs', refs), schema: maakLabSchema(refs) }),
  gemeenten: defineCollection({ loader: file(TAXONOMIE_BESTANDEN.gemeenten), schema: gemeenteSchema }),
  tags: defineCollection({ loader: file(TAXONOMIE_BESTANDEN.tags), schema: tagSchema }),
  beloften: defineCollection({ loader: file(TAXONOMIE_BESTANDEN.beloften), schema: belofteSchema }),
  belemmeringen: defineCollection({ loader: file(TAXONOMIE_BESTANDEN.soorten), schema: soortBelemmeringSchema }),
  rapporteurs: defineCollection({ loader: file(TAXONOMIE_BESTANDEN.rapporteurs), schema: rapporteurSchema }),
};
