/**
 * The search page in the browser (Zoeken.astro): state, events, history and drawing. The search runs in
 * a worker (werker.ts through werker-verbinding.ts, started when someone starts to search: a query in
 * the URL, or focus on the form); this module sends it the state and shows what comes back. Results come first; the facet
 * counts follow when the worker has them, without holding up typing. State lives in the URL
 * (src/lib/zoeken/staat.ts); each settled search is a history entry (src/lib/zoeken/geschiedenis.ts).
 */
import { FACET_SLEUTELS, isFacet, leegLabels, type FacetLabels } from '../../lib/zoeken/facetten.ts';
import { geschiedenisStap, PAUZE_MS, type Aanleiding } from '../../lib/zoeken/geschiedenis.ts';
import { heeftFilters, isLeeg, leesStaat, schoonZoekterm, schrijfStaat, zetFilter, type Volgorde, type ZoekStaat } from '../../lib/zoeken/staat.ts';
import { statusTekst } from '../../lib/zoeken/weergave.ts';
import type { Alias } from '../../lib/gemeenten/namen.ts';
import type { Antwoord, VanWerker } from './berichten.ts';
import { Filterpaneel } from './filters.ts';
import { resultaatItem } from './resultaat.ts';
import { uitlegInhoud } from './uitleg.ts';
import { Werker } from './werker-verbinding.ts';

const PER_KEER = 10;
/**
 * While typing, a query is searched at every keystroke, without a pause: the worker drops a waiting
 * search that a newer one replaces, and every millisecond of pause is one the visitor waits. A query
 * shorter than this waits for a pause (Enter searches at once): "sch" matches nearly every page and takes
 * Pagefind 0.15-0.45 s at 10,000 stories, which the next keystroke's search would wait for.
 */
const MIN_TEKENS = 4;
/** From this many letters the index chunks are fetched ahead (one or two chunks per word). */
const MIN_VOORBEREID = 3;
const PAUZE_KORT_MS = 300;

const wortel = document.querySelector<HTMLElement>('[data-zoeken]');
if (wortel) start(wortel);

function el<T extends HTMLElement>(wortel: HTMLElement, selector: string): T {
  const gevonden = wortel.querySelector<T>(selector);
  if (!gevonden) throw new Error(`zoeken: ${selector} ontbreekt op de pagina`);
  return gevonden;
}

function json<T>(tekst: string | undefined, standaard: T): T {
  try {
    return tekst ? (JSON.parse(tekst) as T) : standaard;
  } catch {
    return standaard;
  }
}

