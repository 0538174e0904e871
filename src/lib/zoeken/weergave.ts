/** Dutch texts of the search page: result counts; dates come from src/lib/datum.ts. */
export { datumTekst } from '../datum.ts';

/** The sentence the live region announces after every search. */
export function resultatenTekst(aantal: number, q: string, aantalFilters: number): string {
  const wat = aantal === 0 ? 'Geen resultaten' : aantal === 1 ? '1 resultaat' : `${aantal} resultaten`;
  const voor = q ? ` voor "${q}"` : '';
  const filters = aantalFilters === 0 ? '' : aantalFilters === 1 ? ' met 1 filter' : ` met ${aantalFilters} filters`;
  return `${wat}${voor}${filters}.`;
}

/** Checkbox label with its count: "Leeuwarden (2)". */
export function waardeTekst(label: string, aantal: number): string {
  return `${label} (${aantal})`;
}
