/**
 * Open data for VNG and others: every published story as JSON and CSV, and every barrier as CSV.
 * Pure functions over plain story data, so tests can run them on the content read from disk
 * and parse the output back. The field lists below also document the files on the /data page,
 * so the documentation cannot drift from what is written.
 */
import { stringify } from 'csv-stringify/sync';
import { rapporteurId, type RapporteurVerwijzing, type Verhaal } from '../../schema/index.ts';
import { standVan, tel } from '../stand.ts';
import { maakNavolging, type Navolging } from '../navolging.ts';
import { uniek, type VerhaalGegevens } from './typen.ts';

/**
 * Version of the open-data contract (README: fields are not renamed or removed without an announcement
 * and a new minor version). verhalen.json carries it; /data lists the changes.
 */
export const OPEN_DATA_VERSIE = '1.3.1';

export const WIJZIGINGEN: readonly { versie: string; datum: string; wijzigingen: readonly string[] }[] = [
  {
    versie: '1.3.1',
    datum: '2026-11-29',
    wijzigingen: [
      'Hersteld: een cel met meer regels (zoals doorbraken_door in belemmeringen.csv, één regel per doorbraak) staat nu tussen aanhalingstekens. Daarvoor brak zo\'n cel in Excel, LibreOffice en andere lezers de rij in tweeën. Kolommen en waarden zijn niet veranderd.',
    ],
  },
  {
    versie: '1.3.0',
    datum: '2026-11-29',
    wijzigingen: [
      'Een nieuwe rapporteur kan zichzelf in het verhaal noemen, zonder eerst in content/rapporteurs.yaml te staan. rapporteurs blijft een lijst van ids; voor zo iemand is het id de naam in kleine letters met streepjes (ook het adres van de rapporteurspagina).',
      'Nieuw in verhalen.json en verhalen.csv: rapporteurs_naam, de namen van dezelfde rapporteurs in dezelfde volgorde (in verhalen.csv achteraan; bestaande kolommen zijn niet veranderd).',
    ],
  },
  {
    versie: '1.2.0',
    datum: '2026-11-29',
    wijzigingen: [
      'Nieuw: navolging.csv, één regel per doorbraak die uit een ander verhaal is overgenomen, met waar en wanneer.',
      'Nieuw in verhalen.json: doorbraken kunnen een id, een datum, een plaats (buiten Nederland) en overgenomen_van (verhaal, doorbraak, bron, toelichting) hebben; nagevolgd_in noemt per verhaal welke andere verhalen een van zijn doorbraken overnamen; contact (organisatie met openbaar webadres of algemeen telefoonnummer) en engels (Engelse titel en samenvatting) als het verhaal ze heeft.',
      'Nieuw in verhalen.csv, achteraan: overgenomen_van, nagevolgd_in, contact_organisatie, contact_url, contact_telefoon, titel_en en samenvatting_en. Bestaande kolommen zijn niet veranderd.',
    ],
  },
  {
    versie: '1.1.0',
    datum: '2026-11-29',
    wijzigingen: [
      'Doorbraken hebben een status (voorstel, proef, ingevoerd, effect-gemeten), een soort (id uit doorbraken.yaml), een bron en soms een gemeten effect.',
      'Een belemmering telt alleen als doorbroken door een doorbraak met status ingevoerd of effect-gemeten. Daarom tellen aantal_opgelost (verhalen.csv) en opgelost (belemmeringen.csv) voorstellen en proeven niet meer mee; vroeger deden ze dat wel.',
      'Nieuw in verhalen.csv: doelgroepen, aantal_doorbroken, aantal_in_proef, aantal_alleen_voorgesteld en aantal_zonder_oplossing. aantal_opgelost is gelijk aan aantal_doorbroken en verdwijnt in versie 2.',
      'Nieuw in belemmeringen.csv: stand (doorbroken, proef, voorstel of open) en statussen_doorbraak. soorten_doorbraak komt nu uit het veld soort van elke doorbraak in plaats van uit een afleiding van door.',
      'Nieuw in verhalen.json: doelgroepen; bronnen hebben een id en zo mogelijk auteurs, organisatie, datum, url, deel, pagina, dia en geciteerd_in (jaar is vervangen door datum); kostenposten en uitkomsten noemen hun bron; een bedrag dat de bron niet geeft is "onbekend".',
      'datum is de datum van de bron, zo precies als die bron zegt: JJJJ-MM-DD, JJJJ-MM of JJJJ.',
      'Een cel die met =, +, -, @, een tab of een regelterugloop begint, krijgt een apostrof ervoor, zodat een spreadsheet hem niet als formule uitvoert (OWASP, CSV injection).',
      'Drie verhalen hebben een nieuwe id, omdat de oude id een voornaam uit de bron bevatte terwijl het verhaal een schuilnaam gebruikt (privacy). Hun id is nu tienermoeder-schuld-houdt-haar-in-de-opvang, paspoort-lening-uit-buurtteamkas en gezin-van-168000-euro-per-jaar; de oude id\'s en hun pagina\'s bestaan niet meer.',
    ],
  },
  { versie: '1.0.0', datum: '2026-11-22', wijzigingen: ['Eerste versie van verhalen.json, verhalen.csv en belemmeringen.csv.'] },
];

