/**
 * The form as data: `lees` turns the page into `FormulierInvoer` (checked and turned into a file by
 * src/lib/bijdragen/formulier.ts), `vul` puts such data back (a saved draft). The two mirror each other:
 * a new field is read and restored here, side by side.
 */
import type { FormulierInvoer } from '../../lib/bijdragen/formulier.ts';
import { $, $$ } from './dom.ts';
import { rijen, voegToe, waarde, werkBronKeuzesBij, werkLostOpBij, zet, zetSleutel } from './rijen.ts';

/** Single fields, by their name attribute. */
const TEKSTVELDEN = ['titel', 'samenvatting', 'datum', 'wijk', 'lab', 'kostenToelichting', 'trefwoorden', 'tekst'] as const;
/** Groups of checkboxes, by their name attribute. */
const KEUZELIJSTEN = ['domeinen', 'doelgroepen', 'tags', 'beloften', 'rapporteurs'] as const;

export function lees(formulier: HTMLFormElement): FormulierInvoer {
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
    nieuweRapporteurs: rijen('nieuweRapporteurs').map((rij) => ({ naam: waarde(rij, 'naam'), organisatie: waarde(rij, 'organisatie') })),
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
      datum: waarde(rij, 'datum'),
      plaats: waarde(rij, 'plaats'),
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
    uitkomsten: rijen('uitkomsten').map((rij) => ({
      indicator: waarde(rij, 'indicator'),
      voor: waarde(rij, 'voor'),
      na: waarde(rij, 'na'),
      eenheid: waarde(rij, 'eenheid'),
      bron: waarde(rij, 'bron'),
    })),
    contact: { organisatie: tekst('contactOrganisatie'), url: tekst('contactUrl'), telefoon: tekst('contactTelefoon'), bron: tekst('contactBron') },
    gepseudonimiseerd: fd.get('gepseudonimiseerd') === 'true',
    toestemming: tekst('toestemming'),
    bronnen: rijen('bronnen').map((rij) => ({
      sleutel: rij.dataset.sleutel!,
      titel: waarde(rij, 'titel'),
      auteurs: waarde(rij, 'auteurs'),
      organisatie: waarde(rij, 'organisatie'),
      datum: waarde(rij, 'datum'),
      url: waarde(rij, 'url'),
      deel: waarde(rij, 'deel'),
      pagina: waarde(rij, 'pagina'),
      dia: waarde(rij, 'dia'),
      geciteerdIn: waarde(rij, 'geciteerdIn'),
    })),
    trefwoorden: tekst('trefwoorden'),
    tekst: tekst('tekst'),
  };
}

/**
 * Fills an empty form (no rows yet) with `invoer`. Throws on data that does not fit this form, e.g. a
 * draft saved by an older version of it; the caller then starts afresh.
 */
export function vul(formulier: HTMLFormElement, invoer: FormulierInvoer) {
  const velden = formulier.elements;
  for (const naam of TEKSTVELDEN) {
    const el = velden.namedItem(naam) as HTMLInputElement | null;
    if (el && typeof invoer[naam] === 'string') el.value = invoer[naam];
  }
  for (const naam of KEUZELIJSTEN) {
    for (const c of $$<HTMLInputElement>(`input[name="${naam}"]`, formulier)) c.checked = (invoer[naam] ?? []).includes(c.value);
  }
  $<HTMLInputElement>('input[name="gepseudonimiseerd"]', formulier).checked = invoer.gepseudonimiseerd === true;
  const contact = invoer.contact;
  if (contact) {
    for (const [naam, waarde] of [['contactOrganisatie', contact.organisatie], ['contactUrl', contact.url], ['contactTelefoon', contact.telefoon]] as const) {
      (velden.namedItem(naam) as HTMLInputElement).value = waarde ?? '';
    }
    $<HTMLSelectElement>('#veld-contact-bron', formulier).dataset.gekozen = contact.bron ?? '';
  }
  for (const r of $$<HTMLInputElement>('input[name="toestemming"]', formulier)) r.checked = r.value === invoer.toestemming;
  for (const g of invoer.gemeenten ?? []) $<HTMLInputElement>('[data-invoer]', voegToe('gemeenten', false)).value = g;
  // Sources first: breakthroughs and cost items choose from them.
  for (const b of invoer.bronnen ?? []) {
    const rij = voegToe('bronnen', false);
    zetSleutel(rij, b.sleutel);
    // `?? ''`: drafts saved before a field existed lack it.
    for (const deel of ['titel', 'auteurs', 'organisatie', 'datum', 'url', 'deel', 'pagina', 'dia', 'geciteerdIn'] as const) zet(rij, deel, b[deel] ?? '');
  }
  for (const b of invoer.belemmeringen ?? []) {
    const rij = voegToe('belemmeringen', false);
    zetSleutel(rij, b.sleutel);
    for (const deel of ['naam', 'soort', 'omschrijving'] as const) zet(rij, deel, b[deel]);
  }
  for (const d of invoer.doorbraken ?? []) {
    const rij = voegToe('doorbraken', false);
    for (const deel of ['omschrijving', 'door', 'status', 'soort', 'effect', 'datum', 'plaats'] as const) zet(rij, deel, d[deel] ?? '');
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
  for (const u of invoer.uitkomsten ?? []) {
    const rij = voegToe('uitkomsten', false);
    for (const deel of ['indicator', 'voor', 'na', 'eenheid'] as const) zet(rij, deel, u[deel]);
    $<HTMLSelectElement>('[data-bron-keuze]', rij).dataset.gekozen = u.bron;
  }
  for (const r of invoer.nieuweRapporteurs ?? []) {
    const rij = voegToe('nieuweRapporteurs', false);
    zet(rij, 'naam', r.naam);
    zet(rij, 'organisatie', r.organisatie);
  }
  werkBronKeuzesBij();
}
