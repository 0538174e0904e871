/**
 * A source: one citable place in one document. Claims in a story (breakthroughs, cost items, outcomes)
 * point to a source by its id, and the page numbers them, so a reader can check every claim.
 */
import { z } from 'zod';
import { datumSchema, idSchema, tekst, webadresSchema } from './basis.ts';

export const bronSchema = z
  .object({
    id: idSchema.meta({ description: 'Korte id, uniek binnen dit bestand; claims verwijzen ernaar met bron: <id>.' }),
    titel: tekst('titel').meta({ description: 'Titel van het document.' }),
    auteurs: z.array(tekst('auteur')).optional().meta({ description: 'Auteurs van het document (niet de rapporteurs van het verhaal).' }),
    organisatie: z.string().trim().min(1).optional().meta({ description: 'Uitgever of organisatie.' }),
    datum: datumSchema.optional().meta({ description: 'Datum van het document: JJJJ-MM-DD, JJJJ-MM of JJJJ.' }),
    url: webadresSchema.optional().meta({ description: 'Webadres van het document (https://).' }),
    deel: z.string().trim().min(1).optional().meta({ description: 'Het deel: essay, hoofdstuk, paragraaf of titel van een presentatie.' }),
    pagina: z
      .union([z.number().int().positive(), z.string().regex(/^\d+(?:[-–]\d+)?$/, { error: 'schrijf een pagina als 12 of een reeks als 12-14' })])
      .transform(String)
      .optional()
      .meta({ description: 'Pagina of reeks pagina’s, alleen als het document paginanummers heeft.' }),
    dia: z.number({ error: 'dia is het nummer van een dia, bijvoorbeeld 7' }).int().positive().optional().meta({ description: 'Nummer van de dia in een presentatie.' }),
    geciteerd_in: z.string().trim().min(1).optional().meta({ description: 'Voor een citaat uit de tweede hand: het document waarin het werd aangehaald.' }),
  })
  .strict();

export type Bron = z.output<typeof bronSchema>;

/** The list of sources of a story or lab: at least one, ids unique (checked in the story's refinement). */
export const bronnenSchema = z.array(bronSchema).min(1, { error: 'noem minstens één bron, met titel en id; elke claim verwijst ernaar' });