export interface OpenDataContext {
  /** Absolute URL of a story page. */
  url(id: string): string;
  /** Municipality id -> name and CBS code (content/gemeenten.json). */
  gemeenten: ReadonlyMap<string, { naam: string; cbs: string }>;
  /** Barrier type id -> name (content/belemmeringen.yaml). */
  soorten: ReadonlyMap<string, string>;
  /** Rapporteur id -> name (content/rapporteurs.yaml); a new rapporteur's name is in the story itself. */
  rapporteurs: ReadonlyMap<string, string>;
}

export interface Veld {
  naam: string;
  uitleg: string;
}

/** Separator inside a CSV cell for lists of ids, numbers and keywords. */
export const LIJST = ';';
/** Separator inside a CSV cell for lists of free text (which may itself contain ";"). */
export const TEKSTLIJST = '\n';

// ---------------------------------------------------------------------------
// JSON
// ---------------------------------------------------------------------------

/** The fields of one story in verhalen.json, in order. */
export const VERHAAL_VELDEN: readonly Veld[] = [
  { naam: 'id', uitleg: 'Vaste sleutel van het verhaal: de bestandsnaam zonder .mdx. Ook het laatste deel van de url.' },
  { naam: 'url', uitleg: 'Adres van het verhaal op deze site.' },
  { naam: 'titel', uitleg: 'Korte, feitelijke titel.' },
  { naam: 'samenvatting', uitleg: 'Eén tot drie zinnen, hoogstens 280 tekens.' },
  { naam: 'datum', uitleg: 'Datum van de bron van het verhaal, zo precies als die bron zegt: JJJJ-MM-DD, JJJJ-MM of JJJJ.' },
  { naam: 'gemeenten', uitleg: 'Ids van de gemeenten waar het verhaal speelt (zie gemeenten hieronder). Leeg als de bron geen gemeente noemt.' },
  { naam: 'cbs', uitleg: 'CBS-codes van dezelfde gemeenten, in dezelfde volgorde (bijvoorbeeld GM0080), om te koppelen aan CBS-cijfers.' },
  { naam: 'wijk', uitleg: 'Naam van de wijk, als die bekend is.' },
  { naam: 'lab', uitleg: 'Id van het 3D-lab waar het verhaal bij hoort, als dat zo is.' },
  { naam: 'domeinen', uitleg: 'Domeinen: jeugd, zorg, werk, schulden, wonen, inkomen, onderwijs, veiligheid.' },
  { naam: 'doelgroepen', uitleg: 'Ids van de doelgroepen (content/doelgroepen.yaml): voor wie het verhaal vooral van belang is.' },
  { naam: 'tags', uitleg: 'Ids van 3D-tags.' },
  { naam: 'beloften', uitleg: 'Nummers (1 tot en met 10) van de Grote Beloften waar het verhaal over gaat.' },
  { naam: 'rapporteurs', uitleg: 'Ids van de rapporteurs die het verhaal schreven: uit content/rapporteurs.yaml, of voor een nieuwe rapporteur die zich in het verhaal noemt de naam in kleine letters met streepjes.' },
  { naam: 'rapporteurs_naam', uitleg: 'Namen van dezelfde rapporteurs, in dezelfde volgorde.' },
  { naam: 'belemmeringen', uitleg: 'Lijst van belemmeringen, elk met id (uniek binnen het verhaal), soort (id van een soort belemmering) en omschrijving.' },
  { naam: 'doorbraken', uitleg: 'Lijst van doorbraken, elk met omschrijving, lost_op (ids van belemmeringen uit hetzelfde verhaal), door (wie het deed; kan ontbreken), status (voorstel, proef, ingevoerd of effect-gemeten; alleen ingevoerd en effect-gemeten tellen als doorbroken), soort (id van een soort doorbraak), bron (id van een bron van het verhaal) en effect (het gemeten effect, als de bron dat meldt). Soms ook: id (uniek binnen het verhaal), datum (wanneer de doorbraak er kwam, zo precies als de bron zegt), plaats (waar, als dat buiten de gemeenten van het verhaal ligt, zoals een land) en overgenomen_van (verhaal en doorbraak waarvan de oplossing is overgenomen, de bron die dat zegt, en een toelichting).' },
  { naam: 'nagevolgd_in', uitleg: 'Welke andere verhalen een doorbraak van dit verhaal overnamen: per overname doorbraak (id in dit verhaal), verhaal (id van het verhaal dat overnam), url, doorbraak_daar (id van de doorbraak daar, als die er een heeft) en datum (wanneer, als de bron het zegt). Ontbreekt als niemand een doorbraak overnam.' },
  { naam: 'kosten', uitleg: 'Integrale kosten, als het verhaal die noemt: posten (omschrijving, bedrag in euro of "onbekend" als de bron geen bedrag geeft, per jaar/maand/eenmalig, betaler, scenario huidig of alternatief, bron) en toelichting.' },
  { naam: 'uitkomsten', uitleg: 'Gemeten uitkomsten: indicator, voor, na, eenheid en bron.' },
  { naam: 'privacy', uitleg: 'gepseudonimiseerd (altijd true) en toestemming (true of "n.v.t.").' },
  { naam: 'status', uitleg: 'Altijd "gepubliceerd": concepten staan niet in de open data.' },
  { naam: 'bronnen', uitleg: 'Bronnen, elk een citeerbare plek in een document: id, titel, en zo mogelijk auteurs, organisatie, datum, url, deel, pagina, dia en geciteerd_in.' },
  { naam: 'trefwoorden', uitleg: 'Extra zoekwoorden.' },
  { naam: 'contact', uitleg: 'Wie je kunt vragen hoe het er nu voor staat, als een bron het noemt: organisatie, url (openbaar webadres) en/of telefoon (algemeen nummer), en bron. Nooit een persoon.' },
  { naam: 'engels', uitleg: 'Engelse titel en samenvatting (titel, samenvatting), vertaald uit de Nederlandse, als het verhaal ze heeft.' },
];

