/**
 * Client script of /bijdragen/ (bundled by Astro, loaded only there). It reads the form into
 * `FormulierInvoer`, lets src/lib/bijdragen/formulier.ts check it with the content schema, and shows
 * errors (next to each field and in a summary at the top, as in the GOV.UK / NL Design System pattern)
 * or the resulting file with its GitHub link and download.
 */
import './zod-zonder-jit.ts'; // must stay the first import
import { verwerk, type FormulierGegevens, type FormulierInvoer, type FormulierFout } from '../lib/bijdragen/formulier.ts';
import { nieuwBestandUrl } from '../lib/bijdragen/github.ts';

type Lijst = 'gemeenten' | 'belemmeringen' | 'doorbraken' | 'kosten' | 'bronnen';

const $ = <T extends Element = HTMLElement>(sel: string, root: ParentNode = document) => root.querySelector<T & Element>(sel) as T;
const $$ = <T extends Element = HTMLElement>(sel: string, root: ParentNode = document) => [...root.querySelectorAll<T & Element>(sel)] as T[];

const formulier = $<HTMLFormElement>('#bijdrageformulier');
const gegevens = JSON.parse($('#bijdragen-gegevens').textContent ?? '{}') as FormulierGegevens;
const samenvatting = $('#foutsamenvatting');
const resultaat = $('#resultaat');
let volgendeSleutel = 1;
let downloadUrl: string | undefined;

const veldId = (sleutel: string) => `veld-${sleutel.replace(/[._]/g, '-')}`;

// ---------------------------------------------------------------------------
// Repeatable rows
// ---------------------------------------------------------------------------

function rijen(lijst: Lijst): HTMLElement[] {
  return $$(`[data-rijen="${lijst}"] > [data-rij]`);
}

/** Gives every row and field its index-based key, id and label; run after each add or remove. */
function nummer(lijst: Lijst) {
  rijen(lijst).forEach((rij, i) => {
    for (const n of $$('[data-nummer]', rij)) n.textContent = String(i + 1);
    for (const veld of $$('[data-deel]', rij)) {
      const deel = veld.dataset.deel;
      const sleutel = deel ? `${lijst}.${i}.${deel}` : `${lijst}.${i}`;
      veld.dataset.veld = sleutel;
      const id = veldId(sleutel);
      const invoer = $('[data-invoer]', veld);
      const hint = $('[data-hint]', veld);
      if (hint) hint.id = `hint-${id}`;
      if (invoer) {
        invoer.id = id;
        if (hint) invoer.setAttribute('aria-describedby', hint.id);
        const label = $<HTMLLabelElement>('[data-label]', veld);
        if (label) label.htmlFor = id;
      }
    }
  });
  if (lijst === 'belemmeringen') werkLostOpBij();
  if (lijst === 'bronnen') werkBronKeuzesBij();
}

function voegToe(lijst: Lijst, focus = true): HTMLElement {
  const houder = $(`[data-rijen="${lijst}"]`);
  const sjabloon = $<HTMLTemplateElement>(`#${houder.dataset.sjabloon}`);
  const rij = (sjabloon.content.cloneNode(true) as DocumentFragment).firstElementChild as HTMLElement;
  if (lijst === 'belemmeringen') rij.dataset.sleutel = `b${volgendeSleutel++}`;
  if (lijst === 'bronnen') rij.dataset.sleutel = `r${volgendeSleutel++}`;
  houder.append(rij);
  nummer(lijst);
  if (lijst === 'doorbraken') werkLostOpBij();
  if (lijst === 'doorbraken' || lijst === 'kosten') werkBronKeuzesBij();
  if (focus) $('[data-invoer]', rij)?.focus();
  return rij;
}

function verwijder(rij: HTMLElement) {
  const lijst = rij.parentElement!.dataset.rijen as Lijst;
  rij.remove();
  nummer(lijst);
  $<HTMLButtonElement>(`[data-voeg-toe="${lijst}"]`).focus();
}

