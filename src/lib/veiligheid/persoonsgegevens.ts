/**
 * Personal data scan. Stories are about vulnerable citizens, so nothing published may carry a BSN,
 * a phone number, an e-mail address, a bank account, a home address, a date of birth or a licence
 * plate. This module finds them in a text that is already as a reader sees it (leesbaar.ts) and
 * judges the findings of a set of fields against the exceptions an editor approved. It is pure and
 * free of Node imports: `npm run check` (veiligheid/bestanden.ts) and the submission form both use it,
 * with their settings (such as allowed e-mail domains) passed in.
 */
import { electronicFormatIBAN, isValidIBAN } from 'ibantools';
import { veldpad } from '../inhoud/problemen.ts';
import { vouw } from './leesbaar.ts';

export type SoortGegeven = 'bsn' | 'telefoon' | 'email' | 'iban' | 'adres' | 'geboortedatum' | 'kenteken';

export interface Vondst {
  soort: SoortGegeven;
  /** The text exactly as found; a vrijstelling must repeat it. */
  waarde: string;
  /** Offset in the scanned text. */
  index: number;
}

/** E-mail domains reserved for examples (RFC 2606), which never belong to a person. Subdomains count too. */
export const VOORBEELDDOMEINEN: readonly string[] = ['example.org', 'example.com', 'example.net'];

/** The e-mail domains a story may name: the site's own (its address is an argument) and the example domains. */
export function toegestaneEmaildomeinen(site: string): readonly string[] {
  return [new URL(site).hostname, ...VOORBEELDDOMEINEN];
}

/** Words that make a nearby 8- or 9-digit number a BSN. */
const BSN_WOORDEN = /\b(?:bsn|burgerservicenummer|sofi-?nummer|sofinr)/i;
/** How many words before or after a number a BSN word may stand. */
const BSN_AFSTAND = 5;

/**
 * What is counted or measured: a number followed by one of these is a quantity, not an identifier
 * ("123456782 inwoners", "1012 AB 12 huishoudens").
 */
const EENHEDEN =
  /^\s*(?:inwoners|huishoudens|mensen|personen|kinderen|jongeren|volwassenen|ouderen|cli[eë]nten|klanten|gezinnen|burgers|bewoners|deelnemers|meldingen|dossiers|aanvragen|bezoekers|woningen|uur|uren|dagen|weken|maanden|jaar|keer|km|kilometer|procent|%|stuks|euro|eur\b|€)/i;
