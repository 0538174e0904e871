/**
 * Reads published stories and the taxonomies straight from the content folder, without Astro.
 * Lets tests (and scripts) run the overview and open-data functions on the real content.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import {
  belofteSchema,
  gemeenteSchema,
  rapporteurSchema,
  soortBelemmeringSchema,
  verhaalSchema,
  type Belofte,
  type Gemeente,
  type Rapporteur,
  type SoortBelemmering,
  type SoortDoorbraak,
  soortDoorbraakSchema,
} from '../../src/schema/index.ts';
import { leesBestand, mdxBestanden, TAXONOMIE_BESTANDEN } from '../../src/lib/inhoud/controle.ts';
import type { VerhaalGegevens } from '../../src/lib/overzichten/typen.ts';

export interface InhoudVanSchijf {
  /** Published stories, newest first (as bibliotheek() sorts them). */
  verhalen: VerhaalGegevens[];
  /** The raw frontmatter of those stories, before the schema filled in defaults. */
  ruw: { id: string; data: Record<string, unknown> }[];
  beloften: Belofte[];
  soorten: SoortBelemmering[];
  soortenDoorbraak: SoortDoorbraak[];
  gemeenten: Gemeente[];
  rapporteurs: Rapporteur[];
}

export function leesInhoud(root: string): InhoudVanSchijf {
  const verhalen: VerhaalGegevens[] = [];
  const ruw: InhoudVanSchijf['ruw'] = [];
  for (const pad of mdxBestanden(root, 'verhalen')) {
    const bestand = leesBestand(root, pad, 'verhaal');
    const r = verhaalSchema.safeParse(bestand.gelezen.data);
    if (!r.success) throw new Error(`${bestand.pad} is ongeldig; draai "npm run check" voor de details`);
    if (r.data.status !== 'gepubliceerd') continue;
    verhalen.push({ id: bestand.id, data: r.data });
    ruw.push({ id: bestand.id, data: bestand.gelezen.data as Record<string, unknown> });
  }
  verhalen.sort((a, b) => b.data.datum.localeCompare(a.data.datum) || a.data.titel.localeCompare(b.data.titel, 'nl'));
  const lees = (bestand: string): unknown[] => parse(readFileSync(join(root, bestand), 'utf8')) as unknown[];
  return {
    verhalen,
    ruw,
    beloften: lees(TAXONOMIE_BESTANDEN.beloften).map((b) => belofteSchema.parse(b)),
    soorten: lees(TAXONOMIE_BESTANDEN.belemmeringen).map((s) => soortBelemmeringSchema.parse(s)),
    soortenDoorbraak: lees(TAXONOMIE_BESTANDEN.doorbraken).map((s) => soortDoorbraakSchema.parse(s)),
    gemeenten: lees(TAXONOMIE_BESTANDEN.gemeenten).map((g) => gemeenteSchema.parse(g)),
    rapporteurs: lees(TAXONOMIE_BESTANDEN.rapporteurs).map((r) => rapporteurSchema.parse(r)),
  };
}