/** Each breakthrough shows one checkbox per barrier entered; ticks survive renames and removals. */
function werkLostOpBij() {
  const belemmeringen = rijen('belemmeringen').map((rij, i) => ({
    sleutel: rij.dataset.sleutel!,
    naam: ($<HTMLInputElement>('[data-deel="naam"] [data-invoer]', rij).value.trim() || `Belemmering ${i + 1}`),
  }));
  rijen('doorbraken').forEach((rij, i) => {
    const houder = $('[data-lost-op]', rij);
    const aangevinkt = new Set($$<HTMLInputElement>('input:checked', houder).map((c) => c.value));
    houder.replaceChildren(
      ...belemmeringen.map((b, j) => {
        const div = document.createElement('div');
        div.className = 'keuze';
        const input = document.createElement('input');
        input.type = 'checkbox';
        input.id = `${veldId(`doorbraken.${i}.lost_op`)}-${j}`;
        input.value = b.sleutel;
        input.checked = aangevinkt.has(b.sleutel);
        const label = document.createElement('label');
        label.htmlFor = input.id;
        label.textContent = b.naam;
        div.append(input, label);
        return div;
      }),
    );
    if (!belemmeringen.length) {
      const p = document.createElement('p');
      p.className = 'hint';
      p.textContent = 'Voeg eerst een belemmering toe.';
      houder.append(p);
    }
  });
}

/** Each breakthrough and cost item chooses one of the sources entered; a choice survives renames. */
function werkBronKeuzesBij() {
  const bronnen = rijen('bronnen').map((rij, i) => ({
    sleutel: rij.dataset.sleutel!,
    naam: `${i + 1}. ${waarde(rij, 'titel').trim() || `Bron ${i + 1}`}`,
  }));
  for (const keuze of $$<HTMLSelectElement>('[data-rijen="doorbraken"] [data-bron-keuze], [data-rijen="kosten"] [data-bron-keuze]')) {
    const gekozen = keuze.value || keuze.dataset.gekozen || '';
    const leeg = new Option(bronnen.length ? 'Kies een bron' : 'Vul eerst een bron in bij Bronnen', '');
    keuze.replaceChildren(leeg, ...bronnen.map((b) => new Option(b.naam, b.sleutel)));
    keuze.value = bronnen.some((b) => b.sleutel === gekozen) ? gekozen : bronnen.length === 1 ? bronnen[0]!.sleutel : '';
  }
}

// ---------------------------------------------------------------------------
// Reading the form
// ---------------------------------------------------------------------------

function waarde(rij: ParentNode, deel: string): string {
  return $<HTMLInputElement>(`[data-deel="${deel}"] [data-invoer]`, rij)?.value ?? '';
}

function lees(): FormulierInvoer {
  const fd = new FormData(formulier);
  const tekst = (naam: string) => String(fd.get(naam) ?? '');
  const alle = (naam: string) => fd.getAll(naam).map(String);
  return {
    titel: tekst('titel'),
    samenvatting: tekst('samenvatting'),
    datum: tekst('datum'),
    gemeenten: rijen('gemeenten').map((rij) => $<HTMLInputElement>('[data-invoer]', rij).value),
    wijk: tekst('wijk'),
    lab: tekst('lab'),
    domeinen: alle('domeinen'),
    doelgroepen: alle('doelgroepen'),
    tags: alle('tags'),
    beloften: alle('beloften'),
    rapporteurs: alle('rapporteurs'),
    belemmeringen: rijen('belemmeringen').map((rij) => ({
      sleutel: rij.dataset.sleutel!,
      naam: waarde(rij, 'naam'),
      soort: waarde(rij, 'soort'),
      omschrijving: waarde(rij, 'omschrijving'),
    })),
    doorbraken: rijen('doorbraken').map((rij) => ({
      omschrijving: waarde(rij, 'omschrijving'),
      lostOp: $$<HTMLInputElement>('[data-lost-op] input:checked', rij).map((c) => c.value),
      door: waarde(rij, 'door'),
      status: waarde(rij, 'status'),
      soort: waarde(rij, 'soort'),
      bron: waarde(rij, 'bron'),
      effect: waarde(rij, 'effect'),
    })),
    kosten: rijen('kosten').map((rij) => ({
      omschrijving: waarde(rij, 'omschrijving'),
      bedrag: waarde(rij, 'bedrag'),
      onbekend: $<HTMLInputElement>('[data-deel="onbekend"] [data-invoer]', rij).checked,
      per: waarde(rij, 'per'),
      betaler: waarde(rij, 'betaler'),
      scenario: waarde(rij, 'scenario'),
      bron: waarde(rij, 'bron'),
    })),
    kostenToelichting: tekst('kostenToelichting'),
    gepseudonimiseerd: fd.get('gepseudonimiseerd') === 'true',
    toestemming: tekst('toestemming'),
    status: tekst('status'),
    bronnen: rijen('bronnen').map((rij) => ({
      sleutel: rij.dataset.sleutel!,
      titel: waarde(rij, 'titel'),
      auteurs: waarde(rij, 'auteurs'),
      organisatie: waarde(rij, 'organisatie'),
      datum: waarde(rij, 'datum'),
      url: waarde(rij, 'url'),
      deel: waarde(rij, 'deel'),
      pagina: waarde(rij, 'pagina'),
    })),
    trefwoorden: tekst('trefwoorden'),
    tekst: tekst('tekst'),
  };
}

