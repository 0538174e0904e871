/**
 * The submission form's data, turned into story frontmatter and checked with the content schema.
 * Pure: the browser code (src/components/bijdragen/) reads the DOM into `FormulierInvoer`,
 * this module does the rest, so it is tested without a browser.
 */
import type { z } from 'zod';
import { FOUTCODES, foutParams, maakVerhaalSchema, ONBEKEND, suggestie, type Referenties } from '../../schema/index.ts';
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
  rapporteurs: string[];
  belemmeringen: BelemmeringInvoer[];
  doorbraken: DoorbraakInvoer[];
  kosten: KostenpostInvoer[];
  kostenToelichting: string;
  gepseudonimiseerd: boolean;
  toestemming: string;
  status: string;
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
  /** Story ids already in the repository, so that the file name is new. */
  bestaand: string[];
  repository: string;
  branch: string;
  /** E-mail domains a story may name: the site's own and the example domains (as `npm run check` allows). */
  emailDomeinen: readonly string[];
}

const leeg = (s: string) => s.trim() === '';

/** A gemeente typed by name ("'s-Gravenhage", "amsterdam ") or id; unknown input stays as its slug so the schema can suggest. */
export function gemeenteId(invoer: string, gemeenten: readonly GemeenteKeuze[]): string {
  const t = invoer.trim().toLowerCase();
  const opNaam = gemeenten.find((g) => g.naam.toLowerCase() === t || g.id === t);
  return opNaam ? opNaam.id : slugify(invoer);
}

/** "12.000", "12000,50", "€ 1 200" -> number; anything else is left as text for the schema to reject with its hint. */
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

const bronIsLeeg = (b: BronInvoer) => [b.titel, b.auteurs, b.organisatie, b.datum, b.url, b.deel, b.pagina].every(leeg);

