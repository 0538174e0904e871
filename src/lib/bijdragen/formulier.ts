/**
 * The submission form's data, turned into story frontmatter and checked with the content schema.
 * Pure: the browser code (src/components/bijdragen/) reads the DOM into `FormulierInvoer`,
 * this module does the rest, so it is tested without a browser.
 */
import type { z } from 'zod';
import { FOUTCODES, foutParams, maakVerhaalSchema, ONBEKEND, suggestie, type Referenties } from '../../schema/index.ts';
import { namenregister, sleutel, vindGemeente, type Alias, type Namenregister } from '../gemeenten/namen.ts';
import { slugify } from '../slug.ts';
import { vouw } from '../veiligheid/leesbaar.ts';
import type { Vrijstelling } from '../veiligheid/persoonsgegevens.ts';
import { naarMdx, titelSlug, uniekeSlug } from './mdx.ts';
import { controleerVeiligheid, type Parsers, type PrivacyVondst } from './veiligheid.ts';

export interface BelemmeringInvoer {
  /** Stable key of the row in the form; breakthroughs refer to it. */
  sleutel: string;
  naam: string;
  soort: string;
  omschrijving: string;
}

export interface DoorbraakInvoer {
  omschrijving: string;
  /** Keys of the barrier rows this breakthrough solves. */
  lostOp: string[];
  door: string;
  status: string;
  soort: string;
  /** Key of the source row this breakthrough rests on. */
  bron: string;
  effect: string;
  /** When it came about, as precise as the source (JJJJ, JJJJ-MM, JJJJ-MM-DD). */
  datum: string;
  /** Where, when that is not a municipality of the story (a country abroad). */
  plaats: string;
}

export interface KostenpostInvoer {
  omschrijving: string;
  /** An amount, or empty with `onbekend` ticked when the source gives none. */
  bedrag: string;
  onbekend: boolean;
  per: string;
  betaler: string;
  scenario: string;
  /** Key of the source row. */
  bron: string;
}

export interface UitkomstInvoer {
  indicator: string;
  /** Numbers as typed ("1.250", "12,5"). */
  voor: string;
  na: string;
  eenheid: string;
  /** Key of the source row. */
  bron: string;
}

export interface BronInvoer {
  /** Stable key of the row in the form; claims refer to it. */
  sleutel: string;
  titel: string;
  auteurs: string;
  organisatie: string;
  datum: string;
  url: string;
  deel: string;
  pagina: string;
  dia: string;
  geciteerdIn: string;
}

/** Whom to ask: an organisation with its public web address or general number, as a source names it. */
export interface ContactInvoer {
  organisatie: string;
  url: string;
  telefoon: string;
  /** Key of the source row. */
  bron: string;
}

/** Someone not (yet) in content/rapporteurs.yaml, who names themselves in the story. */
export interface NieuweRapporteurInvoer {
  naam: string;
  organisatie: string;
}

/** Everything the form holds, as plain strings, in the order of the rows on the page. */
export interface FormulierInvoer {
  titel: string;
  samenvatting: string;
  datum: string;
  /** Names or ids typed in the gemeente fields (a datalist offers the names). */
  gemeenten: string[];
  wijk: string;
  lab: string;
  domeinen: string[];
  doelgroepen: string[];
  tags: string[];
  beloften: string[];
  /** Ids of listed rapporteurs (ticked). */
  rapporteurs: string[];
  nieuweRapporteurs: NieuweRapporteurInvoer[];
  belemmeringen: BelemmeringInvoer[];
  doorbraken: DoorbraakInvoer[];
  kosten: KostenpostInvoer[];
  kostenToelichting: string;
  uitkomsten: UitkomstInvoer[];
  contact: ContactInvoer;
  gepseudonimiseerd: boolean;
  toestemming: string;
  bronnen: BronInvoer[];
  /** Comma-separated extra search words. */
  trefwoorden: string;
  tekst: string;
  /** Exceptions the contributor asks for: a finding they are sure is no personal data, with a reason. */
  vrijstellingen?: Vrijstelling[];
}

export interface GemeenteKeuze {
  id: string;
  naam: string;
  provincie: string;
}

