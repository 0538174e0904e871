/** Dutch texts of the search page: result counts and dates. */

const MAANDEN = ['januari', 'februari', 'maart', 'april', 'mei', 'juni', 'juli', 'augustus', 'september', 'oktober', 'november', 'december'];

/** "2014-10-01" -> "1 oktober 2014"; anything else is returned unchanged. */
export function datumTekst(iso: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!m) return iso;
  const maand = MAANDEN[Number(m[2]) - 1];
  return maand ? `${Number(m[3])} ${maand} ${m[1]}` : iso;
}

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
