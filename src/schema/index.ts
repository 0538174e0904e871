/**
 * The content contract of the 3D-lab knowledge base: the single source of truth. Astro's collections
 * (src/content.config.ts), `npm run check`, the submission form and the generated JSON Schema all
 * import from here. One file per concept; field names are Dutch, as in the content files.
 */
export * from './basis.ts';
export * from './berichten.ts';
export * from './labels.ts';
export * from './taxonomieen.ts';
export * from './bron.ts';
export * from './privacy.ts';
export * from './rapporteur.ts';
export * from './contact.ts';
export * from './engels.ts';
export * from './overname.ts';
export * from './verhaal.ts';
export * from './lab.ts';

import type { z } from 'zod';
import type { belofteSchema, doelgroepSchema, gemeenteSchema, rapporteurSchema, soortBelemmeringSchema, soortDoorbraakSchema, tagSchema } from './taxonomieen.ts';
export type Gemeente = z.output<typeof gemeenteSchema>;
export type Tag = z.output<typeof tagSchema>;
export type Belofte = z.output<typeof belofteSchema>;
export type SoortBelemmering = z.output<typeof soortBelemmeringSchema>;
export type SoortDoorbraak = z.output<typeof soortDoorbraakSchema>;
export type Doelgroep = z.output<typeof doelgroepSchema>;
export type Rapporteur = z.output<typeof rapporteurSchema>;
export * from './aliassen.ts';