/** What the page passes to the client at build time: the ids the schema checks against, and names. */
export interface FormulierGegevens {
  refs: Referenties;
  gemeenten: GemeenteKeuze[];
  /** Everyday names (content/gemeente-aliassen.yaml): "Den Haag" finds 's-Gravenhage. */
  aliassen: readonly Alias[];
  /** Story ids already in the repository, so that the file name is new. */
  bestaand: string[];
  repository: string;
  branch: string;
  /** E-mail domains a story may name: the site's own and the example domains (as `npm run check` allows). */
  emailDomeinen: readonly string[];
}

const leeg = (s: string) => s.trim() === '';

const registers = new WeakMap<object, Namenregister>();

/** Every name the form understands for a municipality: official, without accents, everyday, or the id. */
export function gemeenteRegister(gegevens: Pick<FormulierGegevens, 'gemeenten' | 'aliassen'>): Namenregister {
  let register = registers.get(gegevens);
  if (!register) registers.set(gegevens, (register = namenregister(gegevens.gemeenten, gegevens.aliassen)));
  return register;
}

/** A gemeente typed by any of its names or its id; unknown input stays as its slug for the schema to refuse. */
export function gemeenteId(invoer: string, register: Namenregister): string {
  return vindGemeente(invoer, register) ?? slugify(invoer);
}

/**
 * "12.000", "12000,50", "€ 1 200" -> number, for amounts and the numbers of outcomes; anything else is left
 * as text for the schema to reject with its hint.
 */
export function bedrag(invoer: string): number | string {
  const t = invoer.replace(/[€\s]/g, '');
  if (/^\d{1,3}(\.\d{3})+(,\d+)?$/.test(t)) return Number(t.replace(/\./g, '').replace(',', '.'));
  if (/^\d+(,\d+)?$/.test(t)) return Number(t.replace(',', '.'));
  if (/^\d+(\.\d+)?$/.test(t)) return Number(t);
  return invoer.trim();
}

/** The id of a barrier row: from its short name, or a numbered default. */
export function belemmeringId(b: BelemmeringInvoer, index: number): string {
  return slugify(b.naam) || `belemmering-${index + 1}`;
}

/** The id of a source row: its number, so that the file reads "bron: bron-2". */
export const bronId = (index: number): string => `bron-${index + 1}`;

const bronIsLeeg = (b: BronInvoer) => [b.titel, b.auteurs, b.organisatie, b.datum, b.url, b.deel, b.pagina, b.dia, b.geciteerdIn].every(leeg);
// A row counts once anything but its preselected choices is filled in.
const kostIsLeeg = (k: KostenpostInvoer) => !k.onbekend && [k.omschrijving, k.bedrag, k.betaler].every(leeg);
const uitkomstIsLeeg = (u: UitkomstInvoer) => [u.indicator, u.voor, u.na, u.eenheid].every(leeg);
const rapporteurIsLeeg = (r: NieuweRapporteurInvoer) => leeg(r.naam) && leeg(r.organisatie);

/** The indexes of the rows that are not left empty: item i of the file's list came from row `rijen[i]`. */
const gevuld = <T>(rijen: readonly T[], isLeeg: (r: T) => boolean): number[] => rijen.flatMap((r, i) => (isLeeg(r) ? [] : [i]));

/**
 * Which form row each item of a list in the file came from, since empty rows are left out of the file; a
 * story's rapporteurs are the ticked ones first, then the new ones.
 */
export interface RijIndex {
  gemeenten: number[];
  bronnen: number[];
  kosten: number[];
  uitkomsten: number[];
  nieuweRapporteurs: number[];
  /** How many listed rapporteurs are ticked (they come first in `rapporteurs`). */
  gekozenRapporteurs: number;
}

export function rijIndex(invoer: FormulierInvoer): RijIndex {
  return {
    gemeenten: gevuld(invoer.gemeenten, leeg),
    bronnen: gevuld(invoer.bronnen, bronIsLeeg),
    kosten: gevuld(invoer.kosten, kostIsLeeg),
    uitkomsten: gevuld(invoer.uitkomsten, uitkomstIsLeeg),
    nieuweRapporteurs: gevuld(invoer.nieuweRapporteurs, rapporteurIsLeeg),
    gekozenRapporteurs: invoer.rapporteurs.length,
  };
}

/** A slide number as typed: digits become a number, anything else stays for the schema to refuse. */
const dia = (s: string): number | string => (/^\s*\d+\s*$/.test(s) ? Number(s) : s.trim());

