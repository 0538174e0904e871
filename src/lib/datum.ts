/**
 * Dates as precise as their source: "2014", "2014-11" or "2014-11-26" (see src/schema/basis.ts).
 * The one Dutch date formatter of the site, used by the pages and the search page's browser code
 * alike; written by hand because Intl.DateTimeFormat cannot leave out the day of a partial date.
 */

const MAANDEN = ['januari', 'februari', 'maart', 'april', 'mei', 'juni', 'juli', 'augustus', 'september', 'oktober', 'november', 'december'];

/** "2014-10-01" -> "1 oktober 2014", "2014-10" -> "oktober 2014", "2014" -> "2014"; anything else unchanged. */
export function datumTekst(datum: string): string {
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(datum);
  if (!m) return datum;
  const [, jaar, maandNr, dag] = m;
  if (!maandNr) return jaar!;
  const maand = MAANDEN[Number(maandNr) - 1];
  if (!maand) return datum;
  return dag ? `${Number(dag)} ${maand} ${jaar}` : `${maand} ${jaar}`;
}

/** The first day a partial date can mean, for feeds and sitemaps that need a full date. */
export function eersteDag(datum: string): Date {
  const [jaar, maand = '01', dag = '01'] = datum.split('-');
  return new Date(`${jaar}-${maand}-${dag}T00:00:00Z`);
}