/** One adoption of a breakthrough of this story, as verhalen.json lists it under nagevolgd_in. */
export interface NavolgingRecord {
  doorbraak: string;
  verhaal: string;
  url: string;
  doorbraak_daar?: string;
  datum?: string;
}

export interface VerhaalRecord extends Omit<Verhaal, 'privacy' | 'rapporteurs'> {
  id: string;
  url: string;
  cbs: string[];
  rapporteurs: string[];
  rapporteurs_naam: string[];
  privacy: Pick<Verhaal['privacy'], 'gepseudonimiseerd' | 'toestemming'>;
  nagevolgd_in?: NavolgingRecord[];
}

function cbsCodes(verhaal: VerhaalGegevens, ctx: OpenDataContext): string[] {
  return verhaal.data.gemeenten.map((g) => {
    const gemeente = ctx.gemeenten.get(g);
    if (!gemeente) throw new Error(`verhaal ${verhaal.id}: gemeente "${g}" staat niet in content/gemeenten.json`);
    return gemeente.cbs;
  });
}

function rapporteurNamen(verhaal: VerhaalGegevens, ctx: OpenDataContext): string[] {
  return verhaal.data.rapporteurs.map((r: RapporteurVerwijzing) => {
    if (typeof r !== 'string') return r.naam.trim();
    const naam = ctx.rapporteurs.get(r);
    if (!naam) throw new Error(`verhaal ${verhaal.id}: rapporteur "${r}" staat niet in content/rapporteurs.yaml`);
    return naam;
  });
}

