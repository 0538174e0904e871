/**
 * The fixture site as its files say, read with plain YAML and fs: the expected values of the tests
 * in this folder. Deliberately no code from src/ (schema, loaders, overview functions), so that a
 * test compares the built site with the content, not the site's code with itself.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { inject } from 'vitest';
import { parse } from 'yaml';

export interface Belemmering {
  id: string;
  soort: string;
  omschrijving: string;
}
export interface Doorbraak {
  omschrijving: string;
  lost_op: string[];
  door?: string;
  status: string;
  soort: string;
  bron: string;
}
/** Frontmatter of a story or lab as written; optional lists may be missing. */
export interface Frontmatter {
  titel: string;
  samenvatting: string;
  datum: string;
  status: string;
  gemeenten?: string[];
  wijk?: string;
  lab?: string;
  domeinen?: string[];
  doelgroepen: string[];
  tags?: string[];
  beloften?: number[];
  /** Ids from rapporteurs.yaml, or a new rapporteur named in the story. */
  rapporteurs: (string | NieuweRapporteur)[];
  belemmeringen?: Belemmering[];
  doorbraken?: Doorbraak[];
  uitkomsten?: unknown[];
  kosten?: { posten: unknown[] };
  bronnen?: unknown[];
  trefwoorden?: string[];
}
export interface NieuweRapporteur {
  naam: string;
  organisatie?: string;
}
export interface Bestand {
  id: string;
  data: Frontmatter;
  /** The text after the frontmatter. */
  tekst: string;
}
export interface Taxonomie {
  id: string;
  naam: string;
}

/** Root of the fixture copy that the global setup built (content/ and dist/). */
export const fixtureDir = (): string => inject('fixtureDir');

/** A built page of the fixture site, e.g. pagina('verhalen/pagina/2') reads dist/verhalen/pagina/2/index.html. */
export const pagina = (pad: string): string => readFileSync(join(fixtureDir(), 'dist', pad, 'index.html'), 'utf8');

function deel(id: string, bron: string): Bestand {
  const [, kop, ...rest] = bron.split(/^---$/m);
  const data = parse(kop!) as Frontmatter;
  // Dates are as precise as their source ("2014", "2014-11"); YAML reads an unquoted year as a number.
  return { id, data: { ...data, datum: String(data.datum) }, tekst: rest.join('---') };
}

function lees(map: 'verhalen' | 'labs'): Bestand[] {
  const dir = join(fixtureDir(), 'content', map);
  return readdirSync(dir)
    .filter((f) => f.endsWith('.mdx') && !f.startsWith('_'))
    .sort()
    .map((f) => deel(f.replace(/\.mdx$/, ''), readFileSync(join(dir, f), 'utf8')));
}

const taxonomie = <T = Taxonomie>(bestand: string): T[] => parse(readFileSync(join(fixtureDir(), 'content', bestand), 'utf8')) as T[];

/** Newest first; the fixture gives no two stories the same date. */
const nieuwsteEerst = (a: Bestand, b: Bestand) => b.data.datum.localeCompare(a.data.datum);

export function leesFixture() {
  const alleVerhalen = lees('verhalen');
  const alleLabs = lees('labs');
  const verhalen = alleVerhalen.filter((v) => v.data.status === 'gepubliceerd').sort(nieuwsteEerst);
  const labs = alleLabs.filter((l) => l.data.status === 'gepubliceerd');
  return {
    /** Published stories, newest first. */
    verhalen,
    /** Stories that must never be published. */
    concepten: alleVerhalen.filter((v) => v.data.status !== 'gepubliceerd'),
    labs,
    gemeenten: JSON.parse(readFileSync(join(fixtureDir(), 'content/gemeenten.json'), 'utf8')) as (Taxonomie & { cbs: string; provincie: string })[],
    soorten: taxonomie('belemmeringen.yaml'),
    soortenDoorbraak: taxonomie('doorbraken.yaml'),
    beloften: taxonomie<Taxonomie & { nummer: number }>('beloften.yaml'),
    tags: taxonomie('tags.yaml'),
    doelgroepen: taxonomie<Taxonomie & { zoekwoorden?: string[] }>('doelgroepen.yaml'),
    rapporteurs: taxonomie('rapporteurs.yaml'),
    gemeenteAliassen: taxonomie<{ gemeente: string; namen: string[] }>('gemeente-aliassen.yaml'),
  };
}

/** How far a barrier got (the trust contract, notes/contract-vertrouwen.md), from its breakthroughs. */
export type Stand = 'doorbroken' | 'proef' | 'voorstel' | 'open';

/**
 * The contract's rule, written here apart from src/lib/stand.ts: a barrier is broken only when a
 * breakthrough that names it in lost_op has status ingevoerd or effect-gemeten; otherwise a trial
 * beats a proposal; without any breakthrough it is open.
 */
export function stand(v: Frontmatter, belemmering: string): Stand {
  const statussen = (v.doorbraken ?? []).filter((d) => d.lost_op.includes(belemmering)).map((d) => d.status);
  if (statussen.includes('ingevoerd') || statussen.includes('effect-gemeten')) return 'doorbroken';
  if (statussen.includes('proef')) return 'proef';
  return statussen.length ? 'voorstel' : 'open';
}

/**
 * The ids new rapporteurs get on the site (their page and open data), written out by hand for the names
 * the fixture uses: the slug of the name, as CONTRIBUTING says. A new name in the fixture must be added here.
 */
const NIEUWE_RAPPORTEURS: Record<string, string> = { 'Sanne Verhoeven': 'sanne-verhoeven', 'Lotte Visser': 'lotte-visser' };

/** A story's rapporteurs as id and name: listed ones from rapporteurs.yaml, new ones from the story. */
export function rapporteursVan(v: Frontmatter, lijst: readonly Taxonomie[]): { id: string; naam: string; organisatie?: string }[] {
  return v.rapporteurs.map((r) => {
    if (typeof r !== 'string') {
      const id = NIEUWE_RAPPORTEURS[r.naam];
      if (!id) throw new Error(`fixture: zet "${r.naam}" met het verwachte id in NIEUWE_RAPPORTEURS (tests/e2e/fixture.ts)`);
      return { id, naam: r.naam, organisatie: r.organisatie };
    }
    const gevonden = lijst.find((x) => x.id === r);
    if (!gevonden) throw new Error(`fixture: rapporteur "${r}" staat niet in rapporteurs.yaml`);
    return { id: r, naam: gevonden.naam };
  });
}

export const telAls = <T>(lijst: readonly T[], voorwaarde: (x: T) => boolean): number => lijst.filter(voorwaarde).length;

/** A text component as a fixture text writes it. */
export interface Onderdeel {
  naam: string;
  attributen: Record<string, string>;
  /** The text up to its closing tag; '' for a self-closing one. */
  inhoud: string;
}

/**
 * The text components of a fixture text, in order, read with regular expressions (not the site's MDX
 * parser): enough for the fixtures, which write each attribute as naam="tekst".
 */
export function onderdelen(tekst: string): Onderdeel[] {
  return [...tekst.matchAll(/<(Citaat|Kerngetal|Tijdlijn|Moment|Kader)\b([^>]*?)(\/?)>/g)].map((m) => {
    const naam = m[1]!;
    const attributen = Object.fromEntries([...m[2]!.matchAll(/(\w+)="([^"]*)"/g)].map((a) => [a[1]!, a[2]!]));
    const einde = m.index + m[0].length;
    const inhoud = m[3] ? '' : tekst.slice(einde, tekst.indexOf(`</${naam}>`, einde)).trim();
    return { naam, attributen, inhoud };
  });
}
