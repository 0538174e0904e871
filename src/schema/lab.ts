/** The lab (3D-lab): frontmatter of content/labs/<slug>.mdx. */
import { z } from 'zod';
import { datumSchema, tekst, trefwoordenSchema } from './basis.ts';
import { bronnenSchema } from './bron.ts';
import { labPrivacySchema } from './privacy.ts';
import { LAB_SOORTEN, STATUSSEN } from './labels.ts';
import { belofteReferentie, referentie, type Referenties } from './taxonomieen.ts';
import { controleerUniek, SAMENVATTING_MAX } from './verhaal.ts';
import { engelsSchema } from './engels.ts';

export function maakLabSchema(refs?: Referenties) {
  return z
    .object({
      titel: tekst('titel'),
      samenvatting: tekst('samenvatting').max(SAMENVATTING_MAX, {
        error: (iss) => `de samenvatting is ${String(iss.input).length} tekens; maak haar hoogstens ${SAMENVATTING_MAX} tekens`,
      }),
      soort: z
        .enum(LAB_SOORTEN, { error: `kies soort: ${LAB_SOORTEN.join(' of ')} (thema als het geen verslag is van een lab dat echt is gehouden)` })
        .meta({ description: 'labverslag: verslag van een gehouden lab; thema: een thema uit een brondocument.' }),
      datum: datumSchema.meta({ description: 'Datum van het lab of van de bron, zo precies als de bron zegt.' }),
      labvraag: tekst('labvraag'),
      gemeenten: z.array(referentie('gemeenten', refs)).default([]),
      rapporteurs: z.array(referentie('rapporteurs', refs)).min(1, { error: 'noem minstens één rapporteur' }),
      tags: z.array(referentie('tags', refs)).default([]),
      beloften: z.array(belofteReferentie(refs)).default([]),
      status: z.enum(STATUSSEN, { error: 'kies status: concept of gepubliceerd' }),
      bronnen: bronnenSchema,
      trefwoorden: trefwoordenSchema,
      privacy: labPrivacySchema.optional(),
      engels: engelsSchema(SAMENVATTING_MAX).optional(),
    })
    .strict()
    .superRefine((lab, ctx) => controleerUniek(ctx, 'bronnen', lab.bronnen, 'bron'), {
      when: (payload) => typeof payload.value === 'object' && payload.value !== null,
    });
}

export const labSchema = maakLabSchema();
export type Lab = z.output<typeof labSchema>;