/**
 * One story with all its structured fields. The privacy scan's reviewed exceptions
 * (privacy.vrijstellingen) are review notes, not data about the story, and are left out.
 */
export function verhaalRecord(verhaal: VerhaalGegevens, ctx: OpenDataContext, navolging?: Navolging): VerhaalRecord {
  const { privacy, ...rest } = verhaal.data;
  const record: Record<string, unknown> = {
    id: verhaal.id,
    url: ctx.url(verhaal.id),
    ...rest,
    cbs: cbsCodes(verhaal, ctx),
    rapporteurs: rest.rapporteurs.map(rapporteurId),
    rapporteurs_naam: rapporteurNamen(verhaal, ctx),
    privacy: { gepseudonimiseerd: privacy.gepseudonimiseerd, toestemming: privacy.toestemming },
  };
  const nagevolgd = navolging ? nagevolgdIn(verhaal, ctx, navolging) : [];
  if (nagevolgd.length) record.nagevolgd_in = nagevolgd;
  // Documented order; absent optional fields stay absent.
  const geordend = Object.fromEntries(VERHAAL_VELDEN.filter((v) => v.naam in record).map((v) => [v.naam, record[v.naam]]));
  const onbekend = Object.keys(record).filter((k) => !(k in geordend));
  if (onbekend.length) throw new Error(`veld(en) ${onbekend.join(', ')} ontbreken in VERHAAL_VELDEN; documenteer ze voor /data`);
  return geordend as unknown as VerhaalRecord;
}

export interface VerhalenJson {
  versie: string;
  titel: string;
  licentie: string;
  bron: string;
  schema: string;
  aantal: number;
  verhalen: VerhaalRecord[];
}

export function verhalenJson(
  verhalen: readonly VerhaalGegevens[],
  ctx: OpenDataContext,
  meta: { titel: string; licentie: string; bron: string; schema: string },
): VerhalenJson {
  const navolging = maakNavolging(verhalen);
  return { versie: OPEN_DATA_VERSIE, ...meta, aantal: verhalen.length, verhalen: verhalen.map((v) => verhaalRecord(v, ctx, navolging)) };
}

/** The adoptions of this story's breakthroughs by other stories (the other way of overgenomen_van). */
function nagevolgdIn(verhaal: VerhaalGegevens, ctx: OpenDataContext, navolging: Navolging): NavolgingRecord[] {
  return verhaal.data.doorbraken.flatMap((d, index) =>
    navolging.nagevolgdIn(verhaal.id, index).map((s) => ({
      doorbraak: d.id!,
      verhaal: s.verhaal.id,
      url: ctx.url(s.verhaal.id),
      ...(s.doorbraak.id ? { doorbraak_daar: s.doorbraak.id } : {}),
      ...(s.doorbraak.datum ? { datum: s.doorbraak.datum } : {}),
    })),
  );
}

// ---------------------------------------------------------------------------
// CSV
// ---------------------------------------------------------------------------

/** Collapses line breaks and runs of spaces, so free text fits on one line of a cell list. */
export function eenRegel(tekst: string): string {
  return tekst.replace(/\s+/g, ' ').trim();
}

function lijst(waarden: readonly (string | number)[], verhaal: string, veld: string): string {
  for (const w of waarden) {
    if (String(w).includes(LIJST)) {
      throw new Error(`verhaal ${verhaal}, ${veld}: "${w}" bevat een puntkomma; die scheidt waarden in de CSV. Haal de puntkomma weg.`);
    }
  }
  return waarden.join(LIJST);
}

