/**
 * The barrier map: which kinds of breakthrough (content/doorbraken.yaml, the `soort` of each
 * breakthrough) met which kinds of barrier, how often, how far they got, and where.
 *
 * A cell (soort belemmering S, soort doorbraak K) lists the breakthroughs of kind K that name at least
 * one barrier of kind S in the same story. It counts apart those that broke the barrier (ingevoerd or
 * effect-gemeten) and those that are only tried or proposed: a proposal is never shown as a solution.
 * A breakthrough that names barriers of two kinds counts in both rows; one that names two barriers of
 * the same kind counts once.
 */
import { doorbreekt, type Doorbraak, type DoorbraakStatus } from '../../schema/index.ts';
import { legeTelling, standen, type Stand, type Telling } from '../stand.ts';
import { uniek, type VerhaalGegevens } from './typen.ts';

export interface SoortInvoer {
  id: string;
  naam: string;
  uitleg: string;
}

/** One breakthrough as it appears in a cell. */
export interface DoorbraakVermelding {
  verhaal: string;
  /** Position of the breakthrough in the story's list (0-based). */
  index: number;
  omschrijving: string;
  door?: string;
  status: DoorbraakStatus;
  /** The barriers of this row's kind that it names. */
  belemmeringen: string[];
  gemeenten: string[];
}

export interface Cel {
  /** Breakthroughs that broke a barrier of this row (ingevoerd or effect-gemeten). */
  doorbrekend: number;
  /** Breakthroughs only tried or proposed. */
  voorgesteld: number;
  doorbraken: DoorbraakVermelding[];
  gemeenten: string[];
}

export interface KaartRij {
  soort: string;
  naam: string;
  /** Barriers of this kind in all stories, by state. */
  telling: Telling;
  /** Stories with at least one barrier of this kind. */
  verhalen: string[];
  gemeenten: string[];
  /** Per kind of breakthrough id. */
  cellen: Record<string, Cel>;
}

export interface Belemmeringskaart {
  kolommen: readonly SoortInvoer[];
  rijen: KaartRij[];
  /** Breakthroughs per kind (each once), split as in the cells. */
  perSoortDoorbraak: Record<string, { doorbrekend: number; voorgesteld: number }>;
}

export function belemmeringskaart(
  verhalen: readonly VerhaalGegevens[],
  soorten: readonly SoortInvoer[],
  soortenDoorbraak: readonly SoortInvoer[],
): Belemmeringskaart {
  const kolommen = soortenDoorbraak;
  const rijen = new Map<string, KaartRij>(
    soorten.map((s) => [
      s.id,
      {
        soort: s.id,
        naam: s.naam,
        telling: legeTelling(),
        verhalen: [],
        gemeenten: [],
        cellen: Object.fromEntries(kolommen.map((k) => [k.id, { doorbrekend: 0, voorgesteld: 0, doorbraken: [], gemeenten: [] }])),
      },
    ]),
  );
  const rij = (soort: string, verhaal: string) => {
    const r = rijen.get(soort);
    if (!r) throw new Error(`verhaal ${verhaal} gebruikt soort belemmering "${soort}", die niet in content/belemmeringen.yaml staat`);
    return r;
  };
  const perSoortDoorbraak = Object.fromEntries(kolommen.map((k) => [k.id, { doorbrekend: 0, voorgesteld: 0 }]));
  // Collected in sets and sorted once at the end: per story, sorting the growing lists made this
  // page take a second at 10,000 stories.
  const verhalenVan = new Map<KaartRij, Set<string>>();
  const gemeentenVan = new Map<object, Set<string>>();
  const voegToe = <K extends object>(m: Map<K, Set<string>>, k: K, waarden: Iterable<string>) => {
    let set = m.get(k);
    if (!set) m.set(k, (set = new Set()));
    for (const w of waarden) set.add(w);
  };

  for (const { id, data } of verhalen) {
    const stand: Map<string, Stand> = standen(data);
    for (const b of data.belemmeringen) {
      const r = rij(b.soort, id);
      r.telling.belemmeringen++;
      r.telling[stand.get(b.id)!]++;
      voegToe(verhalenVan, r, [id]);
      voegToe(gemeentenVan, r, data.gemeenten);
    }
    const soortVan = new Map(data.belemmeringen.map((b) => [b.id, b.soort]));
    data.doorbraken.forEach((d: Doorbraak, index) => {
      const totaal = perSoortDoorbraak[d.soort];
      if (!totaal) throw new Error(`verhaal ${id} gebruikt soort doorbraak "${d.soort}", die niet in content/doorbraken.yaml staat`);
      const teller = doorbreekt(d.status) ? 'doorbrekend' : 'voorgesteld';
      totaal[teller]++;
      // Group the named barriers by their kind: one mention per (row, breakthrough).
      const perSoort = new Map<string, string[]>();
      for (const bid of d.lost_op) {
        const soort = soortVan.get(bid);
        if (!soort) continue; // the schema already rejects lost_op ids that are not in the story
        perSoort.set(soort, [...(perSoort.get(soort) ?? []), bid]);
      }
      for (const [soort, belemmeringen] of perSoort) {
        const cel = rij(soort, id).cellen[d.soort]!;
        cel[teller]++;
        cel.doorbraken.push({ verhaal: id, index, omschrijving: d.omschrijving, door: d.door, status: d.status, belemmeringen, gemeenten: data.gemeenten });
        voegToe(gemeentenVan, cel, data.gemeenten);
      }
    });
  }
  for (const [r, ids] of verhalenVan) r.verhalen = [...ids]; // in story order, as before
  for (const [x, gemeenten] of gemeentenVan) (x as { gemeenten: string[] }).gemeenten = uniek(gemeenten);
  // Within a cell: breakthroughs that broke the barrier first (stable sort keeps story order).
  for (const r of rijen.values()) {
    for (const cel of Object.values(r.cellen)) cel.doorbraken.sort((a, b) => Number(doorbreekt(b.status)) - Number(doorbreekt(a.status)));
  }
  return { kolommen, rijen: [...rijen.values()], perSoortDoorbraak };
}
