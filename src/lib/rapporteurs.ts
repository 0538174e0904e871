/**
 * Rapporteurs as the site shows them: those listed in content/rapporteurs.yaml and those who named
 * themselves in a story ({ naam, organisatie }) get the same page, link and open-data entry. A new
 * rapporteur's id is the slug of their name, the id the editors give them when they move them into the list.
 */
import { rapporteurId, type RapporteurVerwijzing } from '../schema/index.ts';

export interface RapporteurInfo {
  id: string;
  naam: string;
  rol?: string;
  organisatie?: string;
  url?: string;
  /** False for a rapporteur named only in stories, not (yet) in content/rapporteurs.yaml. */
  inLijst: boolean;
}

export interface RapporteurInLijst {
  id: string;
  naam: string;
  rol?: string;
  organisatie?: string;
  url?: string;
}

/**
 * Every rapporteur by id: the list first, then new ones from the stories in the order given (newest
 * first on the site), so a new rapporteur's organisation is the one their latest story names.
 */
export function rapporteursRegister(
  lijst: readonly RapporteurInLijst[],
  verhalen: readonly { data: { rapporteurs: readonly RapporteurVerwijzing[] } }[],
): Map<string, RapporteurInfo> {
  const register = new Map<string, RapporteurInfo>(lijst.map((r) => [r.id, { ...r, inLijst: true }]));
  for (const v of verhalen) {
    for (const r of v.data.rapporteurs) {
      if (typeof r === 'string') continue;
      const id = rapporteurId(r);
      if (!register.has(id)) register.set(id, { id, naam: r.naam, ...(r.organisatie ? { organisatie: r.organisatie } : {}), inLijst: false });
    }
  }
  return register;
}

/** The rapporteur a story names; a listed id that the list lacks (the check prevents it) shows as its id. */
export function rapporteurVan(r: RapporteurVerwijzing, register: ReadonlyMap<string, RapporteurInfo>): RapporteurInfo {
  const id = rapporteurId(r);
  return register.get(id) ?? (typeof r === 'string' ? { id, naam: r, inLijst: false } : { id, naam: r.naam, organisatie: r.organisatie, inLijst: false });
}

/** The ids of a story's rapporteurs, for grouping stories per rapporteur. */
export const rapporteurIds = (rapporteurs: readonly RapporteurVerwijzing[]): string[] => rapporteurs.map(rapporteurId);
