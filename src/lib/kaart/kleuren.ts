/**
 * Colour classes for the map: municipalities shaded by their number of stories.
 * Every class with stories differs from the no-story fill (and from white) by at least 3:1
 * (WCAG 1.4.11, non-text contrast), and the classes get darker as the count grows.
 */

export interface Kleurklasse {
  id: string;
  /** Smallest count in this class. */
  van: number;
  /** Largest count, or undefined for the open top class. */
  tot?: number;
  kleur: string;
  label: string;
}

export const GEEN_VERHALEN: Kleurklasse = { id: 'k0', van: 0, tot: 0, kleur: '#dfe4e8', label: 'geen verhalen' };

export const KLEURKLASSEN: readonly Kleurklasse[] = [
  GEEN_VERHALEN,
  { id: 'k1', van: 1, tot: 1, kleur: '#3b82c4', label: '1 verhaal' },
  { id: 'k2', van: 2, tot: 2, kleur: '#1f5f9e', label: '2 verhalen' },
  { id: 'k3', van: 3, tot: 4, kleur: '#0f3f73', label: '3 of 4 verhalen' },
  { id: 'k5', van: 5, kleur: '#071f3d', label: '5 of meer verhalen' },
];

export function kleurklasse(aantal: number): Kleurklasse {
  return [...KLEURKLASSEN].reverse().find((k) => aantal >= k.van) ?? GEEN_VERHALEN;
}

/** WCAG relative luminance of a #rrggbb colour. */
export function luminantie(hex: string): number {
  const m = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(hex);
  if (!m) throw new Error(`geen kleur in de vorm #rrggbb: ${hex}`);
  const [r, g, b] = m.slice(1).map((h) => {
    const c = parseInt(h, 16) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
}

export function contrast(a: string, b: string): number {
  const [l1, l2] = [luminantie(a), luminantie(b)].sort((x, y) => y - x);
  return (l1! + 0.05) / (l2! + 0.05);
}

/**
 * The maps of breakthroughs that spread (/navolging/): the municipality where a breakthrough began and
 * those that took it over, in two of the classes above (so each differs from the no-story fill by 3:1).
 */
export const NAVOLGING_KLEUREN = { oorsprong: KLEURKLASSEN.at(-1)!.kleur, overgenomen: KLEURKLASSEN[1]!.kleur } as const;