// ---------------------------------------------------------------------------
// Errors
// ---------------------------------------------------------------------------

function wisFouten() {
  for (const p of $$('.veld__fout', formulier)) p.remove();
  for (const v of $$('.veld--fout', formulier)) v.classList.remove('veld--fout');
  for (const el of $$('[aria-invalid]', formulier)) {
    el.removeAttribute('aria-invalid');
    const rest = (el.getAttribute('aria-describedby') ?? '').split(' ').filter((id) => id && !id.startsWith('fout-'));
    if (rest.length) el.setAttribute('aria-describedby', rest.join(' '));
    else el.removeAttribute('aria-describedby');
  }
  $('#foutsamenvatting-lijst').replaceChildren();
  samenvatting.hidden = true;
}

/** The field's wrapper: the exact key, else the nearest listed parent key ("kosten.0" -> "kosten"). */
function houderVan(sleutel: string): HTMLElement {
  const delen = sleutel.split('.');
  while (delen.length) {
    const el = $(`[data-veld="${delen.join('.')}"]`, formulier);
    if (el) return el;
    delen.pop();
  }
  return formulier;
}

function toonFouten(fouten: FormulierFout[]) {
  const lijst = $('#foutsamenvatting-lijst');
  for (const fout of fouten) {
    const houder = houderVan(fout.veld);
    const foutId = `fout-${fout.veld.replace(/[._]/g, '-')}`;
    const p = document.createElement('p');
    p.className = 'veld__fout';
    p.id = foutId;
    const verborgen = document.createElement('span');
    verborgen.className = 'visueel-verborgen';
    verborgen.textContent = 'Fout: ';
    p.append(verborgen, fout.bericht);
    // After the label or legend (and hint), right before the control, as GOV.UK does.
    const na = $(':scope > .hint', houder) ?? $(':scope > label, :scope > legend', houder);
    if (na) na.after(p);
    else houder.prepend(p);
    houder.classList.add('veld--fout');
    // Only this field's own controls; a section's rows have their own fields and messages.
    const bedieningen = $$<HTMLElement>('input, select, textarea', houder).filter((el) => el.closest('[data-veld]') === houder);
    for (const el of bedieningen) {
      el.setAttribute('aria-invalid', 'true');
      el.setAttribute('aria-describedby', [el.getAttribute('aria-describedby'), foutId].filter(Boolean).join(' '));
    }
    const doel = bedieningen[0] ?? $<HTMLElement>(':scope > button[data-voeg-toe]', houder) ?? p;
    if (doel === p) p.tabIndex = -1;
    const li = document.createElement('li');
    const a = document.createElement('a');
    a.href = `#${doel.id || foutId}`;
    a.textContent = fout.bericht;
    a.addEventListener('click', (e) => {
      // Focus the control and show its label too, not only the input.
      e.preventDefault();
      houder.scrollIntoView({ block: 'start' });
      doel.focus({ preventScroll: true });
    });
    li.append(a);
    lijst.append(li);
  }
  samenvatting.hidden = false;
  samenvatting.focus();
}

// ---------------------------------------------------------------------------
// Result
// ---------------------------------------------------------------------------

