/**
 * The search page in the browser. Pagefind (its script, WebAssembly and index chunks) is fetched
 * only when someone starts to search: a query in the URL, or focus on the search form.
 * State lives in the URL (see src/lib/zoeken/staat.ts), so a search can be shared.
 */
import { FACETTEN, FACET_SLEUTELS, isFacet, label, leegLabels, sorteerWaarden, type Facet, type FacetLabels } from '../lib/zoeken/facetten.ts';
import {
  heeftFilters,
  isLeeg,
  leesStaat,
  pagefindFilters,
  pagefindSortering,
  schoonZoekterm,
  schrijfStaat,
  zetFilter,
  type PagefindFilters,
  type Volgorde,
  type ZoekStaat,
} from '../lib/zoeken/staat.ts';
import { datumTekst, resultatenTekst, waardeTekst } from '../lib/zoeken/weergave.ts';
import { isRuimer, meervoudsvorm } from '../lib/zoeken/nederlands.ts';

// The part of Pagefind's browser API this page uses (pagefind.app/docs/api/).
type Tellingen = Record<string, Record<string, number>>;
interface PagefindResultaat {
  id: string;
  data(): Promise<{ url: string; excerpt: string; meta: Record<string, string | undefined> }>;
}
interface PagefindZoekactie {
  results: PagefindResultaat[];
  filters: Tellingen;
}
interface Pagefind {
  options(o: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  filters(): Promise<Tellingen>;
  search(term: string | null, o?: { filters?: PagefindFilters; sort?: Record<string, string> }): Promise<PagefindZoekactie>;
}

const PER_KEER = 10;
const WACHT_MS = 250;
const BASIS = import.meta.env.BASE_URL.replace(/\/?$/, '/');

const wortel = document.querySelector<HTMLElement>('[data-zoeken]');
if (wortel) void start(wortel);

function el<T extends HTMLElement>(wortel: HTMLElement, selector: string): T {
  const gevonden = wortel.querySelector<T>(selector);
  if (!gevonden) throw new Error(`zoeken: ${selector} ontbreekt op de pagina`);
  return gevonden;
}

async function laadPagefind(): Promise<Pagefind> {
  const bron = `${BASIS}pagefind/pagefind.js`;
  const pf = (await import(/* @vite-ignore */ bron)) as Pagefind;
  await pf.options({ excerptLength: 24 });
  await pf.init();
  return pf;
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
        pf = await laadPagefind();
      } catch (e) {
        console.warn('Pagefind kon niet laden', e);
        fout.textContent = import.meta.env.DEV
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

/** One result: title as link, samenvatting, and type, gemeente and datum. */
function resultaatItem(d: { url: string; excerpt: string; meta: Record<string, string | undefined> }): HTMLLIElement {
  const li = document.createElement('li');
  const h3 = document.createElement('h3');
  const a = document.createElement('a');
  a.href = d.url;
  a.textContent = d.meta.title ?? d.url;
  h3.append(a);
  li.append(h3);
  if (d.meta.samenvatting) {
    const p = document.createElement('p');
    p.textContent = d.meta.samenvatting;
    li.append(p);
  }
  const meta = document.createElement('p');
  meta.className = 'zoeken__meta';
  const delen: (string | Node)[] = [];
  if (d.meta.type === 'Lab') delen.push('Lab');
  if (d.meta.gemeente) delen.push(d.meta.gemeente);
  if (d.meta.datum) {
    const time = document.createElement('time');
    time.dateTime = d.meta.datum;
    time.textContent = datumTekst(d.meta.datum);
    delen.push(time);
  }
  delen.forEach((deel, i) => meta.append(...(i ? [' · ', deel] : [deel])));
  if (delen.length) li.append(meta);
  const fragment = uittreksel(d.excerpt);
  if (fragment.childNodes.length) {
    const p = document.createElement('p');
    p.className = 'zoeken__meta';
    p.append('In de tekst: …', fragment, '…');
    li.append(p);
  }
  return li;
}

/** Pagefind's excerpt as text with only its <mark> elements kept (never as raw HTML). */
function uittreksel(html: string): DocumentFragment {
  const doc = new DOMParser().parseFromString(`<body>${html}</body>`, 'text/html');
  const uit = document.createDocumentFragment();
  for (const knoop of doc.body.childNodes) {
    if (knoop.nodeName === 'MARK') {
      const mark = document.createElement('mark');
      mark.textContent = knoop.textContent;
      uit.append(mark);
    } else {
      uit.append(knoop.textContent ?? '');
    }
  }
  return uit;
}
