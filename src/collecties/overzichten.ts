/** Glue between the collections and the pure overview functions, for pages and endpoints. */
import { bibliotheek } from './index.ts';
import { pad, paden } from '../paden.ts';
import { SITE, SITE_NAAM } from '../site.config.ts';
import { maakContext } from '../lib/overzichten/context.ts';
import type { OpenDataContext } from '../lib/overzichten/opendata.ts';

/** Absolute URL of a site path (honours the base path). */
export function absoluut(sitePad: string): string {
  return new URL(sitePad, SITE).href;
}

export async function openDataContext(): Promise<OpenDataContext> {
  const { gemeenten, soorten, rapporteurs } = await bibliotheek();
  return maakContext(
    gemeenten.map((g) => g.data),
    soorten.map((s) => s.data),
    (id) => absoluut(paden.verhaal(id)),
    rapporteurs.map((r) => r.data),
  );
}

export const OPEN_DATA_META = {
  titel: `${SITE_NAAM}: gepubliceerde verhalen`,
  licentie: 'CC BY 4.0 (https://creativecommons.org/licenses/by/4.0/deed.nl); gemeentegegevens: Bron: CBS, Kadaster',
  bron: SITE_NAAM,
  schema: absoluut(pad('schema/verhaal.schema.json')),
};
