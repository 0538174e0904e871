/**
 * Integrale kosten: turns a story's `kosten.posten` into yearly totals per scenario,
 * totals per betaler (koker) and the difference between the scenarios.
 *
 * How periods count:
 * - `maand` counts 12 times in a year, `jaar` once.
 * - `eenmalig` is never mixed into the yearly total. It is kept as its own line, and only
 *   added up in the "eerste jaar" total (yearly costs + one-off costs), which is what a
 *   municipality pays in the first year of a scenario.
 * The difference is huidig minus alternatief: a positive number is what the alternative saves.
 */
import type { Kostenpost } from '../schema/inhoud.ts';
import { SCENARIOS } from '../schema/inhoud.ts';

export type Scenario = (typeof SCENARIOS)[number];

export interface Bedragen {
  /** Recurring costs converted to one year (maand x 12, jaar x 1). */
  perJaar: number;
  /** One-off costs, kept apart from the yearly total. */
  eenmalig: number;
  /** What the first year costs: perJaar + eenmalig. */
  eersteJaar: number;
}

export interface PostRegel extends Bedragen {
  omschrijving: string;
  betaler: string;
  scenario: Scenario;
  bedrag: number;
  per: Kostenpost['per'];
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
  /** huidig - alternatief, per kind of amount. */
  verschil: Bedragen;
  /** In order of first appearance in the story. */
  betalers: BetalerRegel[];
}

const leeg = (): Bedragen => ({ perJaar: 0, eenmalig: 0, eersteJaar: 0 });

function telOp(doel: Bedragen, b: Bedragen): void {
  doel.perJaar += b.perJaar;
  doel.eenmalig += b.eenmalig;
  doel.eersteJaar += b.eersteJaar;
}

/** One cost item as amounts per year, one-off and first year. */
export function bedragenVanPost(post: Pick<Kostenpost, 'bedrag' | 'per'>): Bedragen {
  const perJaar = post.per === 'maand' ? post.bedrag * 12 : post.per === 'jaar' ? post.bedrag : 0;
  const eenmalig = post.per === 'eenmalig' ? post.bedrag : 0;
  return { perJaar, eenmalig, eersteJaar: perJaar + eenmalig };
}

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
    return { omschrijving: p.omschrijving, betaler: p.betaler.trim(), scenario: p.scenario, bedrag: p.bedrag, per: p.per, ...bedragen };
  });
  const { huidig, alternatief } = totalen;
  return {
    posten: regels,
    huidig,
    alternatief,
    verschil: {
      perJaar: huidig.perJaar - alternatief.perJaar,
      eenmalig: huidig.eenmalig - alternatief.eenmalig,
      eersteJaar: huidig.eersteJaar - alternatief.eersteJaar,
    },
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

export const PERIODE_TEKST: Record<Kostenpost['per'], string> = {
  jaar: 'per jaar',
  maand: 'per maand',
  eenmalig: 'eenmalig',
};

export const SCENARIO_NAAM: Record<Scenario, string> = {
  huidig: 'Huidige situatie',
  alternatief: 'Alternatief',
};

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
  const rijen: { label: string; scenario: Scenario; waarde: number }[] = [];
  const heeftJaarlijks = o.huidig.perJaar > 0 || o.alternatief.perJaar > 0;
  const heeftEenmalig = o.huidig.eenmalig > 0 || o.alternatief.eenmalig > 0;
  if (heeftJaarlijks) {
    rijen.push(
      { label: 'Huidig, per jaar', scenario: 'huidig', waarde: o.huidig.perJaar },
      { label: 'Alternatief, per jaar', scenario: 'alternatief', waarde: o.alternatief.perJaar },
    );
  }
  if (heeftEenmalig) {
    rijen.push(
      { label: 'Huidig, eenmalig', scenario: 'huidig', waarde: o.huidig.eenmalig },
      { label: 'Alternatief, eenmalig', scenario: 'alternatief', waarde: o.alternatief.eenmalig },
    );
  }
  const max = Math.max(0, ...rijen.map((r) => r.waarde));
  const schaal = max > 0 ? (breedte - labelBreedte - waardeRuimte) / max : 0;
  const balken = rijen.map((r, i) => ({
    label: r.label,
    scenario: r.scenario,
    waarde: r.waarde,
    tekst: euro(r.waarde),
    x: labelBreedte,
    y: i * (balkHoogte + afstand),
    breedte: Math.round(r.waarde * schaal * 10) / 10,
    hoogte: balkHoogte,
  }));
  const hoogte = rijen.length ? rijen.length * (balkHoogte + afstand) - afstand : 0;
  const beschrijving = rijen.length
    ? `Staafdiagram. ${rijen.map((r) => `${r.label}: ${euro(r.waarde)}`).join('. ')}.`
    : 'Geen bedragen.';
  return { breedte, hoogte, labelBreedte, balken, beschrijving };
}
