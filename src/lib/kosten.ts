/**
 * Integrale kosten: turns a story's `kosten.posten` into yearly totals per scenario,
 * totals per betaler (koker) and the difference between the scenarios.
 *
 * How periods count:
 * - `maand` counts 12 times in a year, `jaar` once.
 * - `eenmalig` is never mixed into the yearly total. It is kept as its own line, and only
 *   added up in the "eerste jaar" total (yearly costs + one-off costs), which is what a
 *   municipality pays in the first year of a scenario.
 * The difference (verschilTekst) is huidig minus alternatief: a positive number is what the alternative saves.
 *
 * An amount the source does not give (`bedrag: onbekend`) is never counted as 0: each total keeps the
 * sum of the known amounts and how many amounts in it are unknown, so that the page can say "onbekend"
 * or "ten minste", and a difference with an unknown side is itself unknown.
 */
import { ONBEKEND, PERIODE_LABELS, SCENARIO_LABELS, type Kostenpost, type Scenario } from '../schema/index.ts';

export type { Scenario };

export interface Bedragen {
  /** Recurring costs converted to one year (maand x 12, jaar x 1): the known part. */
  perJaar: number;
  /** One-off costs, kept apart from the yearly total: the known part. */
  eenmalig: number;
  /** What the first year costs: perJaar + eenmalig. */
  eersteJaar: number;
  /** How many amounts of each total the source does not give. */
  onbekend: { perJaar: number; eenmalig: number; eersteJaar: number };
  /** How many cost items make up these totals; none means the source names no cost here at all. */
  posten: number;
}

export interface PostRegel extends Bedragen {
  omschrijving: string;
  betaler: string;
  scenario: Scenario;
  bedrag: Kostenpost['bedrag'];
  per: Kostenpost['per'];
  bron: string;
}

export interface BetalerRegel {
  betaler: string;
  huidig: Bedragen;
  alternatief: Bedragen;
}

export interface KostenOverzicht {
  posten: PostRegel[];
  huidig: Bedragen;
  alternatief: Bedragen;
  /** In order of first appearance in the story. */
  betalers: BetalerRegel[];
}

const leeg = (): Bedragen => ({ perJaar: 0, eenmalig: 0, eersteJaar: 0, onbekend: { perJaar: 0, eenmalig: 0, eersteJaar: 0 }, posten: 0 });

function telOp(doel: Bedragen, b: Bedragen): void {
  doel.perJaar += b.perJaar;
  doel.eenmalig += b.eenmalig;
  doel.eersteJaar += b.eersteJaar;
  doel.onbekend.perJaar += b.onbekend.perJaar;
  doel.onbekend.eenmalig += b.onbekend.eenmalig;
  doel.onbekend.eersteJaar += b.onbekend.eersteJaar;
  doel.posten += b.posten;
}

/** One cost item as amounts per year, one-off and first year. */
export function bedragenVanPost(post: Pick<Kostenpost, 'bedrag' | 'per'>): Bedragen {
  const b = leeg();
  b.posten = 1;
  const soort = post.per === 'eenmalig' ? 'eenmalig' : 'perJaar';
  if (post.bedrag === ONBEKEND) {
    b.onbekend[soort] = 1;
    b.onbekend.eersteJaar = 1;
    return b;
  }
  b[soort] = post.per === 'maand' ? post.bedrag * 12 : post.bedrag;
  b.eersteJaar = b[soort];
  return b;
}

/** The kinds of total on a cost page. */
export type Totaal = 'perJaar' | 'eenmalig' | 'eersteJaar';

/** Whether a total holds anything at all, known or unknown. */
export const heeftPosten = (b: Bedragen, t: Totaal): boolean => b[t] > 0 || b.onbekend[t] > 0;

/**
 * The totals worth a row: "per jaar" only when something recurs, "eenmalig" only when there are one-off
 * costs, and "eerste jaar" only when there are both (otherwise it repeats the one row). A story with only
 * one-off costs thus never shows "Per jaar: € 0 · € 0 · gelijk", which would read as a known zero.
 */
export function totaalRijen(o: Pick<KostenOverzicht, 'huidig' | 'alternatief'>): Totaal[] {
  const heeft = (t: Totaal) => heeftPosten(o.huidig, t) || heeftPosten(o.alternatief, t);
  const perJaar = heeft('perJaar');
  const eenmalig = heeft('eenmalig');
  return [...(perJaar ? ['perJaar' as const] : []), ...(eenmalig ? ['eenmalig' as const] : []), ...(perJaar && eenmalig ? ['eersteJaar' as const] : [])];
}

export const TOTAAL_NAAM: Readonly<Record<Totaal, string>> = { perJaar: 'Per jaar', eenmalig: 'Eenmalig', eersteJaar: 'Eerste jaar (per jaar + eenmalig)' };

/** Written for a scenario or payer that the source names no cost item for: not "€ 0", which would claim it costs nothing. */
export const NIET_GENOEMD = 'niet genoemd';

/**
 * A total as text: "€ 400"; "onbekend" when no amount is known; "ten minste € 400" when some are not;
 * "niet genoemd" when the source names no cost item here at all.
 */