/**
 * Form input -> frontmatter object (not yet validated). Empty optional fields and rows are left out. The
 * status is always concept: publishing is the editors' step, in review.
 */
export function naarFrontmatter(invoer: FormulierInvoer, register: Namenregister): Record<string, unknown> {
  const ids = new Map(invoer.belemmeringen.map((b, i) => [b.sleutel, belemmeringId(b, i)]));
  const bronnen = invoer.bronnen.filter((b) => !bronIsLeeg(b));
  const bronIds = new Map(bronnen.map((b, i) => [b.sleutel, bronId(i)]));
  // A claim whose source row was left empty keeps the key, so the schema says the source is missing.
  const bron = (sleutel: string) => bronIds.get(sleutel) ?? sleutel;
  const fm: Record<string, unknown> = {
    titel: invoer.titel.trim(),
    samenvatting: invoer.samenvatting.trim().replace(/\s+/g, ' '),
    datum: invoer.datum.trim(),
    gemeenten: invoer.gemeenten.filter((g) => !leeg(g)).map((g) => gemeenteId(g, register)),
  };
  if (!leeg(invoer.wijk)) fm.wijk = invoer.wijk.trim();
  if (!leeg(invoer.lab)) fm.lab = invoer.lab.trim();
  fm.domeinen = invoer.domeinen;
  fm.doelgroepen = invoer.doelgroepen;
  fm.tags = invoer.tags;
  fm.beloften = invoer.beloften.map(Number);
  fm.rapporteurs = [
    ...invoer.rapporteurs,
    ...invoer.nieuweRapporteurs.filter((r) => !rapporteurIsLeeg(r)).map((r) => ({ naam: r.naam.trim(), ...(leeg(r.organisatie) ? {} : { organisatie: r.organisatie.trim() }) })),
  ];
  fm.belemmeringen = invoer.belemmeringen.map((b, i) => ({
    id: belemmeringId(b, i),
    soort: b.soort,
    omschrijving: b.omschrijving.trim(),
  }));
  fm.doorbraken = invoer.doorbraken.map((d) => ({
    omschrijving: d.omschrijving.trim(),
    lost_op: d.lostOp.map((s) => ids.get(s)).filter((id): id is string => id !== undefined),
    ...(leeg(d.door) ? {} : { door: d.door.trim() }),
    status: d.status,
    soort: d.soort,
    bron: bron(d.bron),
    ...(leeg(d.effect) ? {} : { effect: d.effect.trim() }),
    ...(leeg(d.datum ?? '') ? {} : { datum: d.datum.trim() }),
    ...(leeg(d.plaats ?? '') ? {} : { plaats: d.plaats.trim() }),
  }));
  const posten = invoer.kosten.filter((k) => !kostIsLeeg(k));
  if (posten.length) {
    fm.kosten = {
      posten: posten.map((k) => ({
        omschrijving: k.omschrijving.trim(),
        bedrag: k.onbekend ? ONBEKEND : bedrag(k.bedrag),
        per: k.per,
        betaler: k.betaler.trim(),
        scenario: k.scenario,
        bron: bron(k.bron),
      })),
      ...(leeg(invoer.kostenToelichting) ? {} : { toelichting: invoer.kostenToelichting.trim() }),
    };
  }
  const uitkomsten = invoer.uitkomsten.filter((u) => !uitkomstIsLeeg(u));
  if (uitkomsten.length) {
    fm.uitkomsten = uitkomsten.map((u) => ({
      indicator: u.indicator.trim(),
      voor: bedrag(u.voor),
      na: bedrag(u.na),
      eenheid: u.eenheid.trim(),
      bron: bron(u.bron),
    }));
  }
  // `?? `: drafts saved before the contact fields existed lack them.
  const contact = invoer.contact ?? { organisatie: '', url: '', telefoon: '', bron: '' };
  if (![contact.organisatie, contact.url, contact.telefoon].every(leeg)) {
    fm.contact = {
      organisatie: contact.organisatie.trim(),
      ...(leeg(contact.url) ? {} : { url: contact.url.trim() }),
      ...(leeg(contact.telefoon) ? {} : { telefoon: contact.telefoon.trim() }),
      bron: bron(contact.bron),
    };
  }
  fm.privacy = {
    // Only `true` is valid: a box left unticked is reported by the schema with its explanation.
    gepseudonimiseerd: invoer.gepseudonimiseerd ? true : undefined,
    toestemming: invoer.toestemming === 'true' ? true : invoer.toestemming === 'n.v.t.' ? 'n.v.t.' : undefined,
    // Written into the file: the pull-request check lists them and an editor must approve each one.
    ...(invoer.vrijstellingen?.length ? { vrijstellingen: invoer.vrijstellingen.map(({ waarde, veld, reden }) => ({ waarde, veld, reden: reden.trim() })) } : {}),
  };
  fm.status = 'concept';
  fm.bronnen = bronnen.map((b, i) => {
    const auteurs = b.auteurs.split(',').map((a) => a.trim()).filter(Boolean);
    // In the order of the schema (and the template).
    const optioneel = { organisatie: b.organisatie, datum: b.datum, url: b.url, deel: b.deel, pagina: b.pagina, dia: b.dia, geciteerd_in: b.geciteerdIn };
    return {
      id: bronId(i),
      titel: b.titel.trim(),
      ...(auteurs.length ? { auteurs } : {}),
      ...Object.fromEntries(Object.entries(optioneel).filter(([, v]) => !leeg(v)).map(([k, v]) => [k, k === 'dia' ? dia(v) : v.trim()])),
    };
  });
  const trefwoorden = invoer.trefwoorden.split(',').map((t) => t.trim()).filter(Boolean);
  if (trefwoorden.length) fm.trefwoorden = trefwoorden;
  return fm;
}