/** Words before a number that make it an estimate or a total. */
const SCHATTING = /(?:\bcirca|\bca\.|\bongeveer|\bbijna|\bruim|\bzo'n|\bmeer dan|\bminder dan|\btotaal|\bmaximaal|\bminimaal|\bgemiddeld|\brond)\s*$/i;

/**
 * Elfproef for a BSN: 9·d1 + 8·d2 + … + 2·d8 − 1·d9 must be a multiple of 11 (and not 0).
 * An 8-digit number counts as if it had a leading zero.
 */
export function elfproef(cijfers: string): boolean {
  if (!/^\d{8,9}$/.test(cijfers)) return false;
  const d = cijfers.padStart(9, '0');
  let som = 0;
  for (let i = 0; i < 8; i++) som += (9 - i) * Number(d[i]);
  som -= Number(d[8]);
  return som !== 0 && som % 11 === 0;
}

/** Masks a finding so a log does not repeat it: `1234***82`. */
export function maskeer(soort: SoortGegeven, waarde: string): string {
  if (soort === 'email') {
    const [lokaal = '', domein = ''] = waarde.split('@');
    return `${lokaal.charAt(0)}***@***${domein.slice(domein.lastIndexOf('.'))}`;
  }
  const compact = soort === 'adres' || soort === 'geboortedatum' ? waarde.replace(/\s+/g, ' ') : waarde.replace(/[^\dA-Za-z+]/g, '');
  return compact.length >= 8 ? `${compact.slice(0, 4)}***${compact.slice(-2)}` : `${compact.slice(0, 2)}***`;
}

function woordenVoor(tekst: string, index: number): string {
  return tekst.slice(Math.max(0, index - 100), index).split(/\s+/).slice(-BSN_AFSTAND - 1).join(' ');
}
function woordenNa(tekst: string, eind: number): string {
  return tekst.slice(eind, eind + 100).split(/\s+/).slice(0, BSN_AFSTAND + 1).join(' ');
}

/** An amount: a euro sign or "EUR" before it, or "euro" after it. */
function isBedrag(tekst: string, index: number, eind: number): boolean {
  return /(?:€|\beur)\s*$/i.test(tekst.slice(Math.max(0, index - 6), index)) || /^\s*(?:euro\b|eur\b|€)/i.test(tekst.slice(eind, eind + 6));
}

/** A quantity: a unit or counted noun after it, or "circa", "ruim", "in totaal" before it. */
function isHoeveelheid(tekst: string, index: number, eind: number): boolean {
  return EENHEDEN.test(tekst.slice(eind, eind + 16)) || SCHATTING.test(tekst.slice(Math.max(0, index - 16), index));
}

const BSN_KANDIDAAT = /(?<![\d.,/-])(\d{4}[. ]\d{2}[. ]\d{3}|\d{3}([ ./-])\d{3}\2\d{3}|\d{8,9})(?!\d|[.,/-]\d)/g;

function* bsnVondsten(tekst: string): Generator<Vondst> {
  for (const m of tekst.matchAll(BSN_KANDIDAAT)) {
    const waarde = m[1]!;
    const index = m.index;
    const eind = index + waarde.length;
    const cijfers = waarde.replace(/\D/g, '');
    if (!elfproef(cijfers)) continue;
    if (isBedrag(tekst, index, eind)) continue;
    const nabijWoord = BSN_WOORDEN.test(woordenVoor(tekst, index)) || BSN_WOORDEN.test(woordenNa(tekst, eind));
    // Nine digits, alone or grouped as a BSN is written, are flagged on their own unless they count
    // something; eight digits and 123.456.789 (also how amounts are written) only next to a word like "BSN".
    const bsnVorm = cijfers.length === 9 && !/^\d{3}\.\d{3}\.\d{3}$/.test(waarde) && !isHoeveelheid(tekst, index, eind);
    if (nabijWoord || bsnVorm) yield { soort: 'bsn', waarde, index };
  }
}

// National (0 + 9 digits) or international (+31 / 0031, optionally "(0)") with spaces, dashes, dots, slashes or brackets.
const TELEFOON_KANDIDAAT = /(?<![\w+])((?:\+31|0031)[ .-]?(?:\(0\)[ .-]?)?|\(?0)(\d(?:[ .\-)/]{0,3}\d){8})(?!\d)/g;
/** Service numbers of organisations, not of people: 0800 (free), 0900/0906/0909 (paid). */
const PUBLIEKE_NUMMERS = /^(?:800|900|906|909)/;

function* telefoonVondsten(tekst: string): Generator<Vondst> {
  for (const m of tekst.matchAll(TELEFOON_KANDIDAAT)) {
    const waarde = m[0];
    const cijfers = m[2]!.replace(/\D/g, '');
    if (cijfers.startsWith('0') || PUBLIEKE_NUMMERS.test(cijfers)) continue;
    // A date such as 01-10-2014 followed by more digits, or a list of single digits.
    if (/^\d{2}[-./]\d{2}[-./]\d{2,4}/.test(waarde)) continue;
    if ((m[2]!.match(/[ .\-)/]+/g) ?? []).length > 4) continue;
    // Amounts never start with a zero, so "0612345678 euro" stays a phone number (see the tests).
    yield { soort: 'telefoon', waarde, index: m.index };
  }
}

const EMAIL_KANDIDAAT = /(?<![\p{L}\p{N}_.+-])[\p{L}\p{N}_.+-]+@[\p{L}\p{N}_-]+(?:\.[\p{L}\p{N}_-]+)*\.\p{L}{2,}(?![\p{L}\p{N}_-])/gu;

function* emailVondsten(tekst: string, toegestaan: readonly string[]): Generator<Vondst> {
  for (const m of tekst.matchAll(EMAIL_KANDIDAAT)) {
    const domein = m[0].split('@')[1]!.toLowerCase();
    if (toegestaan.some((d) => domein === d || domein.endsWith(`.${d}`))) continue;
    yield { soort: 'email', waarde: m[0], index: m.index };
  }
}

// Grouped by spaces or, as some banks print it, dashes (NL91-ABNA-0417-1643-00).
const IBAN_KANDIDAAT = /\b[A-Z]{2}\d{2}(?:[ -]?[A-Z0-9]){11,32}/gi;

