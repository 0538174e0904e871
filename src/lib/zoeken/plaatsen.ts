/**
 * Place names in a query. A professional types "Den Haag", "Fryslan" or "Friesland"; the stories carry
 * municipality ids. Typed as text, "Den Haag" would also match "Denk aan" and "Haagse" in other stories
 * (Pagefind matches the beginnings of words), and an alias or a province is in no story's text at all.
 * So the search page recognises place names in the query and searches the stories that play there.
 * Names are compared as `sleutel` does (no case, accents, quotes or "(L.)"), through the same register
 * the form and `npm run check` use (src/lib/gemeenten/namen.ts).
 */
import { namenregister, sleutel, vindGemeente, type Alias, type Namenregister } from '../gemeenten/namen.ts';
import { woordenVan } from './nederlands.ts';

export type PlaatsSoort = 'gemeente' | 'provincie';

export interface Plaats {
  soort: PlaatsSoort;
  id: string;
  /** The official name ("'s-Gravenhage", "Fryslân"). */
  naam: string;
  /** The words as typed ("Den Haag"). */
  getypt: string;
}

/** Everyday names of provinces that are not their official name without accents (Fryslân -> Fryslan). */
export const PROVINCIE_ALIASSEN: Readonly<Record<string, readonly string[]>> = {
  fryslan: ['Friesland'],
};

export interface Plaatsregister {
  gemeenten: Namenregister;
  gemeenteNamen: ReadonlyMap<string, string>;
  /** Comparable name -> province id. */
  provincies: ReadonlyMap<string, string>;
  provincieNamen: ReadonlyMap<string, string>;
}

/**
 * A register of the places that have stories: `gemeenten` and `provincies` map ids to names (the
 * search page's facet labels), `aliassen` are the everyday names of content/gemeente-aliassen.yaml.
 * A place without stories is left out, so its name stays an ordinary word.
 */
export function maakPlaatsregister(
  gemeenten: Readonly<Record<string, string>>,
  provincies: Readonly<Record<string, string>>,
  aliassen: readonly Alias[] = [],
): Plaatsregister {
  const lijst = Object.entries(gemeenten).map(([id, naam]) => ({ id, naam }));
  const bekend = new Set(Object.keys(gemeenten));
  const perProvincie = new Map<string, string>();
  for (const [id, naam] of Object.entries(provincies)) {
    perProvincie.set(sleutel(naam), id);
    for (const alias of PROVINCIE_ALIASSEN[id] ?? []) perProvincie.set(sleutel(alias), id);
  }
  return {
    gemeenten: namenregister(lijst, aliassen.filter((a) => bekend.has(a.gemeente))),
    gemeenteNamen: new Map(Object.entries(gemeenten)),
    provincies: perProvincie,
    provincieNamen: new Map(Object.entries(provincies)),
  };
}

/** The place that `woorden` (one to four words) name, a municipality before a province ("Utrecht"). */
function vind(woorden: string, register: Plaatsregister): Omit<Plaats, 'getypt'> | undefined {
  const gemeente = vindGemeente(woorden, register.gemeenten);
  if (gemeente && register.gemeenteNamen.has(gemeente)) return { soort: 'gemeente', id: gemeente, naam: register.gemeenteNamen.get(gemeente)! };
  const provincie = register.provincies.get(sleutel(woorden));
  if (provincie) return { soort: 'provincie', id: provincie, naam: register.provincieNamen.get(provincie) ?? provincie };
  return undefined;
}

const LANGSTE_NAAM = 4; // "Nuenen, Gerwen en Nederwetten", "Hof van Twente"

/**
 * Splits a query into the places it names and the remaining words, taking the longest name first:
 * "schuld Den Haag" -> places ['s-gravenhage'], rest "schuld". A quoted query is left alone.
 */
export function herkenPlaatsen(q: string, register: Plaatsregister): { plaatsen: Plaats[]; rest: string } {
  if (q.includes('"')) return { plaatsen: [], rest: q };
  const woorden = woordenVan(q);
  const plaatsen: Plaats[] = [];
  const rest: string[] = [];
  for (let i = 0; i < woorden.length; ) {
    let gevonden: Plaats | undefined;
    let lengte = 0;
    for (let n = Math.min(LANGSTE_NAAM, woorden.length - i); n >= 1 && !gevonden; n--) {
      const getypt = woorden.slice(i, i + n).join(' ');
      const plaats = vind(getypt, register);
      if (plaats) {
        gevonden = { ...plaats, getypt };
        lengte = n;
      }
    }
    if (gevonden) {
      if (!plaatsen.some((p) => p.soort === gevonden.soort && p.id === gevonden.id)) plaatsen.push(gevonden);
      i += lengte;
    } else {
      rest.push(woorden[i]!);
      i += 1;
    }
  }
  return { plaatsen, rest: rest.join(' ') };
}
