/**
 * How far a barrier got: the honest count behind every page, feed and file that says "doorbroken".
 * A barrier is broken only through a breakthrough that was implemented (`ingevoerd`) or whose effect
 * was measured (`effect-gemeten`); a barrier with only trials or only proposals is counted apart,
 * never as solved. Everything that counts barriers goes through here.
 */
import { doorbreekt, type DoorbraakStatus } from '../schema/index.ts';

/** The state of one barrier, from the best status among the breakthroughs that name it. */
export type Stand = 'doorbroken' | 'proef' | 'voorstel' | 'open';

/** In order of progress; pages list barriers and columns in this order. */
export const STANDEN: readonly Stand[] = ['doorbroken', 'proef', 'voorstel', 'open'];

export const STAND_LABELS: Record<Stand, { label: string; kort: string }> = {
  doorbroken: { label: 'Doorbroken', kort: 'doorbroken' },
  proef: { label: 'In een proef', kort: 'in een proef' },
  voorstel: { label: 'Alleen voorgesteld', kort: 'alleen voorgesteld' },
  open: { label: 'Nog zonder oplossing', kort: 'nog zonder oplossing' },
};

interface DoorbraakVorm {
  status: DoorbraakStatus;
  lost_op: readonly string[];
}
interface VerhaalVorm {
  belemmeringen: readonly { id: string }[];
  doorbraken: readonly DoorbraakVorm[];
}

/** The state of a barrier given the breakthroughs that name it in lost_op. */
export function standVan(doorbraken: readonly { status: DoorbraakStatus }[]): Stand {
  if (doorbraken.some((d) => doorbreekt(d.status))) return 'doorbroken';
  if (doorbraken.some((d) => d.status === 'proef')) return 'proef';
  if (doorbraken.length > 0) return 'voorstel';
  return 'open';
}

/** Barrier id -> its state, for every barrier of a story. */
export function standen(verhaal: VerhaalVorm): Map<string, Stand> {
  return new Map(verhaal.belemmeringen.map((b) => [b.id, standVan(verhaal.doorbraken.filter((d) => d.lost_op.includes(b.id)))]));
}

/** Ids of a story's barriers that an implemented or measured breakthrough broke. */
export function doorbrokenBelemmeringen(verhaal: VerhaalVorm): Set<string> {
  return new Set([...standen(verhaal)].filter(([, s]) => s === 'doorbroken').map(([id]) => id));
}

export type Telling = Record<Stand, number> & { belemmeringen: number };

export const legeTelling = (): Telling => ({ belemmeringen: 0, doorbroken: 0, proef: 0, voorstel: 0, open: 0 });

/** Adds the barriers of `verhaal` (or only those `welke` picks) to `telling`, by state. */
export function telOp(telling: Telling, verhaal: VerhaalVorm, welke: (b: { id: string }) => boolean = () => true): Telling {
  const s = standen(verhaal);
  for (const b of verhaal.belemmeringen) {
    if (!welke(b)) continue;
    telling.belemmeringen++;
    telling[s.get(b.id)!]++;
  }
  return telling;
}

/** The barriers of several stories, by state. */
export function tel(verhalen: Iterable<VerhaalVorm>): Telling {
  const t = legeTelling();
  for (const v of verhalen) telOp(t, v);
  return t;
}

/** Breakthroughs per status, e.g. to say "3 voorstellen, 1 ingevoerd". */
export function doorbrakenPerStatus(verhalen: Iterable<VerhaalVorm>): Record<DoorbraakStatus, number> {
  const t: Record<DoorbraakStatus, number> = { voorstel: 0, proef: 0, ingevoerd: 0, 'effect-gemeten': 0 };
  for (const v of verhalen) for (const d of v.doorbraken) t[d.status]++;
  return t;
}

/** "3 belemmeringen: 1 doorbroken, 2 alleen voorgesteld" — only the states that occur. */
export function tellingTekst(t: Telling): string {
  const delen = STANDEN.filter((s) => t[s] > 0).map((s) => `${t[s]} ${STAND_LABELS[s].kort}`);
  const kop = `${t.belemmeringen} ${t.belemmeringen === 1 ? 'belemmering' : 'belemmeringen'}`;
  return delen.length ? `${kop}: ${delen.join(', ')}` : kop;
}