export const VERHALEN_KOLOMMEN: readonly Veld[] = [
  { naam: 'id', uitleg: 'Vaste sleutel van het verhaal.' },
  { naam: 'url', uitleg: 'Adres van het verhaal op deze site.' },
  { naam: 'titel', uitleg: 'Titel.' },
  { naam: 'samenvatting', uitleg: 'Samenvatting.' },
  { naam: 'datum', uitleg: 'Datum van de bron: JJJJ-MM-DD, JJJJ-MM of JJJJ.' },
  { naam: 'gemeenten', uitleg: 'Ids van de gemeenten, gescheiden door ";".' },
  { naam: 'gemeenten_cbs', uitleg: 'CBS-codes van dezelfde gemeenten, gescheiden door ";".' },
  { naam: 'gemeenten_naam', uitleg: 'Namen van dezelfde gemeenten, gescheiden door ";".' },
  { naam: 'wijk', uitleg: 'Wijk, of leeg.' },
  { naam: 'lab', uitleg: 'Id van het 3D-lab, of leeg.' },
  { naam: 'domeinen', uitleg: 'Domeinen, gescheiden door ";".' },
  { naam: 'doelgroepen', uitleg: 'Ids van doelgroepen, gescheiden door ";".' },
  { naam: 'tags', uitleg: 'Ids van tags, gescheiden door ";".' },
  { naam: 'beloften', uitleg: 'Nummers van de Grote Beloften, gescheiden door ";".' },
  { naam: 'rapporteurs', uitleg: 'Ids van rapporteurs, gescheiden door ";".' },
  { naam: 'belemmeringen', uitleg: 'Ids van de belemmeringen in het verhaal, gescheiden door ";". Details staan in belemmeringen.csv.' },
  { naam: 'soorten_belemmering', uitleg: 'De soorten van die belemmeringen (elk één keer), gescheiden door ";".' },
  { naam: 'aantal_belemmeringen', uitleg: 'Aantal belemmeringen.' },
  { naam: 'aantal_opgelost', uitleg: 'Verouderd (verdwijnt in versie 2): gelijk aan aantal_doorbroken.' },
  { naam: 'aantal_doorbroken', uitleg: 'Aantal belemmeringen dat een doorbraak met status ingevoerd of effect-gemeten doorbrak.' },
  { naam: 'aantal_in_proef', uitleg: 'Aantal belemmeringen waarvoor alleen een proef loopt.' },
  { naam: 'aantal_alleen_voorgesteld', uitleg: 'Aantal belemmeringen waarvoor alleen voorstellen bestaan.' },
  { naam: 'aantal_zonder_oplossing', uitleg: 'Aantal belemmeringen zonder doorbraak.' },
  { naam: 'aantal_doorbraken', uitleg: 'Aantal doorbraken, van elke status.' },
  { naam: 'trefwoorden', uitleg: 'Extra zoekwoorden, gescheiden door ";".' },
  { naam: 'overgenomen_van', uitleg: 'Ids van de verhalen waaruit een doorbraak van dit verhaal is overgenomen, gescheiden door ";". Details in navolging.csv.' },
  { naam: 'nagevolgd_in', uitleg: 'Ids van de verhalen die een doorbraak van dit verhaal overnamen, gescheiden door ";".' },
  { naam: 'contact_organisatie', uitleg: 'Organisatie die je kunt vragen hoe het er nu voor staat, of leeg.' },
  { naam: 'contact_url', uitleg: 'Openbaar webadres van die organisatie, of leeg.' },
  { naam: 'contact_telefoon', uitleg: 'Algemeen telefoonnummer van die organisatie, of leeg.' },
  { naam: 'titel_en', uitleg: 'Titel in het Engels, of leeg.' },
  { naam: 'samenvatting_en', uitleg: 'Samenvatting in het Engels, of leeg.' },
  { naam: 'rapporteurs_naam', uitleg: 'Namen van de rapporteurs uit de kolom rapporteurs, in dezelfde volgorde, gescheiden door ";".' },
];

