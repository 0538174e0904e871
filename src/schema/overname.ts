/**
 * Adoption: a breakthrough taken over from a breakthrough in another story. The reference names the
 * other story by id and its breakthrough by that breakthrough's `id`; `npm run check` resolves both
 * across all stories (src/lib/inhoud/overnames.ts), because one file cannot see another.
 */
import { z } from 'zod';
import { idSchema } from './basis.ts';

export const overgenomenVanSchema = z
  .object({
    verhaal: idSchema.meta({ description: 'Id (bestandsnaam zonder .mdx) van het verhaal waaruit de doorbraak is overgenomen.' }),
    doorbraak: idSchema.meta({ description: 'Het id van de doorbraak in dat verhaal.' }),
    bron: idSchema.meta({ description: 'Id van de bron van dit verhaal die zegt dat de oplossing is overgenomen.' }),
    toelichting: z.string().trim().min(1).optional().meta({ description: 'Wat er precies is overgenomen, als dat minder is dan de hele doorbraak.' }),
  })
  .strict()
  .meta({ description: 'De doorbraak is overgenomen van een doorbraak in een ander verhaal, zoals een bron zegt.' });

export type OvergenomenVan = z.output<typeof overgenomenVanSchema>;
