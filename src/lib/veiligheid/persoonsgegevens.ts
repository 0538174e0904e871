/**
 * Personal data scan. Stories are about vulnerable citizens, so a story must not carry a
 * BSN, a phone number, an e-mail address, a bank account or a home address. The scan runs over
 * every frontmatter string (with its line) and over the body text, and reports each finding
 * masked (the report ends up in public CI logs). A reviewed false positive is silenced per story
 * with `privacy.vrijstellingen: [{waarde, reden}]`; an unused silence is reported too.
 */
import { electronicFormatIBAN, isValidIBAN } from 'ibantools';
import type { BestandsControle, InhoudBestand } from '../inhoud/controle.ts';
import { veldpad, type Probleem } from '../inhoud/problemen.ts';

export type SoortGegeven = 'bsn' | 'telefoon' | 'email' | 'iban' | 'adres';

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
  const compact = soort === 'adres' ? waarde.replace(/\s+/g, ' ') : waarde.replace(/[^\dA-Za-z+]/g, '');
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

const BSN_KANDIDAAT = /(?<![\d.,/-])(\d{4}[. ]\d{2}[. ]\d{3}|\d{3} \d{3} \d{3}|\d{3}-\d{3}-\d{3}|\d{3}\.\d{3}\.\d{3}|\d{8,9})(?!\d|[.,/-]\d)/g;

function* bsnVondsten(tekst: string): Generator<Vondst> {
  for (const m of tekst.matchAll(BSN_KANDIDAAT)) {
    const waarde = m[1]!;
    const index = m.index;
    const cijfers = waarde.replace(/\D/g, '');
    if (!elfproef(cijfers)) continue;
    if (isBedrag(tekst, index, index + waarde.length)) continue;
    const nabijWoord = BSN_WOORDEN.test(woordenVoor(tekst, index)) || BSN_WOORDEN.test(woordenNa(tekst, index + waarde.length));
    // Nine digits, alone or grouped as a BSN is written, are flagged on their own; eight digits and
    // 123.456.789 (also how amounts are written) only next to a word like "BSN".
    const bsnVorm = cijfers.length === 9 && !/^\d{3}\.\d{3}\.\d{3}$/.test(waarde);
    if (nabijWoord || bsnVorm) yield { soort: 'bsn', waarde, index };
  }
}

// National (0 + 9 digits) or international (+31 / 0031, optionally "(0)") with spaces, dashes, dots or brackets.
const TELEFOON_KANDIDAAT = /(?<![\w+])((?:\+31|0031)[ .-]?(?:\(0\)[ .-]?)?|\(?0)(\d(?:[ .\-)]{0,3}\d){8})(?!\d)/g;
/** Service numbers of organisations, not of people: 0800 (free), 0900/0906/0909 (paid). */
const PUBLIEKE_NUMMERS = /^(?:800|900|906|909)/;

function* telefoonVondsten(tekst: string): Generator<Vondst> {
  for (const m of tekst.matchAll(TELEFOON_KANDIDAAT)) {
    const waarde = m[0];
    const cijfers = m[2]!.replace(/\D/g, '');
    if (cijfers.startsWith('0') || PUBLIEKE_NUMMERS.test(cijfers)) continue;
    // A date such as 01-10-2014 followed by more digits, or a list of single digits.
    if (/^\d{2}[-./]\d{2}[-./]\d{2,4}/.test(waarde)) continue;
    if ((m[2]!.match(/[ .\-)]+/g) ?? []).length > 4) continue;
    // Amounts never start with a zero, so "0612345678 euro" stays a phone number (see the tests).
    yield { soort: 'telefoon', waarde, index: m.index };
  }
}

const EMAIL_KANDIDAAT = /(?<![\w.+-])[\w.+-]+@[\w-]+(?:\.[\w-]+)*\.[a-z]{2,}(?![\w-])/gi;