export function verhalenRijen(verhalen: readonly VerhaalGegevens[], ctx: OpenDataContext): Record<string, string>[] {
  const navolging = maakNavolging(verhalen);
  return verhalen.map((v) => {
    const d = v.data;
    const t = tel([d]);
    const l = (waarden: readonly (string | number)[], veld: string) => lijst(waarden, v.id, veld);
    return {
      id: v.id,
      url: ctx.url(v.id),
      titel: d.titel,
      samenvatting: eenRegel(d.samenvatting),
      datum: d.datum,
      gemeenten: l(d.gemeenten, 'gemeenten'),
      gemeenten_cbs: l(cbsCodes(v, ctx), 'gemeenten'),
      gemeenten_naam: l(d.gemeenten.map((g) => ctx.gemeenten.get(g)!.naam), 'gemeenten'),
      wijk: d.wijk ?? '',
      lab: d.lab ?? '',
      domeinen: l(d.domeinen, 'domeinen'),
      doelgroepen: l(d.doelgroepen, 'doelgroepen'),
      tags: l(d.tags, 'tags'),
      beloften: l(d.beloften, 'beloften'),
      rapporteurs: l(d.rapporteurs.map(rapporteurId), 'rapporteurs'),
      belemmeringen: l(d.belemmeringen.map((b) => b.id), 'belemmeringen'),
      soorten_belemmering: l(uniek(d.belemmeringen.map((b) => b.soort)), 'belemmeringen'),
      aantal_belemmeringen: String(d.belemmeringen.length),
      aantal_opgelost: String(t.doorbroken),
      aantal_doorbroken: String(t.doorbroken),
      aantal_in_proef: String(t.proef),
      aantal_alleen_voorgesteld: String(t.voorstel),
      aantal_zonder_oplossing: String(t.open),
      aantal_doorbraken: String(d.doorbraken.length),
      trefwoorden: l(d.trefwoorden ?? [], 'trefwoorden'),
      overgenomen_van: uniek(d.doorbraken.flatMap((_, i) => navolging.overgenomenVan(v.id, i)?.verhaal.id ?? [])).join(LIJST),
      nagevolgd_in: uniek(d.doorbraken.flatMap((_, i) => navolging.nagevolgdIn(v.id, i).map((s) => s.verhaal.id))).join(LIJST),
      contact_organisatie: d.contact ? eenRegel(d.contact.organisatie) : '',
      contact_url: d.contact?.url ?? '',
      contact_telefoon: d.contact?.telefoon ?? '',
      titel_en: d.engels ? eenRegel(d.engels.titel) : '',
      samenvatting_en: d.engels ? eenRegel(d.engels.samenvatting) : '',
      rapporteurs_naam: l(rapporteurNamen(v, ctx), 'rapporteurs'),
    };
  });
}

export const BELEMMERINGEN_KOLOMMEN: readonly Veld[] = [
  { naam: 'verhaal', uitleg: 'Id van het verhaal.' },
  { naam: 'verhaal_url', uitleg: 'Adres van het verhaal.' },
  { naam: 'belemmering', uitleg: 'Id van de belemmering, uniek binnen het verhaal.' },
  { naam: 'soort', uitleg: 'Id van de soort belemmering.' },
  { naam: 'soort_naam', uitleg: 'Naam van de soort belemmering.' },
  { naam: 'omschrijving', uitleg: 'Wat er vastliep, en waarom.' },
  { naam: 'datum', uitleg: 'Datum van het verhaal.' },
  { naam: 'gemeenten', uitleg: 'Ids van de gemeenten van het verhaal, gescheiden door ";".' },
  { naam: 'gemeenten_cbs', uitleg: 'CBS-codes van die gemeenten, gescheiden door ";".' },
  { naam: 'stand', uitleg: 'doorbroken (een doorbraak met status ingevoerd of effect-gemeten), proef (alleen een proef), voorstel (alleen voorstellen) of open (geen doorbraak).' },
  { naam: 'opgelost', uitleg: '"ja" als de stand doorbroken is, anders "nee". Voorstellen en proeven tellen niet mee.' },
  { naam: 'aantal_doorbraken', uitleg: 'Aantal doorbraken dat deze belemmering noemt, van elke status.' },
  { naam: 'doorbraken', uitleg: 'Omschrijvingen van die doorbraken, elk op een eigen regel binnen de cel.' },
  { naam: 'doorbraken_door', uitleg: 'Wie elke doorbraak tot stand bracht, op een eigen regel in dezelfde volgorde (leeg als het verhaal dat niet noemt).' },
  { naam: 'statussen_doorbraak', uitleg: 'Status van elke doorbraak (voorstel, proef, ingevoerd, effect-gemeten), in dezelfde volgorde, gescheiden door ";".' },
  { naam: 'soorten_doorbraak', uitleg: 'Soort van elke doorbraak (id uit doorbraken.yaml), in dezelfde volgorde, gescheiden door ";".' },
];

