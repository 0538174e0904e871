/**
 * Finding a municipality by the name a person types: the official name ("'s-Gravenhage"), the same
 * without accents, apostrophes or the province in brackets ("Sudwest-Fryslan", "Stein"), an everyday name
 * from content/gemeente-aliassen.yaml ("Den Haag"), or the id. Pure: the form, `npm run check` and search
 * pass in the lists.
 */
import { slugify } from '../slug.ts';

export interface GemeenteNaam {
  id: string;
  naam: string;
}
export interface Alias {
  gemeente: string;
  namen: readonly string[];
}

/** The comparable form of a name: lower case, no accents, no quotes, no "(NH.)", hyphens and spaces alike. */
export function sleutel(naam: string): string {
  return slugify(naam.replace(/\([^)]*\)/g, ' '));
}

export interface Namenregister {
  /** Comparable name -> gemeente id; a name that fits two municipalities ("Bergen") is left out. */
  perNaam: ReadonlyMap<string, string>;
  /** Every name a person may type, with the id it stands for (for suggestions and datalists). */
  alle: readonly { naam: string; id: string }[];
}

export function namenregister(gemeenten: readonly GemeenteNaam[], aliassen: readonly Alias[] = []): Namenregister {
  const kandidaten = new Map<string, Set<string>>();
  const alle: { naam: string; id: string }[] = [];
  const voegToe = (naam: string, id: string) => {
    // Both with and without the province in brackets: "Bergen (L.)" is exact, "Bergen" may be ambiguous.
    for (const k of new Set([slugify(naam), sleutel(naam)])) {
      if (!k) continue;
      let ids = kandidaten.get(k);
      if (!ids) kandidaten.set(k, (ids = new Set()));
      ids.add(id);
    }
    alle.push({ naam, id });
  };
  for (const g of gemeenten) {
    voegToe(g.naam, g.id);
    voegToe(g.id, g.id);
  }
  for (const a of aliassen) for (const naam of a.namen) voegToe(naam, a.gemeente);
  const perNaam = new Map<string, string>();
  for (const [k, ids] of kandidaten) if (ids.size === 1) perNaam.set(k, [...ids][0]!);
  // The official id always wins for its own slug, also when a shortened name ("bergen") is ambiguous.
  for (const g of gemeenten) perNaam.set(g.id, g.id);
  return { perNaam, alle };
}

/** The id of the municipality a person means, or undefined when the name fits none (or more than one). */
export function vindGemeente(invoer: string, register: Namenregister): string | undefined {
  return register.perNaam.get(slugify(invoer)) ?? register.perNaam.get(sleutel(invoer));
}