/** Form input -> frontmatter object (not yet validated). Empty optional fields are left out. */
export function naarFrontmatter(invoer: FormulierInvoer, gemeenten: readonly GemeenteKeuze[]): Record<string, unknown> {
  const ids = new Map(invoer.belemmeringen.map((b, i) => [b.sleutel, belemmeringId(b, i)]));
  const bronnen = invoer.bronnen.filter((b) => !bronIsLeeg(b));
  const bronIds = new Map(bronnen.map((b, i) => [b.sleutel, bronId(i)]));
  // A claim whose source row was left empty keeps the key, so the schema says the source is missing.
  const bron = (sleutel: string) => bronIds.get(sleutel) ?? sleutel;
  const fm: Record<string, unknown> = {
    titel: invoer.titel.trim(),
    samenvatting: invoer.samenvatting.trim().replace(/\s+/g, ' '),
    datum: invoer.datum.trim(),
    gemeenten: invoer.gemeenten.filter((g) => !leeg(g)).map((g) => gemeenteId(g, gemeenten)),
  };
  if (!leeg(invoer.wijk)) fm.wijk = invoer.wijk.trim();
  if (!leeg(invoer.lab)) fm.lab = invoer.lab.trim();
  fm.domeinen = invoer.domeinen;
  fm.doelgroepen = invoer.doelgroepen;
  fm.tags = invoer.tags;
  fm.beloften = invoer.beloften.map(Number);
  fm.rapporteurs = invoer.rapporteurs;
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
  }));
  // A row counts once anything but its preselected choices is filled in.
  const posten = invoer.kosten.filter((k) => k.onbekend || ![k.omschrijving, k.bedrag, k.betaler].every(leeg));
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
  fm.privacy = {
    // Only `true` is valid: a box left unticked is reported by the schema with its explanation.
    gepseudonimiseerd: invoer.gepseudonimiseerd ? true : undefined,
    toestemming: invoer.toestemming === 'true' ? true : invoer.toestemming === 'n.v.t.' ? 'n.v.t.' : undefined,
    // Written into the file: the pull-request check lists them and an editor must approve each one.
    ...(invoer.vrijstellingen?.length ? { vrijstellingen: invoer.vrijstellingen.map(({ waarde, veld, reden }) => ({ waarde, veld, reden: reden.trim() })) } : {}),
  };
  fm.status = invoer.status;
  fm.bronnen = bronnen.map((b, i) => {
    const auteurs = b.auteurs.split(',').map((a) => a.trim()).filter(Boolean);
    const optioneel = { organisatie: b.organisatie, datum: b.datum, url: b.url, deel: b.deel, pagina: b.pagina };
    return {
      id: bronId(i),
      titel: b.titel.trim(),
      ...(auteurs.length ? { auteurs } : {}),
      ...Object.fromEntries(Object.entries(optioneel).filter(([, v]) => !leeg(v)).map(([k, v]) => [k, v.trim()])),
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

/**
 * Maps a schema path to the form field that can fix it. Errors on an item of a pick list belong to the
 * whole list; `kosten.posten[i]` is row i of the cost lines; a barrier's id comes from its short name.
 */
export function veldSleutel(pad: readonly PropertyKey[]): string {
  const [kop, a, b] = pad;
  switch (kop) {
    case 'domeinen': case 'doelgroepen': case 'tags': case 'beloften': case 'rapporteurs': case 'trefwoorden':
      return String(kop);
    case 'gemeenten':
      return `gemeenten.${typeof a === 'number' ? a : 0}`;
    case 'belemmeringen':
      if (typeof a !== 'number') return 'belemmeringen';
      return `belemmeringen.${a}.${b === 'id' ? 'naam' : String(b ?? 'omschrijving')}`;
    case 'doorbraken':
      if (typeof a !== 'number') return 'doorbraken';
      return `doorbraken.${a}.${String(b ?? 'omschrijving')}`;
    case 'kosten':
      if (a === 'posten' && typeof b === 'number') return `kosten.${b}.${String(pad[3] ?? 'omschrijving')}`;
      return a === 'toelichting' ? 'kosten.toelichting' : 'kosten';
    case 'bronnen':
      return typeof a === 'number' ? `bronnen.${a}.${String(b ?? 'titel')}` : 'bronnen';
    case 'privacy':
      return `privacy.${String(a ?? 'gepseudonimiseerd')}`;
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
export const RIJNAMEN = { gemeenten: 'Gemeente', bronnen: 'Bron', belemmeringen: 'Belemmering', doorbraken: 'Doorbraak', kosten: 'Kostenpost' } as const;
export type Lijst = keyof typeof RIJNAMEN;

function waardeOp(data: unknown, pad: readonly PropertyKey[]): unknown {
  return pad.reduce<unknown>((d, k) => (d && typeof d === 'object' ? (d as Record<PropertyKey, unknown>)[k] : undefined), data);
}

/**
 * The schema's messages speak of the file ("zet gepseudonimiseerd op true"); where the form has its own
 * control, say what to do in the form instead. Told apart by the issue's code and path, never its text.
 * Rows get their name and number, as in the form's headings.
 */
export function formulierBericht(veld: string, issue: z.core.$ZodIssue, waarde: unknown, gemeenten: readonly GemeenteKeuze[] = []): string {
  const params = foutParams(issue);
  let tekst = issue.message;
  if (/^gemeenten\.\d+$/.test(veld) && params?.fout === FOUTCODES.onbekend) {
    // The form shows names, not ids: suggest the name, or point to the list instead of the data file.
    const hint = typeof waarde === 'string' ? suggestie(waarde, gemeenten.map((g) => g.id)) : undefined;
    const naam = gemeenten.find((g) => g.id === hint)?.naam;
    tekst = `onbekende gemeente "${String(waarde)}". ${naam ? `Bedoelde je "${naam}"?` : 'Kies een gemeente uit de lijst; typ een deel van de naam.'}`;
  } else if (/^belemmeringen\.\d+\.soort$/.test(veld) && (waarde === '' || waarde === undefined)) tekst = 'kies een soort belemmering';
  else if (/^belemmeringen\.\d+\.naam$/.test(veld) && params?.fout === FOUTCODES.dubbel) tekst = 'geef elke belemmering een eigen korte naam; deze naam komt al eerder voor';
  else if (/^doorbraken\.\d+\.lost_op$/.test(veld)) tekst = 'vink aan welke belemmering deze doorbraak oplost';
  else if (/^doorbraken\.\d+\.soort$/.test(veld) && (waarde === '' || waarde === undefined)) tekst = 'kies wat voor doorbraak het was';
  else if (/^(doorbraken|kosten)\.\d+\.bron$/.test(veld)) tekst = 'kies de bron waar dit op steunt; vul die bron eerst in bij Bronnen';
  else if (/^kosten\.\d+\.bedrag$/.test(veld) && typeof waarde !== 'number') tekst = 'schrijf het bedrag als getal in euro, bijvoorbeeld 12000 of 12.000, of vink aan dat de bron het bedrag niet geeft';
  else if (veld === 'bronnen') tekst = 'noem minstens één bron: het document, verslag of gesprek waar dit verhaal op steunt';
  else if (veld === 'privacy.gepseudonimiseerd') tekst = 'vink aan dat je namen en herkenbare details van burgers hebt vervangen';
  else if (veld === 'privacy.toestemming') tekst = 'kies of de betrokkenen toestemming gaven, of dat niemand herkenbaar is';
  else if (veld === 'rapporteurs' && !Array.isArray(waarde)) tekst = 'kies minstens één rapporteur';
  const [lijst = '', nummer = ''] = veld.split('.');
  const naam = Object.hasOwn(RIJNAMEN, lijst) ? RIJNAMEN[lijst as Lijst] : undefined;
  const rij = naam && /^\d+$/.test(nummer) ? `${naam} ${Number(nummer) + 1}: ` : '';
  return rij ? `${rij}${tekst}` : hoofdletter(tekst);
}

/** Checks with the content schema; one message per field (the first), in the order of the form. */
export function controleer(fm: Record<string, unknown>, tekst: string, refs: Referenties, gemeenten: readonly GemeenteKeuze[] = []): FormulierFout[] {
  const r = maakVerhaalSchema(refs).safeParse(fm);
  const fouten: FormulierFout[] = [];
  const gezien = new Set<string>();
  const issues: z.core.$ZodIssue[] = r.success ? [] : r.error.issues;
  for (const issue of issues) {
    const veld = veldSleutel(issue.path);
    if (gezien.has(veld)) continue;
    gezien.add(veld);
    fouten.push({ veld, bericht: formulierBericht(veld, issue, waardeOp(fm, issue.path), gemeenten) });
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

/** What the form says after a personal-data finding: how to fix it, or how to ask for an exception. */
const VRIJSTELLING_VRAGEN = 'Weet je zeker dat het geen persoonsgegeven is? Vraag dan hieronder bij ‘Geen persoonsgegeven?’ een vrijstelling aan.';

/** Security findings per form field, several in one message (each field shows one message). */
function veiligheidsFouten(privacy: readonly PrivacyVondst[], code: readonly { pad?: readonly (string | number)[]; bericht: string }[]): FormulierFout[] {
  const perVeld = new Map<string, string[]>();
  const voeg = (veld: string, bericht: string) => perVeld.set(veld, [...(perVeld.get(veld) ?? []), bericht]);
  for (const c of code) voeg(c.pad ? veldSleutel(c.pad) : 'tekst', c.bericht);
  for (const v of privacy) if (!v.vrijgesteld) voeg(v.pad ? veldSleutel(v.pad) : 'tekst', `${hoofdletter(v.bericht)} ${VRIJSTELLING_VRAGEN}`);
  return [...perVeld].map(([veld, berichten]) => ({ veld, bericht: berichten.join(' ') }));
}

/**
 * The whole step: input -> errors, or the file name and the MDX text. The schema, the personal-data
 * scan and the MDX gate all run; `parsers` are the browser's (micromark) or any that give mdast.
 */
export function verwerk(
  invoer: FormulierInvoer,
  gegevens: Pick<FormulierGegevens, 'refs' | 'gemeenten' | 'bestaand' | 'emailDomeinen'>,
  parsers: Parsers,
): Resultaat {
  const fm = naarFrontmatter(invoer, gegevens.gemeenten);
  const schemaFouten = controleer(fm, invoer.tekst, gegevens.refs, gegevens.gemeenten);
  const { privacy, code } = controleerVeiligheid(fm, invoer.tekst, invoer.vrijstellingen ?? [], { parsers, emailDomeinen: gegevens.emailDomeinen });
  const extra = veiligheidsFouten(privacy, code);
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
