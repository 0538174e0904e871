/** How many published stories each municipality has (a story may name several). */
import type { VerhaalGegevens } from './typen.ts';

export interface GemeenteInvoer {
  id: string;
  naam: string;
  cbs: string;
  provincie: string;
}

export interface GemeenteRij extends GemeenteInvoer {
  /** Ids of the stories that name this municipality, in input order. */
  verhalen: string[];
}

export interface GemeenteTelling {
  /** Municipalities with at least one story: most stories first, then by name. */
  metVerhalen: GemeenteRij[];
  /** Number of municipalities without any story. */
  zonderVerhalen: number;
  /** Stories that name no municipality (the source does not say where). */
  verhalenZonderGemeente: string[];
}

/** Story ids per municipality id; municipalities without stories are absent. */
export function verhalenPerGemeente(verhalen: readonly VerhaalGegevens[]): Map<string, string[]> {
  const per = new Map<string, string[]>();
  for (const v of verhalen) {
    for (const g of new Set(v.data.gemeenten)) {
      const lijst = per.get(g) ?? [];
      lijst.push(v.id);
      per.set(g, lijst);
    }
  }
  return per;
}

export function gemeenteTelling(verhalen: readonly VerhaalGegevens[], gemeenten: readonly GemeenteInvoer[]): GemeenteTelling {
  const per = verhalenPerGemeente(verhalen);
  const bekend = new Set(gemeenten.map((g) => g.id));
  const onbekend = [...per.keys()].filter((id) => !bekend.has(id));
  if (onbekend.length) {
    throw new Error(`verhalen noemen gemeenten die niet in content/gemeenten.json staan: ${onbekend.join(', ')}`);
  }
  const metVerhalen = gemeenten
    .filter((g) => per.has(g.id))
    .map((g) => ({ id: g.id, naam: g.naam, cbs: g.cbs, provincie: g.provincie, verhalen: per.get(g.id)! }))
    .sort((a, b) => b.verhalen.length - a.verhalen.length || a.naam.localeCompare(b.naam, 'nl'));
  return {
    metVerhalen,
    zonderVerhalen: gemeenten.length - metVerhalen.length,
    verhalenZonderGemeente: verhalen.filter((v) => v.data.gemeenten.length === 0).map((v) => v.id),
  };
}
