/** What a story promises about the people in it. */
import { z } from 'zod';
import { tekst } from './basis.ts';

export const privacySchema = z.object({
  gepseudonimiseerd: z.literal(true, {
    error: 'zet gepseudonimiseerd op true, nadat je namen en herkenbare details van burgers hebt vervangen',
  }),
  toestemming: z.union([z.literal(true), z.literal('n.v.t.')], {
    error: 'vul toestemming in: true (de betrokkenen gaven toestemming) of "n.v.t." (niemand is herkenbaar)',
  }),
  /** Reviewed false positives of the personal-data scan, each with a reason. */
  vrijstellingen: z
    .array(
      z.object({
        waarde: tekst('waarde'),
        reden: z.string().trim().min(10, { error: 'leg in een zin uit waarom dit geen persoonsgegeven is' }),
      }),
    )
    .default([]),
});
