/**
 * How complete a story is, as Participedia labels its entries: computed from what the story has, so an
 * editor sees what to improve first and a reader sees how much there is to go on. Shown on the story
 * page and used as a search filter.
 */
import type { Verhaal } from '../schema/index.ts';
import { isNaTeGaan } from './bronnen.ts';

export type Niveau = 'volledig' | 'gedeeltelijk' | 'beknopt';

export const NIVEAU_LABELS: Record<Niveau, { label: string; uitleg: string }> = {
  volledig: { label: 'Volledig', uitleg: 'Het verhaal heeft alles: gemeente, doorbraak, een bron die je kunt nagaan, kosten en uitkomsten.' },
  gedeeltelijk: { label: 'Gedeeltelijk', uitleg: 'Het verhaal heeft een doorbraak en minstens drie van de vijf onderdelen; er ontbreekt nog iets.' },
  beknopt: { label: 'Beknopt', uitleg: 'Het verhaal mist veel: gebruik het als aanwijzing, niet als bewijs.' },
};

/** The parts a complete story has, in the order an editor would add them. */
export const ONDERDELEN = {
  gemeente: 'een gemeente',
  doorbraak: 'een doorbraak met status en bron',
  bron: 'een bron die je kunt nagaan (webadres, pagina of dia)',
  kosten: 'kosten met een bekend bedrag',
  uitkomsten: 'gemeten uitkomsten',
} as const;
export type Onderdeel = keyof typeof ONDERDELEN;

export interface Volledigheid {
  niveau: Niveau;
  aanwezig: Onderdeel[];
  ontbreekt: Onderdeel[];
}

type VerhaalVorm = Pick<Verhaal, 'gemeenten' | 'doorbraken' | 'bronnen' | 'kosten' | 'uitkomsten'>;

export function volledigheid(v: VerhaalVorm): Volledigheid {
  const heeft: Record<Onderdeel, boolean> = {
    gemeente: v.gemeenten.length > 0,
    doorbraak: v.doorbraken.length > 0,
    bron: v.bronnen.some(isNaTeGaan),
    kosten: (v.kosten?.posten ?? []).some((p) => p.bedrag !== 'onbekend'),
    uitkomsten: (v.uitkomsten ?? []).length > 0,
  };
  const alle = Object.keys(ONDERDELEN) as Onderdeel[];
  const aanwezig = alle.filter((o) => heeft[o]);
  const ontbreekt = alle.filter((o) => !heeft[o]);
  const niveau: Niveau = ontbreekt.length === 0 ? 'volledig' : heeft.doorbraak && aanwezig.length >= 3 ? 'gedeeltelijk' : 'beknopt';
  return { niveau, aanwezig, ontbreekt };
}