/** A problem shown in the form: `veld` is the key of the field on the page (see `veldSleutel`). */
export interface FormulierFout {
  veld: string;
  bericht: string;
}

const GEEN_LEGE_RIJEN: RijIndex = { gemeenten: [], bronnen: [], kosten: [], uitkomsten: [], nieuweRapporteurs: [], gekozenRapporteurs: 0 };

/**
 * Maps a schema path to the form field that can fix it. Errors on an item of a pick list belong to the
 * whole list; `kosten.posten[i]` is a cost row; a barrier's id comes from its short name; a new
 * rapporteur is a row of its own. `rijen` says which row each item came from (empty rows are not in the
 * file); without it, item i is row i.
 */
export function veldSleutel(pad: readonly PropertyKey[], rijen: RijIndex = GEEN_LEGE_RIJEN): string {
  const [kop, a, b] = pad;
  const rij = (lijst: Exclude<keyof RijIndex, 'gekozenRapporteurs'>, i: number) => rijen[lijst][i] ?? i;
  switch (kop) {
    case 'domeinen': case 'doelgroepen': case 'tags': case 'beloften': case 'trefwoorden':
      return String(kop);
    case 'rapporteurs':
      if (typeof a !== 'number' || a < rijen.gekozenRapporteurs) return 'rapporteurs';
      return `nieuweRapporteurs.${rij('nieuweRapporteurs', a - rijen.gekozenRapporteurs)}.${b === 'organisatie' ? 'organisatie' : 'naam'}`;
    case 'gemeenten':
      return `gemeenten.${typeof a === 'number' ? rij('gemeenten', a) : 0}`;
    case 'belemmeringen':
      if (typeof a !== 'number') return 'belemmeringen';
      return `belemmeringen.${a}.${b === 'id' ? 'naam' : String(b ?? 'omschrijving')}`;
    case 'doorbraken':
      if (typeof a !== 'number') return 'doorbraken';
      return `doorbraken.${a}.${String(b ?? 'omschrijving')}`;
    case 'kosten':
      if (a === 'posten' && typeof b === 'number') return `kosten.${rij('kosten', b)}.${String(pad[3] ?? 'omschrijving')}`;
      return a === 'toelichting' ? 'kosten.toelichting' : 'kosten';
    case 'uitkomsten':
      return typeof a === 'number' ? `uitkomsten.${rij('uitkomsten', a)}.${String(b ?? 'indicator')}` : 'uitkomsten';
    case 'bronnen':
      return typeof a === 'number' ? `bronnen.${rij('bronnen', a)}.${b === 'geciteerd_in' ? 'geciteerdIn' : String(b ?? 'titel')}` : 'bronnen';
    case 'privacy':
      return `privacy.${String(a ?? 'gepseudonimiseerd')}`;
    case 'contact':
      return `contact.${String(a ?? 'organisatie')}`;
    default:
      return String(kop ?? 'tekst');
  }
}

