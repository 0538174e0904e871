/**
 * The search facets: which Pagefind filters a story or lab page carries, and how the
 * search page names their values. Filter values are ids (as in the URL: ?tag=integraal);
 * the labels travel to the browser as a small map, so the index stays language-neutral.
 */
import { slugify } from '../slug.ts';

// Target group first, as in Movisie's and NJi's databanks; how far the breakthroughs got right after.
export const FACETTEN = [
  { sleutel: 'doelgroep', legende: 'Doelgroep' },
  { sleutel: 'status', legende: 'Status van de doorbraken' },
  { sleutel: 'doorbraak', legende: 'Soort doorbraak' },
  { sleutel: 'soort', legende: 'Soort belemmering' },
  { sleutel: 'gemeente', legende: 'Gemeente' },
  { sleutel: 'provincie', legende: 'Provincie' },
  { sleutel: 'tag', legende: 'Tag' },
  { sleutel: 'belofte', legende: 'Belofte' },
  { sleutel: 'domein', legende: 'Domein' },
  { sleutel: 'volledigheid', legende: 'Volledigheid' },
  { sleutel: 'jaar', legende: 'Jaar' },
  { sleutel: 'lab', legende: 'Lab' },
] as const;

export type Facet = (typeof FACETTEN)[number]['sleutel'];
export const FACET_SLEUTELS: readonly Facet[] = FACETTEN.map((f) => f.sleutel);

export function isFacet(sleutel: string): sleutel is Facet {
  return (FACET_SLEUTELS as readonly string[]).includes(sleutel);
}

/** Filter values per facet, e.g. { tag: ['integraal'], jaar: ['2014'] }. */
export type FacetWaarden = Record<Facet, string[]>;
/** Display label per facet value, e.g. { gemeente: { leeuwarden: 'Leeuwarden' } }. */
export type FacetLabels = Record<Facet, Record<string, string>>;

export interface GemeenteInfo {
  id: string;
  naam: string;
  provincie: string;
}

/** What a story or lab contributes to the facets (fields of Verhaal and Lab). */
export interface Doc {
  datum: string;
  gemeenten?: readonly string[];
  tags?: readonly string[];
  beloften?: readonly number[];
  domeinen?: readonly string[];
  belemmeringen?: readonly { soort: string }[];
  doorbraken?: readonly { status: string; soort: string }[];
  doelgroepen?: readonly string[];
  /** The story's completeness level (src/lib/volledigheid.ts); labs have none. */
  volledigheid?: string;
  /** The lab a story belongs to, or the lab's own id on a lab page. */
  lab?: string;
}

const uniek = <T>(xs: readonly T[]): T[] => [...new Set(xs)];

export function provincieId(naam: string): string {
  return slugify(naam);
}

/** The filter values of one page. Unknown gemeenten cannot occur: the build checks references. */
export function facetWaarden(doc: Doc, gemeenten: ReadonlyMap<string, GemeenteInfo>): FacetWaarden {
  const gem = uniek(doc.gemeenten ?? []);
  return {
    doelgroep: uniek(doc.doelgroepen ?? []),
    status: uniek((doc.doorbraken ?? []).map((d) => d.status)),
    doorbraak: uniek((doc.doorbraken ?? []).map((d) => d.soort)),
    gemeente: gem,
    provincie: uniek(gem.flatMap((id) => (gemeenten.get(id) ? [provincieId(gemeenten.get(id)!.provincie)] : []))),
    tag: uniek(doc.tags ?? []),
    belofte: uniek(doc.beloften ?? []).map(String),
    soort: uniek((doc.belemmeringen ?? []).map((b) => b.soort)),
    domein: uniek(doc.domeinen ?? []),
    volledigheid: doc.volledigheid ? [doc.volledigheid] : [],
    jaar: [doc.datum.slice(0, 4)],
    lab: doc.lab ? [doc.lab] : [],
  };
}

export function leegLabels(): FacetLabels {
  return Object.fromEntries(FACET_SLEUTELS.map((f) => [f, {}])) as unknown as FacetLabels;
}

export interface Taxonomie {
  gemeenten: readonly GemeenteInfo[];
  tags: readonly { id: string; naam: string }[];
  beloften: readonly { nummer: number; naam: string }[];
  soorten: readonly { id: string; naam: string }[];
  soortenDoorbraak: readonly { id: string; naam: string }[];
  doelgroepen: readonly { id: string; naam: string }[];
  /** Labels of the closed lists (statuses, completeness levels), passed in from the schema. */
  statussen: Readonly<Record<string, string>>;
  niveaus: Readonly<Record<string, string>>;
  labs: readonly { id: string; titel: string }[];
}

/**
 * Labels for the values that occur on the site (not all 342 gemeenten), so the map the
 * search page carries grows with the content, not with the taxonomies.
 */
export function facetLabels(gebruikt: readonly FacetWaarden[], tax: Taxonomie): FacetLabels {
  const labels = leegLabels();
  const naar = (lijst: readonly { id: string; naam: string }[]) => new Map(lijst.map((x) => [x.id, x.naam]));
  const namen: Record<Facet, Map<string, string>> = {
    doelgroep: naar(tax.doelgroepen),
    status: new Map(Object.entries(tax.statussen)),
    doorbraak: naar(tax.soortenDoorbraak),
    volledigheid: new Map(Object.entries(tax.niveaus)),
    gemeente: naar(tax.gemeenten),
    provincie: new Map(tax.gemeenten.map((g) => [provincieId(g.provincie), g.provincie])),
    tag: naar(tax.tags),
    belofte: new Map(tax.beloften.map((b) => [String(b.nummer), `${b.nummer}. ${b.naam}`])),
    soort: naar(tax.soorten),
    domein: new Map(),
    jaar: new Map(),
    lab: new Map(tax.labs.map((l) => [l.id, l.titel])),
  };
  for (const waarden of gebruikt) {
    for (const f of FACET_SLEUTELS) {
      for (const w of waarden[f]) labels[f][w] = namen[f].get(w) ?? standaardLabel(f, w);
    }
  }
  return labels;
}

function standaardLabel(facet: Facet, waarde: string): string {
  if (facet === 'domein') return waarde.charAt(0).toUpperCase() + waarde.slice(1);
  return waarde;
}

/** The label of a value, falling back to the value itself (e.g. a value added after the page was built). */
export function label(labels: FacetLabels, facet: Facet, waarde: string): string {
  return labels[facet]?.[waarde] ?? standaardLabel(facet, waarde);
}

/** Values whose order is their meaning (how far, how complete), not the alphabet. */
const VASTE_VOLGORDE: Partial<Record<Facet, readonly string[]>> = {
  status: ['effect-gemeten', 'ingevoerd', 'proef', 'voorstel'],
  volledigheid: ['volledig', 'gedeeltelijk', 'beknopt'],
};

/** Order of the checkboxes: years newest first, promises by number, statuses by progress, the rest alphabetically in Dutch. */
export function sorteerWaarden(facet: Facet, waarden: readonly string[], labels: FacetLabels): string[] {
  const kopie = [...waarden];
  const vast = VASTE_VOLGORDE[facet];
  if (vast) return kopie.sort((a, b) => (vast.indexOf(a) >>> 0) - (vast.indexOf(b) >>> 0));
  if (facet === 'jaar') return kopie.sort((a, b) => b.localeCompare(a));
  if (facet === 'belofte') return kopie.sort((a, b) => Number(a) - Number(b));
  return kopie.sort((a, b) => label(labels, facet, a).localeCompare(label(labels, facet, b), 'nl'));
}