export function belemmeringenRijen(verhalen: readonly VerhaalGegevens[], ctx: OpenDataContext): Record<string, string>[] {
  return verhalen.flatMap((v) => {
    const d = v.data;
    const gemeenten = lijst(d.gemeenten, v.id, 'gemeenten');
    const cbs = lijst(cbsCodes(v, ctx), v.id, 'gemeenten');
    return d.belemmeringen.map((b) => {
      const soortNaam = ctx.soorten.get(b.soort);
      if (!soortNaam) throw new Error(`verhaal ${v.id}: soort belemmering "${b.soort}" staat niet in content/belemmeringen.yaml`);
      const doorbraken = d.doorbraken.filter((x) => x.lost_op.includes(b.id));
      const stand = standVan(doorbraken);
      return {
        verhaal: v.id,
        verhaal_url: ctx.url(v.id),
        belemmering: b.id,
        soort: b.soort,
        soort_naam: soortNaam,
        omschrijving: eenRegel(b.omschrijving),
        datum: d.datum,
        gemeenten,
        gemeenten_cbs: cbs,
        stand,
        opgelost: stand === 'doorbroken' ? 'ja' : 'nee',
        aantal_doorbraken: String(doorbraken.length),
        doorbraken: doorbraken.map((x) => eenRegel(x.omschrijving)).join(TEKSTLIJST),
        doorbraken_door: doorbraken.map((x) => eenRegel(x.door ?? '')).join(TEKSTLIJST),
        statussen_doorbraak: doorbraken.map((x) => x.status).join(LIJST),
        soorten_doorbraak: doorbraken.map((x) => x.soort).join(LIJST),
      };
    });
  });
}

/**
 * A cell that a spreadsheet would run as a formula (=, +, -, @, tab, carriage return at the start) gets
 * an apostrophe in front, as the OWASP guidance on CSV injection says. The apostrophe is visible in a
 * text editor; a spreadsheet shows the text as it was.
 */
export function veiligeCel(waarde: string): string {
  return /^[=+\-@\t\r]/.test(waarde) ? `'${waarde}` : waarde;
}

/** RFC 4180 CSV (comma, double quotes, CRLF) with a header row, UTF-8 with BOM so spreadsheets read accents. */
export function naarCsv(rijen: readonly Record<string, string>[], kolommen: readonly Veld[]): string {
  const veilig = rijen.map((r) => Object.fromEntries(Object.entries(r).map(([k, v]) => [k, veiligeCel(v)])));
  return stringify(veilig, {
    header: true,
    columns: kolommen.map((k) => k.naam),
    bom: true,
    record_delimiter: 'windows',
    // csv-stringify quotes a cell only when it holds the record delimiter itself (CRLF); a bare line break
    // (from a YAML block) would then end the row in Excel, LibreOffice and Python's csv.
    quoted_match: /[\r\n]/,
  });
}

export function verhalenCsv(verhalen: readonly VerhaalGegevens[], ctx: OpenDataContext): string {
  return naarCsv(verhalenRijen(verhalen, ctx), VERHALEN_KOLOMMEN);
}

export function belemmeringenCsv(verhalen: readonly VerhaalGegevens[], ctx: OpenDataContext): string {
  return naarCsv(belemmeringenRijen(verhalen, ctx), BELEMMERINGEN_KOLOMMEN);
}