/** Form-only rule: a story needs its text; the schema covers only the frontmatter. */
const TEKST_FOUT = 'schrijf het verhaal zelf in het tekstvak: wat gebeurde er, wat liep vast en wat hielp?';

/**
 * The form's repeatable rows, in the order of the page (sources first: later rows choose from them), each
 * with its name: the row's heading ("Belemmering 2"), its remove button and its error messages use it.
 */
export const RIJNAMEN = {
  gemeenten: 'Gemeente',
  bronnen: 'Bron',
  belemmeringen: 'Belemmering',
  doorbraken: 'Doorbraak',
  kosten: 'Kostenpost',
  uitkomsten: 'Uitkomst',
  nieuweRapporteurs: 'Nieuwe rapporteur',
} as const;
export type Lijst = keyof typeof RIJNAMEN;

function waardeOp(data: unknown, pad: readonly PropertyKey[]): unknown {
  return pad.reduce<unknown>((d, k) => (d && typeof d === 'object' ? (d as Record<PropertyKey, unknown>)[k] : undefined), data);
}

/**
 * What the person typed in a municipality field, said back with what to do: the municipality a name
 * almost matches, the choice when a name fits two ("Bergen"), or the list.
 */
function gemeenteBericht(getypt: string, register: Namenregister, gemeenten: readonly GemeenteKeuze[]): string {
  const naamVan = (id: string) => gemeenten.find((g) => g.id === id)?.naam ?? id;
  const k = sleutel(getypt);
  const meer = [...new Set(register.alle.filter((n) => sleutel(n.naam) === k).map((n) => n.id))];
  if (meer.length > 1) return `"${getypt}" zijn ${meer.length} gemeenten. Kies ${meer.map((id) => `"${naamVan(id)}"`).join(' of ')} uit de lijst`;
  const sleutels = register.alle.map((n) => sleutel(n.naam));
  const hint = suggestie(k, sleutels);
  const bedoeld = hint ? register.alle[sleutels.indexOf(hint)]?.id : undefined;
  return `onbekende gemeente "${getypt}". ${bedoeld ? `Bedoelde je "${naamVan(bedoeld)}"?` : 'Kies een gemeente uit de lijst; typ een deel van de naam.'}`;
}

/** What the form knows when it words a message: the input as typed, and all names of municipalities. */
export interface BerichtContext {
  invoer: FormulierInvoer;
  register: Namenregister;
  gemeenten: readonly GemeenteKeuze[];
}

/**
 * The schema's messages speak of the file ("zet gepseudonimiseerd op true"); where the form has its own
 * control, say what to do in the form instead. Told apart by the issue's code and path, never its text.
 * Rows get their name and number, as in the form's headings. A message says the same in the summary and
 * at the field, and fits the control: a checkbox is ticked, a list is chosen from, a text is typed.
 */