function* ibanVondsten(tekst: string): Generator<Vondst> {
  for (const m of tekst.matchAll(IBAN_KANDIDAAT)) {
    // The pattern may run on into the next word; take the longest prefix that is a valid IBAN.
    const tekens = [...m[0]];
    for (let eind = tekens.length; eind > 0; eind--) {
      const waarde = tekens.slice(0, eind).join('').replace(/[ -]+$/, '');
      const iban = electronicFormatIBAN(waarde.toUpperCase());
      if (iban && iban.length >= 15 && isValidIBAN(iban) && !/[A-Z0-9]/i.test(tekst.charAt(m.index + waarde.length))) {
        yield { soort: 'iban', waarde, index: m.index };
        break;
      }
    }
  }
}

const POSTCODE = String.raw`[1-9]\d{3} ?(?!SA|SD|SS)[A-Z]{2}`;
const HUISNUMMER = String.raw`\d{1,5}(?:[ -]?[a-zA-Z](?![\p{L}])|-\d{1,4})?`;
/** The last word of a Dutch street name: Kerkstraat, Dr. Lelylaan, Oude Gracht, Heechterpplein. */
const STRAAT = String.raw`\p{Lu}[\p{L}'-]*(?:straat|laan|weg|plein|gracht|kade|dijk|singel|pad|hof|steeg|dreef|markt|park|plantsoen|erf|wal|ring|baan|boulevard|allee|hoven|veld|haven|poort|burgwal|dam)|(?:Straat|Laan|Weg|Plein|Gracht|Kade|Dijk|Singel)`;
const ADRES_KANDIDATEN = [
  // 1234 AB 12
  new RegExp(String.raw`(?<![\p{L}\d])${POSTCODE},? +${HUISNUMMER}(?![\d\p{L}])`, 'gu'),
  // Kerkstraat 12, 1234AB
  new RegExp(String.raw`(?<![\p{L}\d])\p{Lu}[\p{L}'-]+ ${HUISNUMMER},? *${POSTCODE}(?![\p{L}\d])`, 'gu'),
  // Kerkstraat 12, Leeuwarden / Kerkstraat 12 te Leeuwarden / Kerkstraat 12 in Leeuwarden
  new RegExp(String.raw`(?<![\p{L}\d])(?:${STRAAT}) ${HUISNUMMER}(?:,\s*| (?:te|in) )\p{Lu}\p{Ll}[\p{L}-]*`, 'gu'),
];

function* adresVondsten(tekst: string): Generator<Vondst> {
  for (const patroon of ADRES_KANDIDATEN) {
    for (const m of tekst.matchAll(patroon)) {
      // "1012 AB 12 huishoudens" counts households in a postcode area; it points at no one.
      if (isHoeveelheid(tekst, m.index, m.index + m[0].length)) continue;
      yield { soort: 'adres', waarde: m[0], index: m.index };
    }
  }
}

const MAANDEN = 'januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december|jan|feb|mrt|apr|jun|jul|aug|sep|sept|okt|nov|dec';
const DATUM = String.raw`(?:\d{1,2}[-/.]\d{1,2}[-/.](?:19|20)?\d{2}|\d{1,2}\.? (?:${MAANDEN})\.? (?:19|20)\d{2}|(?:19|20)\d{2}-\d{2}-\d{2})`;
/** A date with "geboren", "geb." or "geboortedatum" shortly before it; a year alone tells too little. */
const GEBOORTEDATUM = new RegExp(String.raw`\b(?:geboren|geb\.|geboortedatum|geboortedag)[^.\n\d]{0,24}?(${DATUM})(?!\d)`, 'giu');

function* geboortedatumVondsten(tekst: string): Generator<Vondst> {
  for (const m of tekst.matchAll(GEBOORTEDATUM)) {
    const waarde = m[1]!;
    yield { soort: 'geboortedatum', waarde, index: m.index + m[0].length - waarde.length };
  }
}

