/**
 * The barrier map: which kinds of breakthrough (see soortDoorbraak.ts) solved which kinds of
 * barrier, how often and where.
 *
 * A cell (soort belemmering S, soort doorbraak K) counts the breakthroughs of kind K that solve
 * at least one barrier of kind S in the same story. A breakthrough that solves barriers of two
 * kinds counts in both rows; one that solves two barriers of the same kind counts once.
 */
import type { Doorbraak } from '../../schema/index.ts';
import { SOORTEN_DOORBRAAK, soortDoorbraak, type SoortDoorbraak } from './soortDoorbraak.ts';
import { opgelosteBelemmeringen, uniek, type VerhaalGegevens } from './typen.ts';

export interface SoortBelemmeringInvoer {
  id: string;
  naam: string;
}

/** One breakthrough as it appears in a cell. */
export interface DoorbraakVermelding {
  verhaal: string;
  /** Position of the breakthrough in the story's list (0-based). */
  index: number;
  omschrijving: string;
  door?: string;
  /** The barriers of this row's kind that it solved. */
  belemmeringen: string[];
  gemeenten: string[];
}

export interface Cel {
  aantal: number;
  doorbraken: DoorbraakVermelding[];
  gemeenten: string[];
}

export interface KaartRij {
  soort: string;
  naam: string;
  /** Barriers of this kind met in all stories. */
  belemmeringen: number;
  /** Of those, how many no breakthrough in the story solved. */
  open: number;
  /** Stories with at least one barrier of this kind. */
  verhalen: string[];
  gemeenten: string[];
  /** Per kind of breakthrough id. */
  cellen: Record<string, Cel>;
}

export interface Belemmeringskaart {
  kolommen: readonly SoortDoorbraak[];
  rijen: KaartRij[];
  /** Totals per kind of breakthrough (each breakthrough once). */
  perSoortDoorbraak: Record<string, number>;
}

export function belemmeringskaart(
  verhalen: readonly VerhaalGegevens[],
  soorten: readonly SoortBelemmeringInvoer[],
): Belemmeringskaart {
  const kolommen = SOORTEN_DOORBRAAK;
  const rijen = new Map<string, KaartRij>(
    soorten.map((s) => [
      s.id,
      {
        soort: s.id,
        naam: s.naam,
        belemmeringen: 0,
        open: 0,
        verhalen: [],
        gemeenten: [],
        cellen: Object.fromEntries(kolommen.map((k) => [k.id, { aantal: 0, doorbraken: [], gemeenten: [] }])),
      },
    ]),
  );
  const rij = (soort: string, verhaal: string) => {
    const r = rijen.get(soort);
    if (!r) throw new Error(`verhaal ${verhaal} gebruikt soort belemmering "${soort}", die niet in content/belemmeringen.yaml staat`);
    return r;
  };
  const perSoortDoorbraak: Record<string, number> = Object.fromEntries(kolommen.map((k) => [k.id, 0]));
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
    const opgelost = opgelosteBelemmeringen(data);
    for (const b of data.belemmeringen) {
      const r = rij(b.soort, id);
      r.belemmeringen++;
      if (!opgelost.has(b.id)) r.open++;
      voegToe(verhalenVan, r, [id]);
      voegToe(gemeentenVan, r, data.gemeenten);
    }
    const soortVan = new Map(data.belemmeringen.map((b) => [b.id, b.soort]));
    data.doorbraken.forEach((d: Doorbraak, index) => {
      const kolom = soortDoorbraak(d.door).id;
      perSoortDoorbraak[kolom]!++;
      // Group the solved barriers by their kind: one mention per (row, breakthrough).
      const perSoort = new Map<string, string[]>();
      for (const bid of d.lost_op) {
        const soort = soortVan.get(bid);
        if (!soort) continue; // the schema already rejects lost_op ids that are not in the story
        perSoort.set(soort, [...(perSoort.get(soort) ?? []), bid]);
      }
      for (const [soort, belemmeringen] of perSoort) {
        const cel = rij(soort, id).cellen[kolom]!;
        cel.aantal++;
        cel.doorbraken.push({ verhaal: id, index, omschrijving: d.omschrijving, door: d.door, belemmeringen, gemeenten: data.gemeenten });
        voegToe(gemeentenVan, cel, data.gemeenten);
      }
    });
  }
  for (const [r, ids] of verhalenVan) r.verhalen = [...ids]; // in story order, as before
  for (const [x, gemeenten] of gemeentenVan) (x as { gemeenten: string[] }).gemeenten = uniek(gemeenten);
  return { kolommen, rijen: [...rijen.values()], perSoortDoorbraak };
}