export function formulierBericht(veld: string, issue: z.core.$ZodIssue, waarde: unknown, ctx?: BerichtContext): string {
  const params = foutParams(issue);
  let tekst = issue.message;
  const [lijst = '', nummer = ''] = veld.split('.');
  const rijNummer = Number(nummer);
  if (lijst === 'gemeenten' && params?.fout === FOUTCODES.onbekend && ctx) {
    // The form shows names, not ids: say back what was typed.
    tekst = gemeenteBericht(ctx.invoer.gemeenten[rijNummer]?.trim() || String(waarde), ctx.register, ctx.gemeenten);
  } else if (/^belemmeringen\.\d+\.soort$/.test(veld) && (waarde === '' || waarde === undefined)) tekst = 'kies een soort belemmering';
  else if (/^belemmeringen\.\d+\.naam$/.test(veld) && params?.fout === FOUTCODES.dubbel) tekst = 'geef elke belemmering een eigen korte naam; deze naam komt al eerder voor';
  else if (/^doorbraken\.\d+\.lost_op$/.test(veld)) tekst = 'vink aan welke belemmering deze doorbraak oplost';
  else if (/^doorbraken\.\d+\.soort$/.test(veld) && (waarde === '' || waarde === undefined)) tekst = 'kies wat voor doorbraak het was';
  else if (/^doorbraken\.\d+\.status$/.test(veld) && params?.fout === FOUTCODES.bewijs) tekst = 'bij ‘effect gemeten’ hoort bewijs: beschrijf het gemeten effect, of voeg een uitkomst met cijfers toe. Anders kies je ‘ingevoerd’';
  else if (/^doorbraken\.\d+\.status$/.test(veld)) tekst = 'kies hoe ver deze doorbraak kwam';
  else if (/^((doorbraken|kosten|uitkomsten)\.\d+\.bron|contact\.bron)$/.test(veld)) tekst = 'kies de bron waar dit op steunt; vul die bron eerst in bij Bronnen';
  else if (/^kosten\.\d+\.bedrag$/.test(veld) && typeof waarde !== 'number') tekst = 'schrijf het bedrag als getal in euro, bijvoorbeeld 12000 of 12.000, of vink aan dat de bron het bedrag niet geeft';
  else if (/^uitkomsten\.\d+\.(voor|na)$/.test(veld) && typeof waarde !== 'number') tekst = `schrijf bij ‘${veld.endsWith('voor') ? 'Voor' : 'Na'}’ een getal, bijvoorbeeld 12 of 12,5`;
  else if (/^nieuweRapporteurs\.\d+\.naam$/.test(veld) && params?.fout === FOUTCODES.bekend) tekst = 'je staat al in de lijst van rapporteurs hierboven: vink je naam daar aan en verwijder deze rij';
  else if (/^nieuweRapporteurs\.\d+\.naam$/.test(veld) && params?.fout === FOUTCODES.dubbel) tekst = 'deze rapporteur staat er al; verwijder deze rij';
  else if (/^nieuweRapporteurs\.\d+\.naam$/.test(veld) && (waarde === '' || waarde === undefined)) tekst = 'vul je naam in, of verwijder deze rij';
  else if (/^uitkomsten\.\d+\.indicator$/.test(veld)) tekst = 'vul in wat er is gemeten, bijvoorbeeld ‘uithuisplaatsingen’';
  else if (/^uitkomsten\.\d+\.eenheid$/.test(veld)) tekst = 'vul de eenheid in, bijvoorbeeld ‘per jaar’ of ‘procent’';
  else if (veld === 'contact.url' && issue.code === 'custom') tekst = 'vul het webadres of het algemene telefoonnummer van de organisatie in';
  else if (veld === 'contact.organisatie') tekst = 'vul de naam van de organisatie in, of maak de velden bij ‘Wie kun je ernaar vragen?’ leeg';
  else if (/^kosten\.\d+\.betaler$/.test(veld)) tekst = 'vul in wie betaalt, bijvoorbeeld ‘gemeente’';
  else if ((veld === 'domeinen' || veld === 'doelgroepen') && Array.isArray(waarde) && waarde.length === 0) {
    tekst = veld === 'domeinen' ? 'vink minstens één domein aan' : 'vink minstens één doelgroep aan: voor wie is dit verhaal?';
  } else if (veld === 'bronnen') tekst = 'noem minstens één bron: het document, verslag of gesprek waar dit verhaal op steunt';
  else if (veld === 'privacy.gepseudonimiseerd') tekst = 'vink aan dat je namen en herkenbare details van burgers hebt vervangen';
  else if (veld === 'privacy.toestemming') tekst = 'kies of de betrokkenen toestemming gaven, of dat niemand herkenbaar is';
  else if (veld === 'rapporteurs') tekst = 'kies jezelf uit de lijst van rapporteurs, of vul je naam in bij ‘Sta je niet in de lijst?’';
  const naam = Object.hasOwn(RIJNAMEN, lijst) ? RIJNAMEN[lijst as Lijst] : undefined;
  const rij = naam && /^\d+$/.test(nummer) ? `${naam} ${rijNummer + 1}: ` : '';
  return rij ? `${rij}${tekst}` : hoofdletter(tekst);
}

/** Checks with the content schema; one message per field (the first), in the order of the form. */
export function controleer(fm: Record<string, unknown>, tekst: string, refs: Referenties, ctx?: BerichtContext): FormulierFout[] {
  const r = maakVerhaalSchema(refs).safeParse(fm);
  const fouten: FormulierFout[] = [];
  const gezien = new Set<string>();
  const issues: z.core.$ZodIssue[] = r.success ? [] : r.error.issues;
  const rijen = ctx ? rijIndex(ctx.invoer) : GEEN_LEGE_RIJEN;
  for (const issue of issues) {
    const veld = veldSleutel(issue.path, rijen);
    if (gezien.has(veld)) continue;
    gezien.add(veld);
    fouten.push({ veld, bericht: formulierBericht(veld, issue, waardeOp(fm, issue.path), ctx) });
  }
  if (leeg(tekst)) fouten.push({ veld: 'tekst', bericht: hoofdletter(TEKST_FOUT) });
  return fouten;
}