function toonResultaat(bestand: string, slug: string, mdx: string) {
  const { url, metInhoud } = nieuwBestandUrl(gegevens.repository, gegevens.branch, bestand, mdx);
  $('#resultaat-bestand').textContent = bestand;
  $('#resultaat-voorbeeld').textContent = mdx;
  const github = $<HTMLAnchorElement>('#resultaat-github');
  github.href = url;
  github.dataset.metInhoud = String(metInhoud);
  $('#resultaat-te-lang').hidden = metInhoud;
  $('#resultaat-uitleg').hidden = !metInhoud;
  $('#resultaat-status').textContent = '';
  if (downloadUrl) URL.revokeObjectURL(downloadUrl);
  downloadUrl = URL.createObjectURL(new Blob([mdx], { type: 'text/markdown;charset=utf-8' }));
  const download = $<HTMLAnchorElement>('#resultaat-download');
  download.href = downloadUrl;
  download.download = `${slug}.mdx`;
  resultaat.hidden = false;
  $('#resultaat-titel').focus();
}

async function kopieer(tekst: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(tekst);
    return true;
  } catch {
    return false;
  }
}

// ---------------------------------------------------------------------------
// Draft: kept in this tab only (sessionStorage), so a reload loses nothing and a shared
// computer keeps nothing once the tab is closed.
// ---------------------------------------------------------------------------

const OPSLAG = 'bijdragen-concept';

function bewaar() {
  try {
    sessionStorage.setItem(OPSLAG, JSON.stringify(lees()));
  } catch {
    // Storage full or blocked: the form works without it.
  }
}

function zet(rij: ParentNode, deel: string, waarde: string) {
  const el = $<HTMLInputElement>(`[data-deel="${deel}"] [data-invoer]`, rij);
  if (el) el.value = waarde;
}

function herstel(): boolean {
  let invoer: FormulierInvoer | null = null;
  try {
    invoer = JSON.parse(sessionStorage.getItem(OPSLAG) ?? 'null') as FormulierInvoer | null;
  } catch {
    return false;
  }
  if (!invoer || typeof invoer !== 'object') return false;
  const velden = formulier.elements;
  for (const naam of ['titel', 'samenvatting', 'datum', 'wijk', 'lab', 'kostenToelichting', 'status', 'trefwoorden', 'tekst'] as const) {
    const el = velden.namedItem(naam) as HTMLInputElement | null;
    if (el && typeof invoer[naam] === 'string') el.value = invoer[naam];
  }
  for (const naam of ['domeinen', 'doelgroepen', 'tags', 'beloften', 'rapporteurs'] as const) {
    for (const c of $$<HTMLInputElement>(`input[name="${naam}"]`, formulier)) c.checked = (invoer[naam] ?? []).includes(c.value);
  }
  $<HTMLInputElement>('input[name="gepseudonimiseerd"]', formulier).checked = invoer.gepseudonimiseerd === true;
  for (const r of $$<HTMLInputElement>('input[name="toestemming"]', formulier)) r.checked = r.value === invoer.toestemming;
  for (const g of invoer.gemeenten ?? []) $<HTMLInputElement>('[data-invoer]', voegToe('gemeenten', false)).value = g;
  // Sources first: breakthroughs and cost items choose from them.
  for (const b of invoer.bronnen ?? []) {
    const rij = voegToe('bronnen', false);
    rij.dataset.sleutel = b.sleutel;
    volgendeSleutel = Math.max(volgendeSleutel, Number(b.sleutel.replace(/\D/g, '')) + 1);
    for (const deel of ['titel', 'auteurs', 'organisatie', 'datum', 'url', 'deel', 'pagina'] as const) zet(rij, deel, b[deel]);
  }
  for (const b of invoer.belemmeringen ?? []) {
    const rij = voegToe('belemmeringen', false);
    rij.dataset.sleutel = b.sleutel;
    volgendeSleutel = Math.max(volgendeSleutel, Number(b.sleutel.replace(/\D/g, '')) + 1);
    for (const deel of ['naam', 'soort', 'omschrijving'] as const) zet(rij, deel, b[deel]);
  }
  for (const d of invoer.doorbraken ?? []) {
    const rij = voegToe('doorbraken', false);
    for (const deel of ['omschrijving', 'door', 'status', 'soort', 'effect'] as const) zet(rij, deel, d[deel]);
    $<HTMLSelectElement>('[data-bron-keuze]', rij).dataset.gekozen = d.bron;
  }
  werkLostOpBij();
  rijen('doorbraken').forEach((rij, i) => {
    const lostOp = invoer.doorbraken?.[i]?.lostOp ?? [];
    for (const c of $$<HTMLInputElement>('[data-lost-op] input', rij)) c.checked = lostOp.includes(c.value);
  });
  for (const k of invoer.kosten ?? []) {
    const rij = voegToe('kosten', false);
    for (const deel of ['omschrijving', 'bedrag', 'per', 'betaler', 'scenario'] as const) zet(rij, deel, k[deel]);
    $<HTMLInputElement>('[data-deel="onbekend"] [data-invoer]', rij).checked = k.onbekend === true;
    $<HTMLSelectElement>('[data-bron-keuze]', rij).dataset.gekozen = k.bron;
  }
  werkBronKeuzesBij();
  return true;
}

