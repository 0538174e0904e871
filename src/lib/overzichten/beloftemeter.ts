/**
 * The Beloftemeter: for each of the ten promises, how many stories speak to it, how many
 * barriers those stories met and solved, how many breakthroughs they report and in which
 * municipalities. A story counts for every promise it lists.
 */
import { opgelosteBelemmeringen, uniek, type VerhaalGegevens } from './typen.ts';

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
  /** Barriers met in those stories. */
  belemmeringen: number;
  /** Of those barriers, how many a breakthrough in the same story solved. */
  opgelost: number;
  doorbraken: number;
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
        belemmeringen: betrokken.reduce((n, v) => n + v.data.belemmeringen.length, 0),
        opgelost: betrokken.reduce((n, v) => {
          const opgelost = opgelosteBelemmeringen(v.data);
          return n + v.data.belemmeringen.filter((b) => opgelost.has(b.id)).length;
        }, 0),
        doorbraken: betrokken.reduce((n, v) => n + v.data.doorbraken.length, 0),
        gemeenten: uniek(betrokken.flatMap((v) => v.data.gemeenten)),
        zonderGemeente: betrokken.filter((v) => v.data.gemeenten.length === 0).length,
      };
    });
  const zonderBelofte = verhalen.filter((v) => v.data.beloften.length === 0).map((v) => v.id);
  return { rijen, zonderBelofte };
}