function hoofdletter(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

export interface Resultaat {
  fouten: FormulierFout[];
  /** Empty while there are errors: a file name is made from the title only after the title passes. */
  slug: string;
  bestand: string;
  /** Empty while there are errors: the text goes into a link or a download only after every check passes. */
  mdx: string;
  /** Every personal-data finding, for the exception requests. */
  privacy: PrivacyVondst[];
}

/** What the form says after personal-data findings in a field, once: how to ask for an exception. */
const VRIJSTELLING_VRAGEN = (aantal: number) =>
  `Is ${aantal > 1 ? 'een van deze waarden' : 'dit'} toch geen persoonsgegeven (bijvoorbeeld het algemene nummer van een organisatie)? Vraag dan hieronder bij ‘Geen persoonsgegeven?’ een vrijstelling aan.`;

/** Security findings per form field, several in one message (each field shows one message); the exception hint once per field. */
function veiligheidsFouten(privacy: readonly PrivacyVondst[], code: readonly { pad?: readonly (string | number)[]; bericht: string }[], rijen: RijIndex): FormulierFout[] {
  const perVeld = new Map<string, { berichten: string[]; vondsten: number }>();
  const voeg = (veld: string, bericht: string, vondst: boolean) => {
    const v = perVeld.get(veld) ?? { berichten: [], vondsten: 0 };
    v.berichten.push(bericht);
    if (vondst) v.vondsten++;
    perVeld.set(veld, v);
  };
  for (const c of code) voeg(c.pad ? veldSleutel(c.pad, rijen) : 'tekst', c.bericht, false);
  for (const v of privacy) if (!v.vrijgesteld) voeg(v.pad ? veldSleutel(v.pad, rijen) : 'tekst', hoofdletter(v.bericht), true);
  return [...perVeld].map(([veld, { berichten, vondsten }]) => ({ veld, bericht: [...berichten, ...(vondsten ? [VRIJSTELLING_VRAGEN(vondsten)] : [])].join(' ') }));
}

/**
 * The whole step: input -> errors, or the file name and the MDX text. The schema, the personal-data
 * scan and the MDX gate all run; `parsers` are the browser's (micromark) or any that give mdast.
 */
export function verwerk(
  invoer: FormulierInvoer,
  gegevens: Pick<FormulierGegevens, 'refs' | 'gemeenten' | 'aliassen' | 'bestaand' | 'emailDomeinen'>,
  parsers: Parsers,
): Resultaat {
  const register = gemeenteRegister(gegevens);
  const fm = naarFrontmatter(invoer, register);
  const schemaFouten = controleer(fm, invoer.tekst, gegevens.refs, { invoer, register, gemeenten: gegevens.gemeenten });
  const { privacy, code } = controleerVeiligheid(fm, invoer.tekst, invoer.vrijstellingen ?? [], { parsers, emailDomeinen: gegevens.emailDomeinen });
  const extra = veiligheidsFouten(privacy, code, rijIndex(invoer));
  const velden = new Set(schemaFouten.map((f) => f.veld));
  // One message per field: a schema error and a finding in the same field are shown together.
  const fouten = [
    ...schemaFouten.map((f) => ({ ...f, bericht: [f.bericht, ...extra.filter((e) => e.veld === f.veld).map((e) => e.bericht)].join(' ') })),
    ...extra.filter((e) => !velden.has(e.veld)),
  ];
  if (fouten.length) return { fouten, slug: '', bestand: '', mdx: '', privacy };
  // A value the contributor asked an exception for stays out of the file name (and so out of every URL).
  const vrijInTitel = privacy.filter((v) => v.veld === 'titel').map((v) => v.waarde);
  const titel = vrijInTitel.reduce((t, w) => t.split(w).join(' '), vouw(invoer.titel));
  const slug = uniekeSlug(titelSlug(titel), gegevens.bestaand);
  return { fouten, slug, bestand: `content/verhalen/${slug}.mdx`, mdx: naarMdx(fm, invoer.tekst), privacy };
}