// ---------------------------------------------------------------------------
// Wiring
// ---------------------------------------------------------------------------

formulier.addEventListener('submit', (e) => {
  e.preventDefault();
  wisFouten();
  resultaat.hidden = true;
  const r = verwerk(lees(), gegevens);
  if (r.fouten.length) toonFouten(r.fouten);
  else toonResultaat(r.bestand, r.slug, r.mdx);
});

formulier.addEventListener('click', (e) => {
  const knop = (e.target as Element).closest<HTMLButtonElement>('button[data-voeg-toe], button[data-verwijder]');
  if (!knop) return;
  if (knop.dataset.voegToe) voegToe(knop.dataset.voegToe as Lijst);
  else verwijder(knop.closest<HTMLElement>('[data-rij]')!);
  bewaar();
});

// Barrier names are the labels of the breakthroughs' checkboxes.
formulier.addEventListener('input', (e) => {
  const el = e.target as HTMLElement;
  // A file made before this change is out of date: make it again rather than send the old one.
  if (!resultaat.hidden) resultaat.hidden = true;
  if (el.closest('[data-rijen="belemmeringen"] [data-deel="naam"]')) werkLostOpBij();
  if (el.closest('[data-rijen="bronnen"] [data-deel="titel"]')) werkBronKeuzesBij();
  if (el.id === 'veld-samenvatting') telTekens();
  bewaar();
});

const teller = $('#teller-samenvatting');
function telTekens() {
  const max = Number(teller.dataset.max);
  const lengte = ($<HTMLTextAreaElement>('#veld-samenvatting').value.trim().replace(/\s+/g, ' ')).length;
  teller.textContent = lengte > max ? `Je hebt ${lengte - max} tekens te veel.` : `Nog ${max - lengte} tekens over.`;
}

$('#resultaat-github').addEventListener('click', async (e) => {
  const link = e.currentTarget as HTMLAnchorElement;
  if (link.dataset.metInhoud !== 'false') return;
  const gelukt = await kopieer($('#resultaat-voorbeeld').textContent ?? '');
  $('#resultaat-status').textContent = gelukt
    ? 'De tekst staat op je klembord. Plak hem op GitHub in het lege bestand.'
    : 'Kopiëren lukte niet. Selecteer de tekst in het voorbeeld hieronder, kopieer hem en plak hem op GitHub.';
});

$('#opnieuw').addEventListener('click', () => {
  sessionStorage.removeItem(OPSLAG);
  location.reload();
});

// Sources first: the rows after them choose from them.
const LIJSTEN = ['gemeenten', 'bronnen', 'belemmeringen', 'doorbraken', 'kosten'] as const;
let hersteld = false;
try {
  hersteld = herstel();
} catch {
  // A draft from an older version of this form: start with an empty form rather than none.
  sessionStorage.removeItem(OPSLAG);
  formulier.reset();
  for (const lijst of LIJSTEN) for (const rij of rijen(lijst)) rij.remove();
}
if (!hersteld) for (const lijst of LIJSTEN) voegToe(lijst, false);
telTekens();
formulier.hidden = false;
$('#zonder-js-melding').hidden = true;
