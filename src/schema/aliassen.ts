/** Everyday names of municipalities (content/gemeente-aliassen.yaml), next to the official ones. */
import { z } from 'zod';
import { idSchema, tekst } from './basis.ts';

export const GEMEENTE_ALIASSEN_BESTAND = 'content/gemeente-aliassen.yaml';

export const gemeenteAliasSchema = z
  .object({
    gemeente: idSchema.meta({ description: 'Id van de gemeente uit content/gemeenten.json.' }),
    namen: z.array(tekst('naam')).min(1, { error: 'noem minstens één naam waaronder mensen deze gemeente kennen' }),
  })
  .strict();

export type GemeenteAlias = z.output<typeof gemeenteAliasSchema>;
