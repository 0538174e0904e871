/**
 * Synthetic stories and labs for the benchmark. Pure: takes the taxonomy ids and returns
 * file contents; scripts/bench.ts writes them into .bench/, never into content/.
 *
 * Every gemeente, tag, soort belemmering and belofte is used once N >= 342 (gemeente i % 342
 * goes into story i), and the stories vary the way real ones do: body length 150-1,500 words,
 * GFM tables in some, 1-4 barriers, breakthroughs pointing to them, costs in ~40%.
 */
import { stringify } from 'yaml';
import { DOMEINEN, DOORBRAAK_STATUSSEN, PERIODES, SAMENVATTING_MAX } from '../../src/schema/index.ts';
import { slugify } from '../../src/lib/slug.ts';
import { hoofdletter, KOPPEN, Schrijver, telWoorden, Toeval, WIJKEN } from './tekst.ts';

export interface Taxonomie {
  gemeenten: readonly { id: string; naam: string }[];
  tags: readonly string[];
  beloften: readonly number[];
  soorten: readonly string[];
  soortenDoorbraak: readonly string[];
  doelgroepen: readonly string[];
  rapporteurs: readonly string[];
}

export interface GegenereerdBestand {
  id: string;
  /** Full MDX source: frontmatter and body. */
  bron: string;
}

export interface GegenereerdVerhaal extends GegenereerdBestand {
  woorden: number;
  tabel: boolean;
  /** Names of the text components in the body (one story in five has some). */
  componenten: string[];
}

/** One story in five uses text components, as the issue that introduced them expects of real stories. */
export const COMPONENTEN_ELKE = 5;

export const MIN_WOORDEN = 150;
export const MAX_WOORDEN = 1500;

/** A few labs: about one per 250 stories, at least 3 and at most 20. */
export function aantalLabs(n: number): number {
  return Math.min(20, Math.max(3, Math.ceil(n / 250)));
}

const BETALERS = [
  'Gemeente (Wmo)', 'Gemeente (Participatiewet)', 'Gemeente (jeugdhulp)', 'Gemeente (schuldhulpverlening)',
  'Gemeente (opvang)', 'Zorgverzekeraar', 'Woningcorporatie', 'Rijk (UWV)', 'Rijk (Belastingdienst)', 'Werkgever',
] as const;

const INDICATOREN = [
  ['Wachttijd tot eerste gesprek', 'dagen'], ['Aantal hulpverleners per gezin', 'personen'],
  ['Huurachterstand', 'euro'], ['Schoolverzuim', 'dagen per jaar'], ['Uitkeringsduur', 'maanden'],
  ['Aantal formulieren', 'stuks'], ['Kosten per huishouden', 'euro per jaar'],
] as const;

/** Body length: skewed towards shorter stories, as real ones are (median ~550 words). */
function doelWoorden(t: Toeval): number {
  // Margins leave room for the last block (a table or list can overshoot the target).
  return Math.round(MIN_WOORDEN + 10 + (MAX_WOORDEN - MIN_WOORDEN - 160) * t.r() ** 1.6);
}

function tabel(t: Toeval, s: Schrijver): string {
  const soort = t.getal(0, 1);
  if (soort === 0) {
    const rijen = Array.from({ length: t.getal(2, 5) }, () => `| ${hoofdletter(s.zelfstandig())} | ${s.bedrag()} | ${t.kies(BETALERS)} |`);
    return ['| Post | Bedrag | Wie betaalt |', '| --- | ---: | --- |', ...rijen].join('\n');
  }
  const rijen = Array.from({ length: t.getal(3, 6) }, () => `| ${hoofdletter(s.frase())} | ${hoofdletter(s.zinsdeel())} | ${hoofdletter(s.zinsdeel())} |`);
  return ['| Probleem nu | Belofte | Aanpak |', '| --- | --- | --- |', ...rijen].join('\n');
}