// Dutch licence plates, as written with dashes, in the side codes 1-14 of the RDW. Letters on plates
// skip the vowels (and C, Q, W), so ordinary abbreviations rarely match; without dashes (GM0363 is
// side code 1 in form) a code is too easily mistaken.
const L = '[BDFGHJKLMNPRSTVXZ]';
const KENTEKEN_VORMEN = [
  `${L}{2}-\\d{2}-\\d{2}`, `\\d{2}-\\d{2}-${L}{2}`, `\\d{2}-${L}{2}-\\d{2}`, `${L}{2}-\\d{2}-${L}{2}`,
  `${L}{2}-${L}{2}-\\d{2}`, `\\d{2}-${L}{2}-${L}{2}`, `\\d{2}-${L}{3}-\\d`, `\\d-${L}{3}-\\d{2}`,
  `${L}{2}-\\d{3}-${L}`, `${L}-\\d{3}-${L}{2}`, `${L}{3}-\\d{2}-${L}`, `${L}-\\d{2}-${L}{3}`,
  `\\d-${L}{2}-\\d{3}`, `\\d{3}-${L}{2}-\\d`,
];
const KENTEKEN = new RegExp(`(?<![\\p{L}\\d-])(?:${KENTEKEN_VORMEN.join('|')})(?![\\p{L}\\d-])`, 'gu');

function* kentekenVondsten(tekst: string): Generator<Vondst> {
  for (const m of tekst.matchAll(KENTEKEN)) yield { soort: 'kenteken', waarde: m[0], index: m.index };
}

/**
 * All personal data in a text, in order. Where two findings overlap (the digits of an IBAN also
 * look like a phone number) the first kind in this order wins. The text should be as a reader sees
 * it (`vouw`, `leesbareTekst`); obfuscated forms are not looked for here.
 */
export function zoekPersoonsgegevens(tekst: string, emailDomeinen: readonly string[] = VOORBEELDDOMEINEN): Vondst[] {
  // Every kind needs a digit, except an e-mail address, which needs an @: most fields have neither.
  if (!/[\d@]/.test(tekst)) return [];
  const vondsten: Vondst[] = [];
  const overlapt = (v: Vondst) => vondsten.some((w) => v.index < w.index + w.waarde.length && w.index < v.index + v.waarde.length);
  for (const bron of [
    ibanVondsten(tekst),
    emailVondsten(tekst, emailDomeinen),
    geboortedatumVondsten(tekst),
    bsnVondsten(tekst),
    kentekenVondsten(tekst),
    telefoonVondsten(tekst),
    adresVondsten(tekst),
  ]) {
    for (const v of bron) if (!overlapt(v)) vondsten.push(v);
  }
  return vondsten.sort((a, b) => a.index - b.index);
}

const WAT: Record<SoortGegeven, (masker: string) => string> = {
  bsn: (m) => `burgerservicenummer gevonden (BSN ${m}). Een BSN hoort nooit in een verhaal: verwijder het.`,
  telefoon: (m) => `telefoonnummer gevonden (${m}). Verwijder het; noem hooguit het algemene nummer van een organisatie, zoals 14 020 of 0800-…`,
  email: (m) => `e-mailadres gevonden (${m}). Verwijder het; verwijs hooguit naar de website van de organisatie.`,
  iban: (m) => `IBAN-rekeningnummer gevonden (${m}). Verwijder het.`,
  adres: (m) => `adres gevonden (${m}): dat wijst één huishouden aan. Noem hooguit de wijk of de gemeente.`,
  geboortedatum: (m) => `geboortedatum gevonden (${m}). Verwijder haar; noem hooguit een leeftijd of een leeftijdsgroep.`,
  kenteken: (m) => `kenteken gevonden (${m}). Verwijder het; een kenteken wijst de eigenaar aan.`,
};

/** How a contributor asks for an exception; an editor decides (see CONTRIBUTING.md). */
export function vrijstellingUitleg(veld: string): string {
  return `Weet je zeker dat het geen persoonsgegeven is (bijvoorbeeld het algemene nummer van een organisatie)? Vraag dan een vrijstelling aan: zet onder privacy.vrijstellingen een item met waarde (precies de tekst zoals hij hier staat), veld: "${veld}" en een reden. Een redacteur moet de vrijstelling goedkeuren.`;
}

/** What was found and what to do, without the exception; `gemaskeerd: false` only where the contributor alone sees it. */
export function beschrijving(v: Pick<Vondst, 'soort' | 'waarde'>, gemaskeerd = true): string {
  return WAT[v.soort](gemaskeerd ? maskeer(v.soort, v.waarde) : v.waarde);
}

/** The same for a file without frontmatter (a taxonomy file): its exceptions live in content/vrijstellingen.yaml. */
export function bestandsVrijstellingUitleg(bestand: string, veld: string): string {
  return `Weet je zeker dat het geen persoonsgegeven is (bijvoorbeeld het algemene nummer van een organisatie)? Vraag dan een vrijstelling aan: zet in content/vrijstellingen.yaml een item met bestand: ${bestand}, veld: "${veld}", waarde (precies de tekst zoals hij hier staat) en een reden. Een redacteur moet de vrijstelling goedkeuren.`;
}