function* emailVondsten(tekst: string, toegestaan: readonly string[]): Generator<Vondst> {
  for (const m of tekst.matchAll(EMAIL_KANDIDAAT)) {
    const domein = m[0].split('@')[1]!.toLowerCase();
    if (toegestaan.some((d) => domein === d || domein.endsWith(`.${d}`))) continue;
    yield { soort: 'email', waarde: m[0], index: m.index };
  }
}

const IBAN_KANDIDAAT = /\b[A-Z]{2}\d{2}(?: ?[A-Z0-9]){11,32}/gi;

function* ibanVondsten(tekst: string): Generator<Vondst> {
  for (const m of tekst.matchAll(IBAN_KANDIDAAT)) {
    // The pattern may run on into the next word; take the longest prefix that is a valid IBAN.
    const tekens = [...m[0]];
    for (let eind = tekens.length; eind > 0; eind--) {
      const waarde = tekens.slice(0, eind).join('').trimEnd();
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
const ADRES_KANDIDATEN = [
  // 1234 AB 12
  new RegExp(String.raw`(?<![\p{L}\d])${POSTCODE},? +${HUISNUMMER}(?![\d\p{L}])`, 'gu'),
  // Kerkstraat 12, 1234AB
  new RegExp(String.raw`(?<![\p{L}\d])\p{Lu}[\p{L}'-]+ ${HUISNUMMER},? *${POSTCODE}(?![\p{L}\d])`, 'gu'),
];

function* adresVondsten(tekst: string): Generator<Vondst> {
  for (const patroon of ADRES_KANDIDATEN) {
    for (const m of tekst.matchAll(patroon)) yield { soort: 'adres', waarde: m[0], index: m.index };
  }
}

/**
 * All personal data in a text, in order. Where two findings overlap (the digits of an IBAN also
 * look like a phone number) the first kind in this order wins: IBAN, e-mail, BSN, phone, address.
 */
export function zoekPersoonsgegevens(tekst: string, emailDomeinen: readonly string[] = VOORBEELDDOMEINEN): Vondst[] {
  const vondsten: Vondst[] = [];
  const overlapt = (v: Vondst) => vondsten.some((w) => v.index < w.index + w.waarde.length && w.index < v.index + v.waarde.length);
  for (const bron of [ibanVondsten(tekst), emailVondsten(tekst, emailDomeinen), bsnVondsten(tekst), telefoonVondsten(tekst), adresVondsten(tekst)]) {
    for (const v of bron) if (!overlapt(v)) vondsten.push(v);
  }
  return vondsten.sort((a, b) => a.index - b.index);
}

const WAT: Record<SoortGegeven, (masker: string) => string> = {
  bsn: (m) => `burgerservicenummer gevonden (BSN ${m}). Een BSN hoort nooit in een verhaal: verwijder het.`,
  telefoon: (m) => `telefoonnummer gevonden (${m}). Verwijder het; noem hooguit het algemene nummer van een organisatie, zoals 14 020 of 0800-…`,
  email: (m) => `e-mailadres gevonden (${m}). Verwijder het; verwijs hooguit naar de website van de organisatie.`,
  iban: (m) => `IBAN-rekeningnummer gevonden (${m}). Verwijder het.`,
  adres: (m) => `postcode met huisnummer gevonden (${m}): dat wijst één huishouden aan. Noem hooguit de wijk of de gemeente.`,
};

const VRIJSTELLING_UITLEG =
  'Is het geen persoonsgegeven (bijvoorbeeld een verzonnen voorbeeld)? Zet het dan in de frontmatter onder privacy.vrijstellingen met waarde (precies de tekst zoals hij hier staat) en reden.';

export function bericht(v: Pick<Vondst, 'soort' | 'waarde'>): string {
  return `${WAT[v.soort](maskeer(v.soort, v.waarde))} ${VRIJSTELLING_UITLEG}`;
}

interface Vrijstelling {
  waarde: string;
  index: number;
}

function leesVrijstellingen(data: unknown): Vrijstelling[] {
  const lijst = (data as { privacy?: { vrijstellingen?: unknown } } | undefined)?.privacy?.vrijstellingen;
  if (!Array.isArray(lijst)) return [];
  return lijst.flatMap((v, index) => {
    const waarde = (v as { waarde?: unknown } | null)?.waarde;
    return typeof waarde === 'string' ? [{ waarde: waarde.trim(), index }] : [];
  });
}

/** Line of `waarde` in a multi-line frontmatter value that starts at line `vanaf`. */
function preciezeRegel(regels: string[], vanaf: number, tot: number, waarde: string): number {
  for (let r = vanaf; r < tot && r <= regels.length; r++) if (regels[r - 1]!.includes(waarde)) return r;
  return vanaf;
}

/** Makes the personal data check with an e-mail allowlist (`toegestaneEmaildomeinen(SITE)` for this site). */
export function maakPersoonsgegevensControle(emailDomeinen: readonly string[] = VOORBEELDDOMEINEN): BestandsControle {
  return (bestand: InhoudBestand): Probleem[] => {
    const { pad, gelezen, bron } = bestand;
    const vrijstellingen = leesVrijstellingen(gelezen.data);
    const gebruikt = new Set<number>();
    const problemen: Probleem[] = [];
    const gezien = new Set<string>();
    const regels = bron.split('\n');

    const meld = (v: Vondst, regel: number, veld?: string) => {
      const sleutel = `${v.soort}\u0000${v.waarde}\u0000${regel}\u0000${veld ?? ''}`;
      const vrij = vrijstellingen.find((s) => s.waarde === v.waarde);
      if (vrij) {
        gebruikt.add(vrij.index);
        return;
      }
      if (gezien.has(sleutel)) return;
      gezien.add(sleutel);
      problemen.push({ bestand: pad, regel, ...(veld ? { veld } : {}), bericht: bericht(v) });
    };

    if (gelezen.data !== undefined) {
      const loop = (waarde: unknown, p: (string | number)[]) => {
        if (p[0] === 'privacy' && p[1] === 'vrijstellingen') return;
        if (typeof waarde === 'string') {
          const start = gelezen.regelVan(p);
          for (const v of zoekPersoonsgegevens(waarde, emailDomeinen)) meld(v, preciezeRegel(regels, start, gelezen.bodyRegel, v.waarde), veldpad(p));
        } else if (Array.isArray(waarde)) waarde.forEach((w, i) => loop(w, [...p, i]));
        else if (waarde && typeof waarde === 'object') for (const [k, w] of Object.entries(waarde)) loop(w, [...p, k]);
      };
      loop(gelezen.data, []);
    } else {
      // Broken frontmatter is reported elsewhere; still scan its text so nothing slips through.
      const kop = regels.slice(0, gelezen.bodyRegel - 1).join('\n');
      for (const v of zoekPersoonsgegevens(kop, emailDomeinen)) meld(v, regelOpOffset(kop, v.index, 1));
    }

    for (const v of zoekPersoonsgegevens(gelezen.body, emailDomeinen)) meld(v, regelOpOffset(gelezen.body, v.index, gelezen.bodyRegel));

    for (const s of vrijstellingen) {
      if (gebruikt.has(s.index)) continue;
      const p = ['privacy', 'vrijstellingen', s.index, 'waarde'];
      problemen.push({
        bestand: pad,
        regel: gelezen.regelVan(p),
        veld: veldpad(p),
        bericht: `deze vrijstelling wordt niet (meer) gebruikt: de privacycontrole vindt deze waarde nergens in dit bestand. Verwijder het item, of schrijf de waarde precies zoals de controle hem vond (met dezelfde spaties en streepjes).`,
      });
    }
    return problemen;
  };
}

function regelOpOffset(tekst: string, index: number, eersteRegel: number): number {
  let regel = eersteRegel;
  for (let i = 0; i < index; i++) if (tekst.charCodeAt(i) === 10) regel++;
  return regel;
}

/** The check registered in BESTANDSCONTROLES: only the example domains may appear in e-mail addresses. */
export const controleerPersoonsgegevens: BestandsControle = maakPersoonsgegevensControle();