function lichaam(t: Toeval, s: Schrijver, metTabel: boolean): { tekst: string; woorden: number } {
  const doel = doelWoorden(t);
  const koppen = t.enkele(KOPPEN, KOPPEN.length);
  const blokken: string[] = [];
  let woorden = 0;
  const voegToe = (blok: string) => {
    blokken.push(blok);
    woorden += telWoorden(blok);
  };
  voegToe(s.zinnen(Math.min(60, Math.max(25, doel / 6))));
  let tabelGezet = !metTabel;
  while (woorden < doel) {
    if (koppen.length && t.kans(0.45)) voegToe(`## ${koppen.pop()}`);
    if (!tabelGezet && woorden > doel / 3) {
      voegToe(tabel(t, s));
      tabelGezet = true;
      continue;
    }
    if (t.kans(0.12)) {
      voegToe(Array.from({ length: t.getal(2, 5) }, () => `- ${hoofdletter(s.zinsdeel())}: ${s.zin()}`).join('\n'));
      continue;
    }
    voegToe(s.zinnen(Math.min(doel - woorden + 5, t.getal(35, 110))));
  }
  if (!tabelGezet) voegToe(tabel(t, s));
  return { tekst: blokken.join('\n\n'), woorden };
}

/**
 * Text components between the blocks of a body: always a key figure, often a quote, sometimes a
 * timeline or a box, as real stories would use them. Draws from its own Toeval, so the rest of the
 * story is the same as without components.
 */
function metComponenten(tekst: string, t: Toeval, s: Schrijver): { tekst: string; woorden: number; namen: string[] } {
  const blokken = tekst.split('\n\n');
  const nieuw: string[] = [];
  const namen = ['Kerngetal'];
  const zin = () => s.zin().replaceAll('**', '').replaceAll('"', '');
  nieuw.push(`<Kerngetal waarde="${t.kies(['-50%', '-60%', '€ 3,3 miljoen', '70 tot 80%', '25', '€ 12.000'])}" label="${s.zinsdeel()}" bron="bron-1" />`);
  if (t.kans(0.6)) {
    namen.push('Citaat');
    nieuw.push(`<Citaat wie="${t.kies(['een wijkcoach', 'een bewoner', 'de wethouder', 'een schuldhulpverlener'])}" bron="bron-1">\n"${zin()}"\n</Citaat>`);
  }
  if (t.kans(0.4)) {
    namen.push('Tijdlijn', 'Moment');
    const jaren = t.enkele([2008, 2010, 2011, 2013, 2014, 2015, 2017, 2019], t.getal(2, 4)).sort((a, b) => a - b);
    nieuw.push(['<Tijdlijn>', ...jaren.map((j) => `<Moment datum="${j}">${zin()}</Moment>`), '</Tijdlijn>'].join('\n'));
  }
  if (t.kans(0.3)) {
    namen.push('Kader');
    nieuw.push(`<Kader titel="Wat zegt de wet">\n${s.zinnen(t.getal(20, 50)).replaceAll('"', '')}\n</Kader>`);
  }
  // Each after a block of its own, never right after a heading line.
  for (const blok of nieuw) {
    const kandidaten = blokken.map((b, i) => i).filter((i) => !blokken[i]!.startsWith('#'));
    blokken.splice(t.kies(kandidaten) + 1, 0, blok);
  }
  return { tekst: blokken.join('\n\n'), woorden: nieuw.reduce((n, b) => n + telWoorden(b), 0), namen };
}

function samenvatting(s: Schrijver): string {
  let tekst = `${s.zin()} ${s.zin()}`.replaceAll('**', '');
  while (tekst.length > SAMENVATTING_MAX) tekst = tekst.replace(/\s+\S+$/, '');
  return /[.?]$/.test(tekst) ? tekst : `${tekst.replace(/[,\s*]+$/, '')}.`;
}

function datum(t: Toeval): string {
  const jaar = t.getal(2015, 2025);
  const maand = t.getal(1, 12);
  const dag = t.getal(1, 28);
  return `${jaar}-${String(maand).padStart(2, '0')}-${String(dag).padStart(2, '0')}`;
}

function mdx(frontmatter: Record<string, unknown>, body: string): string {
  return `---\n${stringify(frontmatter, { lineWidth: 0 })}---\n\n${body}\n`;
}

/** `n` synthetic labs; their ids are what stories may put in `lab`. */
export function genereerLabs(aantal: number, tax: Taxonomie, seed = 7): GegenereerdBestand[] {
  const t = new Toeval(seed);
  const s = new Schrijver(t, tax.gemeenten.map((g) => g.naam));
  return Array.from({ length: aantal }, (_, i) => {
    const thema = s.frase();
    const id = `lab-${String(i + 1).padStart(2, '0')}-${slugify(thema)}`;
    const body = Array.from({ length: 3 }, () => `## ${t.kies(KOPPEN)}\n\n${s.alinea()}`).join('\n\n');
    return {
      id,
      bron: mdx(
        {
          titel: `Lab ${thema}`,
          samenvatting: samenvatting(s),
          datum: datum(t),
          labvraag: `${s.zin().replaceAll('**', '').replace(/[.?]$/, '')}?`,
          gemeenten: t.enkele(tax.gemeenten, t.getal(1, 4)).map((g) => g.id),
          rapporteurs: t.enkele(tax.rapporteurs, t.getal(1, 2)),
          tags: t.enkele(tax.tags, t.getal(2, 4)),
          beloften: t.enkele(tax.beloften, t.getal(1, 3)).sort((a, b) => a - b),
          status: 'gepubliceerd',
          soort: 'thema',
          bronnen: [{ id: 'bron-1', titel: `Verslag van lab ${i + 1}` }],
        },
        body,
      ),
    };
  });
}

