/** Geometry for a small horizontal bar chart drawn as SVG at build time (no chart library, no JS). */

export interface Staaf {
  label: string;
  waarde: number;
  /** Top of the bar's row. */
  y: number;
  /** Width of the bar in px (0 for a zero value). */
  breedte: number;
}

export interface Staafdiagram {
  breedte: number;
  hoogte: number;
  /** x where bars start (room for labels to the left). */
  x0: number;
  rijhoogte: number;
  staven: Staaf[];
}

export function staafdiagram(
  waarden: readonly { label: string; waarde: number }[],
  opties: { breedte?: number; labelbreedte?: number; rijhoogte?: number; ruimteRechts?: number } = {},
): Staafdiagram {
  const { breedte = 560, labelbreedte = 220, rijhoogte = 24, ruimteRechts = 40 } = opties;
  const max = Math.max(0, ...waarden.map((w) => w.waarde));
  const beschikbaar = breedte - labelbreedte - ruimteRechts;
  return {
    breedte,
    hoogte: waarden.length * rijhoogte,
    x0: labelbreedte,
    rijhoogte,
    staven: waarden.map((w, i) => ({
      label: w.label,
      waarde: w.waarde,
      y: i * rijhoogte,
      breedte: max > 0 ? Math.round((w.waarde / max) * beschikbaar * 10) / 10 : 0,
    })),
  };
}
