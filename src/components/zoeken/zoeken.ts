/**
 * The search page in the browser (Zoeken.astro). Pagefind (its script, WebAssembly and index chunks)
 * is fetched only when someone starts to search: a query in the URL, or focus on the search form.
 * State lives in the URL (see src/lib/zoeken/staat.ts), so a search can be shared. The pure logic is
 * in src/lib/zoeken/; this module reads and writes the page.
 */
import { FACETTEN, FACET_SLEUTELS, isFacet, label, leegLabels, sorteerWaarden, type Facet, type FacetLabels } from '../../lib/zoeken/facetten.ts';
import {
  heeftFilters,
  isLeeg,
  leesStaat,
  pagefindFilters,
  pagefindSortering,
  schoonZoekterm,
  schrijfStaat,
  zetFilter,
  type Volgorde,
  type ZoekStaat,
} from '../../lib/zoeken/staat.ts';
import { resultatenTekst, waardeTekst } from '../../lib/zoeken/weergave.ts';
import { isRuimer, meervoudsvorm } from '../../lib/zoeken/nederlands.ts';
import { laadPagefind, type Pagefind, type PagefindResultaat, type Tellingen } from './pagefind.ts';
import { resultaatItem } from './resultaat.ts';

const PER_KEER = 10;
const WACHT_MS = 250;

const wortel = document.querySelector<HTMLElement>('[data-zoeken]');
if (wortel) void start(wortel);

function el<T extends HTMLElement>(wortel: HTMLElement, selector: string): T {
  const gevonden = wortel.querySelector<T>(selector);
  if (!gevonden) throw new Error(`zoeken: ${selector} ontbreekt op de pagina`);
  return gevonden;
}