/**
 * Adoption between stories, as real stories record it: every `OVERNAME_STAP`-th story's first breakthrough
 * has an id, and takes over the breakthrough of the story `OVERNAME_STAP` before it, in chains of
 * `OVERNAME_KETEN` stories (at 10,000 stories: 100 chains of 4), when both stories have a breakthrough.
 */
export const OVERNAME_STAP = 25;
export const OVERNAME_KETEN = 4;
const OVERNAME_ID = 'd1';

/** Whether story `i` starts or continues a chain (its first breakthrough gets an id). */
const inKeten = (i: number) => i % OVERNAME_STAP === 0;
/** The story whose breakthrough story `i` may take over, if any. */
export function overnameVan(i: number): number | undefined {
  return inKeten(i) && (i / OVERNAME_STAP) % OVERNAME_KETEN !== 0 ? i - OVERNAME_STAP : undefined;
}

/** Story `i` of a run (0-based). Deterministic in (i, seed). */
export function genereerVerhaal(i: number, tax: Taxonomie, labs: readonly string[], seed = 1): GegenereerdVerhaal {
  const { doorbraken: _, ...verhaal } = genereer(i, tax, labs, seed, true);
  return verhaal;
}

function genereer(i: number, tax: Taxonomie, labs: readonly string[], seed: number, metOvername: boolean): GegenereerdVerhaal & { doorbraken: number } {
  const t = new Toeval(seed * 1_000_003 + i);
  const plaatsen = tax.gemeenten.map((g) => g.naam);
  const s = new Schrijver(t, plaatsen);

  const hoofdgemeente = tax.gemeenten[i % tax.gemeenten.length]!;
  const gemeenten = i >= tax.gemeenten.length && t.kans(0.03) ? [] : [hoofdgemeente.id];
  if (gemeenten.length && t.kans(0.15)) {
    const extra = t.kies(tax.gemeenten).id;
    if (!gemeenten.includes(extra)) gemeenten.push(extra);
  }
  const tags = [tax.tags[i % tax.tags.length]!, ...t.enkele(tax.tags, t.getal(1, 3))].filter((v, j, a) => a.indexOf(v) === j);
  const beloften = [tax.beloften[i % tax.beloften.length]!, ...t.enkele(tax.beloften, t.getal(0, 2))]
    .filter((v, j, a) => a.indexOf(v) === j)
    .sort((a, b) => a - b);

  const belemmeringen = Array.from({ length: t.getal(1, 4) }, (_, j) => ({
    id: `${slugify(s.frase())}-${j + 1}`,
    soort: j === 0 ? tax.soorten[i % tax.soorten.length]! : t.kies(tax.soorten),
    omschrijving: s.zinnen(t.getal(15, 50)).replaceAll('**', ''),
  }));
  const doorbraken = belemmeringen
    .filter(() => t.kans(0.7))
    .map((b, k) => {
      const anders = belemmeringen.filter((x) => x.id !== b.id);
      const lost_op = anders.length && t.kans(0.2) ? [b.id, t.kies(anders).id] : [b.id];
      // Fields added after the text was fixed take no draws, so the same seed gives the same stories.
      const status = DOORBRAAK_STATUSSEN[(i + k) % DOORBRAAK_STATUSSEN.length]!;
      return {
        omschrijving: s.zinnen(t.getal(15, 45)).replaceAll('**', ''),
        lost_op,
        ...(t.kans(0.6) ? { door: hoofdletter(s.zinsdeel()) } : {}),
        status,
        soort: tax.soortenDoorbraak[(i + k) % tax.soortenDoorbraak.length]!,
        bron: 'bron-1',
        ...(status === 'effect-gemeten' ? { effect: 'Zie de uitkomsten in de bron.' } : {}),
      };
    });

  // Adoption takes no draws, so the same seed gives the same text as before it was added.
  const eerste = doorbraken[0] as Record<string, unknown> | undefined;
  if (eerste && inKeten(i)) {
    const van = metOvername ? overnameVan(i) : undefined;
    const metId: Record<string, unknown> = { id: OVERNAME_ID, ...eerste };
    // The story taken from is generated once more (1 in 25 stories), for its id and whether it has a breakthrough.
    const doel = van === undefined ? undefined : genereer(van, tax, labs, seed, false);
    if (doel && doel.doorbraken > 0) metId.overgenomen_van = { verhaal: doel.id, doorbraak: OVERNAME_ID, bron: 'bron-1' };
    doorbraken[0] = metId as (typeof doorbraken)[number];
  }

  const frontmatter: Record<string, unknown> = {
    titel: `${hoofdgemeente.naam}: ${s.frase()} ${t.kies(['doorbroken', 'geregeld', 'vast', 'in een week', 'zonder formulier', 'via de wijk'])}`,
    samenvatting: samenvatting(s),
    datum: datum(t),
    gemeenten,
  };
  if (t.kans(0.4)) frontmatter.wijk = t.kies(WIJKEN);
  if (labs.length && t.kans(0.15)) frontmatter.lab = t.kies(labs);
  Object.assign(frontmatter, {
    domeinen: t.enkele(DOMEINEN, t.getal(1, 3)),
    doelgroepen: [tax.doelgroepen[i % tax.doelgroepen.length]!],
    tags,
    beloften,
    rapporteurs: t.enkele(tax.rapporteurs, t.getal(1, 2)),
    belemmeringen,
    doorbraken,
  });
  if (t.kans(0.4)) {
    const posten = Array.from({ length: t.getal(2, 5) }, (_, j) => ({
      omschrijving: hoofdletter(s.zinsdeel()),
      bedrag: t.kies([300, 1200, 2500, 4800, 9000, 12000, 18500, 35000, 60000, 85000]),
      per: t.kies(PERIODES),
      betaler: t.kies(BETALERS),
      scenario: j % 2 === 0 ? 'huidig' : 'alternatief',
      bron: 'bron-1',
    }));
    frontmatter.kosten = t.kans(0.5) ? { posten, toelichting: s.zinnen(20).replaceAll('**', '') } : { posten };
  }
  if (t.kans(0.25)) {
    frontmatter.uitkomsten = t.enkele(INDICATOREN, t.getal(1, 3)).map(([indicator, eenheid]) => {
      const voor = t.getal(10, 400);
      return { indicator, voor, na: Math.round(voor * (0.2 + t.r() * 0.7)), eenheid, bron: 'bron-1' };
    });
  }
  frontmatter.privacy = { gepseudonimiseerd: true, toestemming: t.kans(0.5) ? true : 'n.v.t.' };
  frontmatter.status = 'gepubliceerd';
  frontmatter.bronnen = t.kans(0.3)
    ? [{ id: 'bron-1', titel: hoofdletter(s.frase()), datum: String(t.getal(2014, 2025)), ...(t.kans(0.5) ? { url: `https://example.org/rapport-${i}` } : {}) }]
    : [{ id: 'bron-1', titel: `Verslag van de rapporteur, verhaal ${i + 1}` }];
  if (t.kans(0.5)) frontmatter.trefwoorden = Array.from({ length: t.getal(2, 5) }, () => s.zelfstandig());

  const metTabel = t.kans(0.2);
  const gewoon = lichaam(t, s, metTabel);
  const id = `${String(i + 1).padStart(5, '0')}-${slugify(`${hoofdgemeente.naam} ${s.frase()}`)}`;
  if (i % COMPONENTEN_ELKE !== 2) return { id, bron: mdx(frontmatter, gewoon.tekst), woorden: gewoon.woorden, tabel: metTabel, doorbraken: doorbraken.length, componenten: [] };
  const t2 = new Toeval(seed * 7_000_003 + i);
  const met = metComponenten(gewoon.tekst, t2, new Schrijver(t2, plaatsen));
  return { id, bron: mdx(frontmatter, met.tekst), woorden: gewoon.woorden + met.woorden, tabel: metTabel, doorbraken: doorbraken.length, componenten: met.namen };
}


export function genereerVerhalen(n: number, tax: Taxonomie, labs: readonly string[], seed = 1): GegenereerdVerhaal[] {
  return Array.from({ length: n }, (_, i) => genereerVerhaal(i, tax, labs, seed));
}