function start(wortel: HTMLElement) {
  const formulier = el<HTMLFormElement>(wortel, '[data-zoekformulier]');
  const veld = el<HTMLInputElement>(wortel, '[data-zoekveld]');
  const fout = el<HTMLElement>(wortel, '[data-zoekfout]');
  const gebied = el<HTMLElement>(wortel, '[data-zoekgebied]');
  const volgorde = el<HTMLSelectElement>(wortel, '[data-volgorde]');
  const filterVak = el<HTMLElement>(wortel, '[data-filters]');
  const wis = el<HTMLButtonElement>(wortel, '[data-wis]');
  const aantal = el<HTMLElement>(wortel, '[data-aantal]');
  const uitleg = el<HTMLElement>(wortel, '[data-uitleg]');
  const lijst = el<HTMLOListElement>(wortel, '[data-resultaten]');
  const meer = el<HTMLButtonElement>(wortel, '[data-meer]');
  const filterblok = el<HTMLDetailsElement>(wortel, '[data-filterblok]');
  const gekozen = el<HTMLElement>(wortel, '[data-gekozen]');
  // On a narrow screen the filters start folded, so the results are not pushed out of sight.
  if (matchMedia('(max-width: 40rem)').matches) filterblok.open = false;

  const labels: FacetLabels = { ...leegLabels(), ...json<Partial<FacetLabels>>(wortel.dataset.labels, {}) };
  const aliassen = json<Alias[]>(wortel.dataset.aliassen, []);
  const doelgroepWoorden = json<Record<string, string[]>>(wortel.dataset.doelgroepwoorden, {});
  const filters = new Filterpaneel(filterVak, labels);

  let staat: ZoekStaat = leesStaat(location.search);
  veld.value = staat.q;
  volgorde.value = staat.volgorde;

  let werker: Werker | undefined;
  let klaar = false;
  let teller = 0;
  /** The search on screen: its number and state, and how many of its results are shown. */
  let getoond = { nr: -1, aantal: 0, totaal: 0 };
  /** The state of the search last sent to the worker. */
  let gevraagd = '';
  let wachter: ReturnType<typeof setTimeout> | undefined;
  let pauze: ReturnType<typeof setTimeout> | undefined;
  let vastgelegd = true;
  let meerKlaar: ((a: HTMLAnchorElement | undefined) => void) | undefined;

  // --- the worker ---------------------------------------------------------------------------------
  function ontvang(b: VanWerker) {
    switch (b.soort) {
      case 'klaar':
        klaar = true;
        gebied.hidden = false;
        zoek();
        break;
      case 'antwoord':
        if (b.nr === teller) toon(b.nr, b.antwoord);
        break;
      case 'tellingen':
        if (b.nr !== getoond.nr) break;
        if (filters.getekend) filters.werkBij(b.tellingen, staat);
        else filters.teken(b.tellingen, staat);
        filterVak.removeAttribute('aria-busy');
        break;
      case 'meer': {
        if (b.nr !== getoond.nr) {
          meerKlaar?.(undefined);
          break;
        }
        const items = b.items.map(resultaatItem);
        lijst.append(...items);
        getoond.aantal += items.length;
        meer.hidden = getoond.aantal >= getoond.totaal;
        meerKlaar?.(items[0]?.querySelector('a') ?? undefined);
        break;
      }
      case 'fout':
        lijst.removeAttribute('aria-busy');
        meld(b.wat);
        if (b.wat === 'pagefind') console.warn('Pagefind kon niet laden:', b.bericht);
        else console.warn(`Zoeken (${b.wat}):`, b.bericht);
        break;
    }
  }

  function meld(wat: 'pagefind' | 'gegevens' | 'zoeken') {
    fout.textContent =
      wat === 'pagefind'
        ? // Under `astro dev` (data-ontwikkeling) there is no index yet; say how to get one.
          wortel.dataset.ontwikkeling !== undefined
          ? 'Zoeken werkt na npm run build; gebruik npm start. In astro dev is er nog geen zoekindex.'
          : 'De zoekindex kon niet worden geladen. Probeer het later opnieuw, of blader via de lijsten hieronder.'
        : wat === 'gegevens'
          ? 'De filters konden niet worden geladen. Zoeken op woorden werkt wel; blader anders via de lijsten hieronder.'
          : 'Deze zoekvraag lukte niet. Probeer het opnieuw, of blader via de lijsten hieronder.';
    fout.hidden = false;
  }

  function verbind() {
    if (werker) return;
    werker = new Werker({ pagefind: wortel.dataset.pagefind ?? '', gegevens: wortel.dataset.gegevens ?? '', labels, aliassen, doelgroepWoorden }, ontvang);
    werker.start();
  }

  // --- searching ----------------------------------------------------------------------------------
  function adres(s: ZoekStaat): string {
    return `${location.pathname}${schrijfStaat(s)}${location.hash}`;
  }

  function schrijfGeschiedenis(aanleiding: Aanleiding) {
    const nieuw = adres(staat);
    const stap = geschiedenisStap(aanleiding, vastgelegd, nieuw === `${location.pathname}${location.search}${location.hash}`);
    vastgelegd = stap.vastgelegd;
    if (stap.geschiedenis === 'nieuw') history.pushState(null, '', nieuw);
    else if (stap.geschiedenis === 'vervang') history.replaceState(history.state, '', nieuw);
  }

  /** Sends the current state to the worker, unless it is the search last sent (on screen or on its way). */
  function zoek() {
    if (!klaar || !werker) return;
    const sleutel = JSON.stringify(staat);
    if (sleutel === gevraagd) return;
    gevraagd = sleutel;
    teller += 1;
    lijst.setAttribute('aria-busy', 'true');
    werker.zoek(teller, staat);
  }

  function toon(nr: number, a: Antwoord) {
    lijst.removeAttribute('aria-busy');
    const s = a.staat;
    const aantalFilters = FACET_SLEUTELS.reduce((n, f) => n + (s.filters[f]?.length ?? 0), 0);
    getoond = { nr, aantal: a.items.length, totaal: a.aantal };
    wis.hidden = !heeftFilters(s);
    gekozen.textContent = aantalFilters ? `(${aantalFilters} gekozen)` : '';
    filters.vink(s);
    // The counts follow (the worker sends them when no keystroke comes); until then they are of the last search.
    filterVak.setAttribute('aria-busy', 'true');
    lijst.replaceChildren(...a.items.map(resultaatItem));
    meer.hidden = getoond.aantal >= getoond.totaal;
    uitleg.replaceChildren(...(isLeeg(s) ? [] : uitlegInhoud(a)));
    aantal.textContent = isLeeg(s) ? 'Typ een zoekwoord of kies een filter.' : statusTekst(a.aantal, s.q, aantalFilters, a.uitleg.breder);
    // Typed results that stay on screen for a moment are a search of their own (a history entry).
    clearTimeout(pauze);
    if (!vastgelegd) pauze = setTimeout(() => schrijfGeschiedenis('pauze'), PAUZE_MS);
  }

  function nieuweStaat(nieuw: ZoekStaat, aanleiding: Aanleiding) {
    staat = nieuw;
    clearTimeout(pauze);
    schrijfGeschiedenis(aanleiding);
    verbind();
    clearTimeout(wachter);
    if (aanleiding === 'typen') {
      // Pagefind's advice: load the index chunks while the word is typed, so the search finds them there.
      if (klaar && schoonZoekterm(staat.q).length >= MIN_VOORBEREID) werker!.voorbereid(staat);
      const kort = staat.q.length > 0 && schoonZoekterm(staat.q).length < MIN_TEKENS;
      if (kort) {
        wachter = setTimeout(zoek, PAUZE_KORT_MS);
        return;
      }
    }
    zoek();
  }

  // Pagefind is fetched on demand: now if the URL asks for a search, else when the form is used.
  schrijfGeschiedenis('start');
  if (!isLeeg(staat)) verbind();
  for (const soort of ['focusin', 'pointerdown'] as const) {
    formulier.addEventListener(soort, verbind, { once: true });
  }

  veld.addEventListener('input', () => nieuweStaat({ ...staat, q: schoonZoekterm(veld.value) }, 'typen'));
  formulier.addEventListener('submit', (e) => {
    e.preventDefault();
    nieuweStaat({ ...staat, q: schoonZoekterm(veld.value) }, 'verzenden');
  });
  volgorde.addEventListener('change', () => nieuweStaat({ ...staat, volgorde: volgorde.value as Volgorde }, 'keuze'));
  filterVak.addEventListener('change', (e) => {
    const input = e.target as HTMLInputElement;
    if (input.type !== 'checkbox' || !isFacet(input.name)) return;
    nieuweStaat(zetFilter(staat, input.name, input.value, input.checked), 'keuze');
  });
  wis.addEventListener('click', () => {
    veld.focus();
    nieuweStaat({ ...staat, filters: {} }, 'keuze');
  });
  // "Bedoelde je …?" and the other offers are links to a search: followed here as a new search.
  uitleg.addEventListener('click', (e) => {
    const a = (e.target as Element).closest<HTMLAnchorElement>('a[data-zoeklink]');
    if (!a || e.ctrlKey || e.metaKey || e.shiftKey || e.button !== 0) return;
    e.preventDefault();
    const nieuw = leesStaat(new URL(a.href).search);
    veld.value = nieuw.q;
    volgorde.value = nieuw.volgorde;
    nieuweStaat(nieuw, 'keuze');
    veld.focus();
  });
  addEventListener('popstate', () => {
    staat = leesStaat(location.search);
    veld.value = staat.q;
    volgorde.value = staat.volgorde;
    filters.vink(staat);
    schrijfGeschiedenis('terug');
    verbind();
    zoek();
  });

  let bezig = false;
  meer.addEventListener('click', async () => {
    if (bezig || !werker) return; // a double click would show the same results twice
    bezig = true;
    try {
      const eerste = await new Promise<HTMLAnchorElement | undefined>((klaar) => {
        meerKlaar = klaar;
        werker!.meer(getoond.nr, getoond.aantal, PER_KEER);
      });
      eerste?.focus();
    } finally {
      meerKlaar = undefined;
      bezig = false;
    }
  });
}