export function totaalTekst(b: Bedragen, t: Totaal): string {
  if (b.posten === 0) return NIET_GENOEMD;
  if (b.onbekend[t] === 0) return euro(b[t]);
  return b[t] === 0 ? ONBEKEND : `ten minste ${euro(b[t])}`;
}

/** What the alternative costs next to the current situation; unknown when either side is incomplete or not named. */
export function verschilTekst(o: KostenOverzicht, t: Totaal): string {
  if (o.huidig.posten === 0 || o.alternatief.posten === 0) return ONBEKEND;
  if (o.huidig.onbekend[t] > 0 || o.alternatief.onbekend[t] > 0) return ONBEKEND;
  const n = o.huidig[t] - o.alternatief[t];
  return n > 0 ? `${euro(n)} minder` : n < 0 ? `${euro(-n)} meer` : 'gelijk';
}

/** One item's amount as text. */
export const bedragTekst = (bedrag: Kostenpost['bedrag']): string => (bedrag === ONBEKEND ? ONBEKEND : euro(bedrag));

export function kostenOverzicht(posten: readonly Kostenpost[]): KostenOverzicht {
  const totalen: Record<Scenario, Bedragen> = { huidig: leeg(), alternatief: leeg() };
  const betalers = new Map<string, BetalerRegel>();
  const regels: PostRegel[] = posten.map((p) => {
    const bedragen = bedragenVanPost(p);
    telOp(totalen[p.scenario], bedragen);
    // Same payer written with other spacing or case is the same koker.
    const sleutel = p.betaler.trim().toLocaleLowerCase('nl');
    let regel = betalers.get(sleutel);
    if (!regel) {
      regel = { betaler: p.betaler.trim(), huidig: leeg(), alternatief: leeg() };
      betalers.set(sleutel, regel);
    }
    telOp(regel[p.scenario], bedragen);
    return { omschrijving: p.omschrijving, betaler: p.betaler.trim(), scenario: p.scenario, bedrag: p.bedrag, per: p.per, bron: p.bron, ...bedragen };
  });
  const { huidig, alternatief } = totalen;
  return {
    posten: regels,
    huidig,
    alternatief,
    betalers: [...betalers.values()],
  };
}

const euroHeel = new Intl.NumberFormat('nl-NL', { style: 'currency', currency: 'EUR', maximumFractionDigits: 0 });
const euroCenten = new Intl.NumberFormat('nl-NL', { style: 'currency', currency: 'EUR', minimumFractionDigits: 2, maximumFractionDigits: 2 });

/** "€ 60.000" (cents only when there are any: "€ 12,50"); the space is a normal space. */
export function euro(bedrag: number): string {
  const f = Number.isInteger(bedrag) ? euroHeel : euroCenten;
  return f.format(bedrag).replace(/\u00a0/g, ' ');
}

export const PERIODE_TEKST = PERIODE_LABELS;
export const SCENARIO_NAAM = SCENARIO_LABELS;

export interface Balk {
  label: string;
  scenario: Scenario;
  waarde: number;
  tekst: string;
  /** Geometry in SVG user units. */
  x: number;
  y: number;
  breedte: number;
  hoogte: number;
}

export interface Grafiek {
  breedte: number;
  hoogte: number;
  labelBreedte: number;
  balken: Balk[];
  /** Text alternative for role="img". */
  beschrijving: string;
}

/**
 * A horizontal bar chart: yearly costs of both scenarios (when anything recurs) and one-off
 * costs (when there are any), as separate bars. Bars are scaled to the largest amount.
 */
export function kostenGrafiek(o: KostenOverzicht, breedte = 480): Grafiek {
  const labelBreedte = 170;
  const waardeRuimte = 90;
  const balkHoogte = 22;
  const afstand = 10;
  const rijen: { label: string; scenario: Scenario; waarde: number; tekst: string }[] = [];
  const rij = (label: string, scenario: Scenario, t: Totaal) => ({ label, scenario, waarde: o[scenario][t], tekst: totaalTekst(o[scenario], t) });
  // The same totals as the table (totaalRijen), without the first year, which adds the two up.
  for (const t of totaalRijen(o)) {
    if (t === 'eersteJaar') continue;
    const periode = TOTAAL_NAAM[t].toLowerCase();
    rijen.push(rij(`Huidig, ${periode}`, 'huidig', t), rij(`Alternatief, ${periode}`, 'alternatief', t));
  }
  const max = Math.max(0, ...rijen.map((r) => r.waarde));
  const schaal = max > 0 ? (breedte - labelBreedte - waardeRuimte) / max : 0;
  const balken = rijen.map((r, i) => ({
    label: r.label,
    scenario: r.scenario,
    waarde: r.waarde,
    tekst: r.tekst,
    x: labelBreedte,
    y: i * (balkHoogte + afstand),
    breedte: Math.round(r.waarde * schaal * 10) / 10,
    hoogte: balkHoogte,
  }));
  const hoogte = rijen.length ? rijen.length * (balkHoogte + afstand) - afstand : 0;
  const beschrijving = rijen.length
    ? `Staafdiagram. ${rijen.map((r) => `${r.label}: ${r.tekst}`).join('. ')}.`
    : 'Geen bedragen.';
  return { breedte, hoogte, labelBreedte, balken, beschrijving };
}
