/** Builds the open-data context (URLs and lookups) from the taxonomies. */
import type { OpenDataContext } from './opendata.ts';

export function maakContext(
  gemeenten: readonly { id: string; naam: string; cbs: string }[],
  soorten: readonly { id: string; naam: string }[],
  url: (id: string) => string,
  rapporteurs: readonly { id: string; naam: string }[],
): OpenDataContext {
  return {
    url,
    gemeenten: new Map(gemeenten.map((g) => [g.id, { naam: g.naam, cbs: g.cbs }])),
    soorten: new Map(soorten.map((s) => [s.id, s.naam])),
    rapporteurs: new Map(rapporteurs.map((r) => [r.id, r.naam])),
  };
}