/** The message for a finding; the value is masked, because the message ends up in public CI logs. */
export function bericht(v: Pick<Vondst, 'soort' | 'waarde'>, veld: string): string {
  return `${beschrijving(v)} ${vrijstellingUitleg(veld)}`;
}

/** A text to scan: a field of a file (its path, `tekst` for the body, `bestandsnaam` for the file name). */
export interface Veldtekst {
  veld: string;
  /** The field's path in the frontmatter, when it is a frontmatter value. */
  pad?: readonly (string | number)[];
  /** The text as a reader sees it. */
  tekst: string;
  /** 1-based line in the file of an index in `tekst`. */
  regelOp(index: number): number;
}

/** An exception approved by an editor: one exact value in one field, with a reason. */
export interface Vrijstelling {
  waarde: string;
  veld: string;
  reden: string;
}

export interface Bevinding extends Vondst {
  veld: string;
  pad?: readonly (string | number)[];
  regel: number;
}

/**
 * Scans the fields and sets aside what an exception covers: the exception must name the exact value
 * (as a reader sees it) and the field it stands in. Returns the findings left and, per exception, whether
 * it was used (an unused exception is reported, so none lingers to cover a later value).
 */
export function scanVelden(
  velden: readonly Veldtekst[],
  vrijstellingen: readonly Vrijstelling[] = [],
  emailDomeinen: readonly string[] = VOORBEELDDOMEINEN,
): { bevindingen: Bevinding[]; gebruikt: boolean[] } {
  const gebruikt = vrijstellingen.map(() => false);
  const sleutels = vrijstellingen.map((s) => `${s.veld}\u0000${vouw(s.waarde).trim()}`);
  const bevindingen: Bevinding[] = [];
  const gezien = new Set<string>();
  for (const { veld, pad, tekst, regelOp } of velden) {
    for (const v of zoekPersoonsgegevens(tekst, emailDomeinen)) {
      const i = sleutels.indexOf(`${veld}\u0000${v.waarde}`);
      if (i >= 0) {
        gebruikt[i] = true;
        continue;
      }
      const regel = regelOp(v.index);
      const sleutel = `${v.soort}\u0000${v.waarde}\u0000${regel}\u0000${veld}`;
      if (gezien.has(sleutel)) continue;
      gezien.add(sleutel);
      bevindingen.push({ ...v, veld, ...(pad ? { pad } : {}), regel });
    }
  }
  return { bevindingen, gebruikt };
}

/** A field of one line (a frontmatter value, a file name); its line is looked up only for a finding. */
export function veldtekst(veld: string, tekst: string, regel: number | (() => number), pad?: readonly (string | number)[]): Veldtekst {
  return { veld, tekst: vouw(tekst), regelOp: typeof regel === 'number' ? () => regel : regel, ...(pad ? { pad } : {}) };
}

/** Whether a text can hold a finding at all (see zoekPersoonsgegevens); folded first, as fullwidth digits count. */
const kanVondstHebben = (tekst: string) => /[\d@]/.test(tekst) || (/[^\u0000-\u007F]/.test(tekst) && /[\d@]/.test(vouw(tekst)));

/** Every published value of a data tree (strings and numbers) as fields to scan, with their lines. */
export function dataVelden(data: unknown, regelVan: (pad: readonly PropertyKey[]) => number, overslaan: (pad: (string | number)[]) => boolean = () => false): Veldtekst[] {
  const velden: Veldtekst[] = [];
  const loop = (waarde: unknown, p: (string | number)[]) => {
    if (overslaan(p)) return;
    if (typeof waarde === 'string' || typeof waarde === 'number' || typeof waarde === 'bigint') {
      // Most values hold no digit and no @ and cannot hold a finding: skipped, which halves the scan's time.
      const tekst = String(waarde);
      if (kanVondstHebben(tekst)) velden.push(veldtekst(veldpad(p), tekst, () => regelVan(p), p));
    }
    else if (waarde instanceof Date) return;
    else if (Array.isArray(waarde)) waarde.forEach((w, i) => loop(w, [...p, i]));
    else if (waarde && typeof waarde === 'object') for (const [k, w] of Object.entries(waarde)) loop(w, [...p, k]);
  };
  loop(data, []);
  return velden;
}