async function start(wortel: HTMLElement) {
  const formulier = el<HTMLFormElement>(wortel, '[data-zoekformulier]');
  const veld = el<HTMLInputElement>(wortel, '[data-zoekveld]');
  const fout = el<HTMLElement>(wortel, '[data-zoekfout]');
  const gebied = el<HTMLElement>(wortel, '[data-zoekgebied]');
  const volgorde = el<HTMLSelectElement>(wortel, '[data-volgorde]');
  const filterVak = el<HTMLElement>(wortel, '[data-filters]');
  const wis = el<HTMLButtonElement>(wortel, '[data-wis]');
  const aantal = el<HTMLElement>(wortel, '[data-aantal]');
  const lijst = el<HTMLOListElement>(wortel, '[data-resultaten]');
  const meer = el<HTMLButtonElement>(wortel, '[data-meer]');
  const filterblok = el<HTMLDetailsElement>(wortel, '[data-filterblok]');
  const gekozen = el<HTMLElement>(wortel, '[data-gekozen]');
  // On a narrow screen the filters start folded, so the results are not pushed out of sight.
  if (matchMedia('(max-width: 40rem)').matches) filterblok.open = false;

  let labels: FacetLabels;
  try {
    labels = { ...leegLabels(), ...(JSON.parse(wortel.dataset.labels ?? '{}') as Partial<FacetLabels>) };
  } catch {
    labels = leegLabels();
  }

  let staat: ZoekStaat = leesStaat(location.search);
  veld.value = staat.q;
  volgorde.value = staat.volgorde;

  let pf: Pagefind | undefined;
  let laden: Promise<Pagefind | undefined> | undefined;
  let teller = 0;
  let resultaten: PagefindResultaat[] = [];
  let getoond = 0;
  /** The state whose results are on screen; the same search again must not fold "Toon meer" back. */
  let getoondeStaat = '';
  let wachter: ReturnType<typeof setTimeout> | undefined;
  const vakjes = new Map<string, { input: HTMLInputElement; label: HTMLLabelElement; facet: Facet; waarde: string }>();

  function laad(): Promise<Pagefind | undefined> {
    laden ??= (async () => {
      try {
        pf = await laadPagefind(wortel.dataset.pagefind ?? '');
      } catch (e) {
        console.warn('Pagefind kon niet laden', e);
        // Under `astro dev` (data-ontwikkeling) there is no index yet; say how to get one.
        fout.textContent = wortel.dataset.ontwikkeling !== undefined
          ? 'Zoeken werkt na npm run build; gebruik npm start. In astro dev is er nog geen zoekindex.'
          : 'De zoekindex kon niet worden geladen. Probeer het later opnieuw, of blader via de lijsten hieronder.';
        fout.hidden = false;
        return undefined;
      }
      const totaal = await pf.filters();
      tekenFilters(totaal);
      gebied.hidden = false;
      await zoek();
      return pf;
    })();
    return laden;
  }

  function tekenFilters(totaal: Tellingen) {
    filterVak.replaceChildren();
    for (const { sleutel, legende } of FACETTEN) {
      const waarden = new Set([...Object.keys(totaal[sleutel] ?? {}), ...(staat.filters[sleutel] ?? [])]);
      if (waarden.size === 0) continue;
      const fieldset = document.createElement('fieldset');
      const legend = document.createElement('legend');
      legend.textContent = legende;
      const ul = document.createElement('ul');
      ul.className = 'zoeken__waarden';
      for (const waarde of sorteerWaarden(sleutel, [...waarden], labels)) {
        const id = `filter-${sleutel}-${waarde}`;
        const li = document.createElement('li');
        const input = document.createElement('input');
        input.type = 'checkbox';
        input.id = id;
        input.name = sleutel;
        input.value = waarde;
        input.checked = staat.filters[sleutel]?.includes(waarde) ?? false;
        const lab = document.createElement('label');
        lab.htmlFor = id;
        lab.textContent = waardeTekst(label(labels, sleutel, waarde), totaal[sleutel]?.[waarde] ?? 0);
        li.append(input, lab);
        ul.append(li);
        vakjes.set(id, { input, label: lab, facet: sleutel, waarde });
      }
      fieldset.append(legend, ul);
      filterVak.append(fieldset);
    }
  }

  function werkUrlBij() {
    history.replaceState(history.state, '', `${location.pathname}${schrijfStaat(staat)}${location.hash}`);
  }

  async function zoek() {
    if (!pf) return;
    // This search works on the state as it is now; typing on changes `staat` for the next one.
    const s = staat;
    const sleutel = JSON.stringify(s);
    if (sleutel === getoondeStaat) return;
    const nr = ++teller;
    werkUrlBij();
    let gevonden: PagefindResultaat[] = [];
    let tellingen: Tellingen;
    if (isLeeg(s)) {
      tellingen = await pf.filters();
    } else {
      const term = s.q ? await zoekterm(pf, s.q) : null;
      const hoofd = await pf.search(term, { filters: pagefindFilters(s), sort: pagefindSortering(s) });
      gevonden = hoofd.results;
      // A chosen facet is counted without its own filter, so its other values show what they would add.
      tellingen = { ...hoofd.filters };
      for (const f of FACET_SLEUTELS) {
        if (!s.filters[f]?.length) continue;
        const zonder = await pf.search(term, { filters: pagefindFilters(s, f) });
        tellingen[f] = zonder.filters[f] ?? {};
      }
    }
    if (nr !== teller) return; // a newer search has started
    resultaten = gevonden;
    wis.hidden = !heeftFilters(s);
    for (const v of vakjes.values()) {
      v.label.textContent = waardeTekst(label(labels, v.facet, v.waarde), tellingen[v.facet]?.[v.waarde] ?? 0);
      v.input.checked = s.filters[v.facet]?.includes(v.waarde) ?? false;
    }
    lijst.replaceChildren();
    getoond = 0;
    await toonMeer(nr);
    if (nr !== teller) return;
    const aantalFilters = FACET_SLEUTELS.reduce((n, f) => n + (s.filters[f]?.length ?? 0), 0);
    gekozen.textContent = aantalFilters ? `(${aantalFilters} gekozen)` : '';
    aantal.textContent = isLeeg(s) ? 'Typ een zoekwoord of kies een filter.' : resultatenTekst(resultaten.length, s.q, aantalFilters);
    getoondeStaat = sleutel;
  }

  /** The query Pagefind gets: the plural form when that finds all the query finds, and more. */
  async function zoekterm(pf: Pagefind, q: string): Promise<string> {
    const breder = meervoudsvorm(q);
    if (!breder) return q;
    const [smal, ruim] = await Promise.all([pf.search(q), pf.search(breder)]);
    return isRuimer(ruim.results.map((r) => r.id), smal.results.map((r) => r.id)) ? breder : q;
  }

  async function toonMeer(nr: number): Promise<HTMLAnchorElement | undefined> {
    const deel = resultaten.slice(getoond, getoond + PER_KEER);
    const gegevens = await Promise.all(deel.map((r) => r.data()));
    if (nr !== teller) return undefined;
    const items = gegevens.map(resultaatItem);
    lijst.append(...items);
    getoond += deel.length;
    meer.hidden = getoond >= resultaten.length;
    return items[0]?.querySelector('a') ?? undefined;
  }

  function zoekStraks() {
    clearTimeout(wachter);
    wachter = setTimeout(() => void zoek(), WACHT_MS);
  }

  // Pagefind is fetched on demand: now if the URL asks for a search, else when the form is used.
  if (!isLeeg(staat)) void laad();
  for (const soort of ['focusin', 'pointerdown'] as const) {
    formulier.addEventListener(soort, () => void laad(), { once: true });
  }

  veld.addEventListener('input', () => {
    staat = { ...staat, q: schoonZoekterm(veld.value) };
    if (pf) zoekStraks();
    else void laad();
  });
  formulier.addEventListener('submit', (e) => {
    e.preventDefault();
    clearTimeout(wachter);
    staat = { ...staat, q: schoonZoekterm(veld.value) };
    if (pf) void zoek();
    else void laad();
  });
  volgorde.addEventListener('change', () => {
    staat = { ...staat, volgorde: volgorde.value as Volgorde };
    void zoek();
  });
  filterVak.addEventListener('change', (e) => {
    const input = e.target as HTMLInputElement;
    if (input.type !== 'checkbox' || !isFacet(input.name)) return;
    staat = zetFilter(staat, input.name, input.value, input.checked);
    clearTimeout(wachter);
    void zoek();
  });
  wis.addEventListener('click', () => {
    staat = { ...staat, filters: {} };
    veld.focus();
    void zoek();
  });
  let bezig = false;
  meer.addEventListener('click', async () => {
    if (bezig) return; // a double click would show the same results twice
    bezig = true;
    try {
      const eerste = await toonMeer(teller);
      eerste?.focus();
    } finally {
      bezig = false;
    }
  });
}
