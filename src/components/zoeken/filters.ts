/** The filter panel: a fieldset of checkboxes per facet, with the number of results each would give. */
import { FACETTEN, label, sorteerWaarden, type Facet, type FacetLabels } from '../../lib/zoeken/facetten.ts';
import type { Tellingen } from '../../lib/zoeken/gegevens.ts';
import type { ZoekStaat } from '../../lib/zoeken/staat.ts';
import { waardeTekst } from '../../lib/zoeken/weergave.ts';

interface Vakje {
  input: HTMLInputElement;
  label: HTMLLabelElement;
  facet: Facet;
  waarde: string;
}

export class Filterpaneel {
  private readonly vakjes = new Map<string, Vakje>();

  constructor(
    private readonly vak: HTMLElement,
    private readonly labels: FacetLabels,
  ) {}

  get getekend(): boolean {
    return this.vakjes.size > 0;
  }

  /** Draws every facet value that occurs (and every chosen one), once the first counts are in. */
  teken(tellingen: Tellingen, staat: ZoekStaat) {
    this.vak.replaceChildren();
    this.vakjes.clear();
    for (const { sleutel, legende } of FACETTEN) {
      const waarden = new Set([...Object.keys(tellingen[sleutel] ?? {}), ...(staat.filters[sleutel] ?? [])]);
      if (waarden.size === 0) continue;
      const fieldset = document.createElement('fieldset');
      const legend = document.createElement('legend');
      legend.textContent = legende;
      const ul = document.createElement('ul');
      ul.className = 'zoeken__waarden';
      for (const waarde of sorteerWaarden(sleutel, [...waarden], this.labels)) {
        const id = `filter-${sleutel}-${waarde}`;
        const li = document.createElement('li');
        const input = document.createElement('input');
        input.type = 'checkbox';
        input.id = id;
        input.name = sleutel;
        input.value = waarde;
        const lab = document.createElement('label');
        lab.htmlFor = id;
        li.append(input, lab);
        ul.append(li);
        this.vakjes.set(id, { input, label: lab, facet: sleutel, waarde });
      }
      fieldset.append(legend, ul);
      this.vak.append(fieldset);
    }
    this.werkBij(tellingen, staat);
  }

  werkBij(tellingen: Tellingen, staat: ZoekStaat) {
    for (const v of this.vakjes.values()) {
      v.label.textContent = waardeTekst(label(this.labels, v.facet, v.waarde), tellingen[v.facet]?.[v.waarde] ?? 0);
      v.input.checked = staat.filters[v.facet]?.includes(v.waarde) ?? false;
    }
  }

  /** Ticks follow the state (Back and Forward) before new counts arrive. */
  vink(staat: ZoekStaat) {
    for (const v of this.vakjes.values()) v.input.checked = staat.filters[v.facet]?.includes(v.waarde) ?? false;
  }
}
