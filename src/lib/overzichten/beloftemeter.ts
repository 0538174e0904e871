/**
 * The Beloftemeter: for each of the ten promises, how many stories speak to it, how many barriers
 * those stories met, and how many of those were broken by an implemented (or measured) breakthrough,
 * set apart from barriers with only a trial or only proposals (src/lib/stand.ts). A story counts for
 * every promise it lists.
 */
import type { DoorbraakStatus } from '../../schema/index.ts';
import { doorbrakenPerStatus, tel, type Telling } from '../stand.ts';
import { uniek, type VerhaalGegevens } from './typen.ts';

export interface BelofteInvoer {
  id: string;
  nummer: number;
  naam: string;
}

export interface BelofteRij {
  id: string;
  nummer: number;
  naam: string;
  /** Ids of the stories that list this promise, in input order. */
  verhalen: string[];
  /** The barriers met in those stories, by state. */
  telling: Telling;
  /** The breakthroughs those stories describe, by status. */
  doorbraken: Record<DoorbraakStatus, number>;
  /** Municipality ids named by those stories, sorted. */
  gemeenten: string[];
  /** Stories among them that name no municipality. */
  zonderGemeente: number;
}

export interface Beloftemeter {
  rijen: BelofteRij[];
  /** Stories that list no promise at all. */
  zonderBelofte: string[];
}

export function beloftemeter(verhalen: readonly VerhaalGegevens[], beloften: readonly BelofteInvoer[]): Beloftemeter {
  const rijen = [...beloften]
    .sort((a, b) => a.nummer - b.nummer)
    .map((belofte): BelofteRij => {
      const betrokken = verhalen.filter((v) => v.data.beloften.includes(belofte.nummer));
      return {
        id: belofte.id,
        nummer: belofte.nummer,
        naam: belofte.naam,
        verhalen: betrokken.map((v) => v.id),
        telling: tel(betrokken.map((v) => v.data)),
        doorbraken: doorbrakenPerStatus(betrokken.map((v) => v.data)),
        gemeenten: uniek(betrokken.flatMap((v) => v.data.gemeenten)),
        zonderGemeente: betrokken.filter((v) => v.data.gemeenten.length === 0).length,
      };
    });
  const zonderBelofte = verhalen.filter((v) => v.data.beloften.length === 0).map((v) => v.id);
  return { rijen, zonderBelofte };
}
