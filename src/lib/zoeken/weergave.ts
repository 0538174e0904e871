/** Dutch texts of the search page: result counts and how a query was read; dates come from src/lib/datum.ts. */
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

const aantalTekst = (n: number) => (n === 1 ? '1 resultaat' : `${n} resultaten`);
const opsomming = (woorden: readonly string[], en = 'en') =>
  woorden.length <= 1 ? woorden.join('') : `${woorden.slice(0, -1).join(', ')} ${en} ${woorden[woorden.length - 1]}`;
const aanhalen = (woorden: readonly string[]) => woorden.map((w) => `"${w}"`);

/** The wider search that is shown when the query itself finds nothing. */
export type Breder = { soort: 'korter'; vormen: Readonly<Record<string, string>> } | { soort: 'deel'; woorden: readonly string[] };

/**
 * The live region's sentence: the query's own result, and when that is nothing but a wider search
 * found something, that too: 'Geen resultaten voor "dakloos". Breder gezocht: 2 resultaten.'
 */
export function statusTekst(aantal: number, q: string, aantalFilters: number, breder?: Breder): string {
  if (!breder) return resultatenTekst(aantal, q, aantalFilters);
  return `${resultatenTekst(0, q, aantalFilters)} Breder gezocht: ${aantalTekst(aantal)}.`;
}

/** The label above the results of a wider search. */
export function bredereTekst(breder: Breder): string {
  if (breder.soort === 'korter') {
    const vormen = Object.values(breder.vormen);
    return `Breder gezocht: woorden die beginnen met ${opsomming(aanhalen(vormen))}.`;
  }
  return `Geen verhaal heeft alle woorden. Breder gezocht: verhalen met een deel van de woorden (${opsomming(aanhalen(breder.woorden), 'of')}); bij elk resultaat staat welke.`;
}

/** Words of the query that no story has. */
export function ontbrekendTekst(woorden: readonly string[]): string {
  return `Geen verhaal bevat ${opsomming(aanhalen(woorden), 'of')}.`;
}

/** A recognised place: 'Je ziet de verhalen uit de gemeente 's-Gravenhage ("Den Haag").' */
export function plaatsTekst(plaatsen: readonly { soort: 'gemeente' | 'provincie'; naam: string; getypt: string }[]): string {
  const delen = plaatsen.map((p) => {
    const zelfde = p.getypt.toLocaleLowerCase('nl') === p.naam.toLocaleLowerCase('nl');
    return `de ${p.soort} ${p.naam}${zelfde ? '' : ` ("${p.getypt}")`}`;
  });
  return `Je ziet de verhalen uit ${opsomming(delen, 'of')}.`;
}

/** When nothing helps. */
export const GEEN_UITWEG = 'Probeer een ander of korter woord, kies een filter, of blader in de lijsten hieronder.';

export { aantalTekst };
