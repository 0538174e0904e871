// `npm run nieuw -- --titel "…" --gemeente amsterdam`: writes a new, valid story file (status concept)
// with a free file name. Without flags, in a terminal, it asks the questions one by one.
import { readFileSync, writeFileSync, existsSync, readdirSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { createInterface } from 'node:readline/promises';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { leesReferenties, TAXONOMIE_BESTANDEN } from '../src/lib/inhoud/controle.ts';
import { gemeenteId, gemeenteRegister, type GemeenteKeuze } from '../src/lib/bijdragen/formulier.ts';
import type { Namenregister } from '../src/lib/gemeenten/namen.ts';
import { naarMdx, titelSlug, uniekeSlug } from '../src/lib/bijdragen/mdx.ts';
import { DOMEINEN, DOORBRAAK_STATUSSEN, onbekendBericht, type Lijstsoort, type Referenties } from '../src/schema/index.ts';
import { beschrijving, COMPONENTNAMEN } from '../src/lib/verhaaltekst/woordenschat.ts';

/** A problem the user can fix; printed without a stack trace. */
export class NieuwFout extends Error {}

export interface NieuwOpties {
  /** Project root (the folder with content/). */
  root: string;
  titel: string;
  /** Gemeente ids or names; empty when the source names none. */
  gemeenten?: string[];
  domeinen?: string[];
  doelgroepen?: string[];
  rapporteurs?: string[];
  /** File name without .mdx; must be free. Default: from the title, with -2, -3 when taken. */
  slug?: string;
  datum?: string;
}

/** Every name of every municipality: official, without accents, everyday (content/gemeente-aliassen.yaml) or id. */
function gemeenten(root: string, refs: Referenties): Namenregister {
  const lijst = JSON.parse(readFileSync(join(root, TAXONOMIE_BESTANDEN.gemeenten), 'utf8')) as GemeenteKeuze[];
  return gemeenteRegister({ gemeenten: lijst.map(({ id, naam, provincie }) => ({ id, naam, provincie })), aliassen: refs.gemeenteAliassen ?? [] });
}

/** Ids of a kind of reference, with a clear error (and suggestion) for unknown ones. */
function controleerIds(soort: Lijstsoort, waarden: string[], bekend: readonly string[], aliassen?: Referenties['gemeenteAliassen']): string[] {
  for (const w of waarden) if (!bekend.includes(w)) throw new NieuwFout(onbekendBericht(soort, w, bekend, aliassen));
  return waarden;
}

export function bestaandeVerhalen(root: string): string[] {
  const map = join(root, 'content/verhalen');
  return existsSync(map) ? readdirSync(map).filter((f) => f.endsWith('.mdx')).map((f) => f.replace(/\.mdx$/, '')) : [];
}

/** The text components, one line each with their attributes, for the help and the message after writing. */
export function onderdelenUitleg(): string {
  const regels = COMPONENTNAMEN.map((naam) => {
    const b = beschrijving(naam);
    const attributen = Object.entries(b.attributen)
      .map(([attr, a]) => (a.verplicht ? `${attr}="…"` : `[${attr}="…"]`))
      .join(' ');
    const tag = b.inhoud === 'geen' ? `<${naam} ${attributen} />` : `<${naam}${attributen ? ` ${attributen}` : ''}>…</${naam}>`;
    return `  ${tag}\n      ${b.uitleg}`;
  });
  return `Onderdelen voor de tekst (zonder import, elk op een eigen regel; bron="…" is het id van een bron):\n${regels.join('\n')}`;
}

/** The file a scaffold writes: frontmatter valid for `npm run check`, with comments on what to fill in. */
export function maakVerhaal(opties: NieuwOpties): { pad: string; bron: string } {
  const { root } = opties;
  const titel = opties.titel.trim();
  if (!titel) throw new NieuwFout('geef een titel, bijvoorbeeld: npm run nieuw -- --titel "Een lening uit de buurtteamkas" --gemeente amsterdam');
  const refs = leesReferenties(root);
  const lijst = gemeenten(root, refs);
  const gemeenteIds = controleerIds('gemeenten', (opties.gemeenten ?? []).filter((g) => g.trim()).map((g) => gemeenteId(g, lijst)), refs.gemeenten);
  const domeinen = opties.domeinen?.length ? opties.domeinen : ['zorg'];
  for (const d of domeinen) {
    if (!(DOMEINEN as readonly string[]).includes(d)) throw new NieuwFout(`onbekend domein "${d}". Kies uit: ${DOMEINEN.join(', ')}.`);
  }
  for (const naam of ['rapporteurs', 'belemmeringen', 'doorbraken', 'doelgroepen'] as const) {
    if (!refs[naam].length) throw new NieuwFout(`${TAXONOMIE_BESTANDEN[naam]} mag niet leeg zijn.`);
  }
  const doelgroepen = controleerIds('doelgroepen', opties.doelgroepen?.length ? opties.doelgroepen : [refs.doelgroepen[0]!], refs.doelgroepen);
  const rapporteurs = controleerIds('rapporteurs', opties.rapporteurs?.length ? opties.rapporteurs : [refs.rapporteurs[0]!], refs.rapporteurs);

  const bestaand = bestaandeVerhalen(root);
  let slug: string;
  if (opties.slug) {
    slug = opties.slug;
    if (!/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(slug)) throw new NieuwFout(`bestandsnaam "${slug}": gebruik alleen kleine letters, cijfers en streepjes.`);
    if (bestaand.includes(slug)) throw new NieuwFout(`content/verhalen/${slug}.mdx bestaat al; ik overschrijf geen bestaand verhaal. Kies een andere naam.`);
  } else {
    slug = uniekeSlug(titelSlug(titel), bestaand);
  }

  const frontmatter = {
    titel,
    samenvatting: 'Vul hier in één tot drie zinnen in wat er vastliep en wat hielp (hoogstens 280 tekens).',
    datum: opties.datum ?? new Date().toISOString().slice(0, 10),
    gemeenten: gemeenteIds,
    domeinen,
    doelgroepen,
    tags: [],
    beloften: [],
    rapporteurs,
    belemmeringen: [{ id: 'belemmering-1', soort: refs.belemmeringen[0], omschrijving: 'Wat liep er vast, en waarom?' }],
    doorbraken: [{ omschrijving: 'Wat hielp, en wie deed het?', lost_op: ['belemmering-1'], status: 'voorstel', soort: refs.doorbraken[0], bron: 'bron-1' }],
    privacy: { gepseudonimiseerd: true, toestemming: 'n.v.t.' },
    status: 'concept',
    bronnen: [{ id: 'bron-1', titel: 'Titel van het document, verslag of gesprek waar dit verhaal op steunt' }],
  };
  const bron = naarMdx(
    frontmatter,
    [
      '## De situatie',
      'Schrijf hier in gewone taal wat er gebeurde. Vervang namen en herkenbare details van burgers.',
      '## De belemmering',
      'Wat liep er vast, en waarom?',
      '## De doorbraak',
      'Wat hielp, wie deed het, en wat kostte het? Een getal uit de bron zet je op een eigen regel als `<Kerngetal waarde="-50%" label="waar het getal over gaat" bron="bron-1" />`; een citaat, tijdlijn of kader ook zo (zie `npm run nieuw -- --help` en CONTRIBUTING.md).',
      '## Wat anderen hiervan kunnen leren',
      '- …',
    ].join('\n\n'),
    {
      gemeenten: `ids uit ${TAXONOMIE_BESTANDEN.gemeenten}; leeg ([]) als de bron geen gemeente noemt`,
      domeinen: `kies uit: ${DOMEINEN.join(', ')}`,
      doelgroepen: `ids uit ${TAXONOMIE_BESTANDEN.doelgroepen}: voor wie is dit verhaal?`,
      tags: `ids uit ${TAXONOMIE_BESTANDEN.tags}`,
      beloften: `nummers 1-10 uit ${TAXONOMIE_BESTANDEN.beloften}`,
      rapporteurs: `ids uit ${TAXONOMIE_BESTANDEN.rapporteurs}; nieuw? schrijf dan - naam: ... met organisatie: ... eronder`,
      belemmeringen: `soort: id uit ${TAXONOMIE_BESTANDEN.belemmeringen}`,
      doorbraken: `lost_op: ids van belemmeringen hierboven; status: ${DOORBRAAK_STATUSSEN.join(', ')} (alleen ingevoerd en effect-gemeten tellen als doorbroken); soort: id uit ${TAXONOMIE_BESTANDEN.doorbraken}; bron: id uit bronnen`,
      privacy: 'controleer: namen en herkenbare details vervangen? toestemming: true of "n.v.t."',
      status: 'de redactie zet dit op gepubliceerd na het nalezen',
      bronnen: 'elke bron: id, titel, en waar je kunt: auteurs, organisatie, datum, url, deel, pagina of dia',
    },
  );
  const pad = join(root, 'content/verhalen', `${slug}.mdx`);
  return { pad, bron };
}

/** Writes the file; never overwrites (also not when another process wrote it in the meantime). */
export function schrijfVerhaal(opties: NieuwOpties): string {
  const { pad, bron } = maakVerhaal(opties);
  try {
    writeFileSync(pad, bron, { flag: 'wx' });
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'EEXIST') throw new NieuwFout(`${pad} bestaat al; ik overschrijf geen bestaand verhaal.`);
    throw e;
  }
  return pad;
}

/** Asks for the fields one by one; `vraag` is readline's question (a fake in tests). */
export async function vraagOpties(root: string, vraag: (v: string) => Promise<string>, schrijf: (s: string) => void = console.log): Promise<NieuwOpties> {
  const refs = leesReferenties(root);
  const lijst = gemeenten(root, refs);
  let titel = '';
  while (!titel) titel = (await vraag('Titel van het verhaal: ')).trim();
  let gemeente: string[] = [];
  for (;;) {
    const antwoord = (await vraag('Gemeente (naam of id, leeg als de bron er geen noemt): ')).trim();
    if (!antwoord) break;
    const id = gemeenteId(antwoord, lijst);
    if (refs.gemeenten.includes(id)) {
      gemeente = [id];
      break;
    }
    schrijf(onbekendBericht('gemeenten', antwoord, refs.gemeenten, refs.gemeenteAliassen));
  }
  let domein = '';
  while (!(DOMEINEN as readonly string[]).includes(domein)) {
    domein = (await vraag(`Domein (${DOMEINEN.join(', ')}) [zorg]: `)).trim() || 'zorg';
    if (!(DOMEINEN as readonly string[]).includes(domein)) schrijf(`onbekend domein "${domein}".`);
  }
  let rapporteur = '';
  if (!refs.rapporteurs.length) throw new NieuwFout(`${TAXONOMIE_BESTANDEN.rapporteurs} is leeg; voeg eerst een rapporteur toe.`);
  while (!refs.rapporteurs.includes(rapporteur)) {
    rapporteur = (await vraag(`Rapporteur (${refs.rapporteurs.join(', ')}) [${refs.rapporteurs[0]}]: `)).trim() || (refs.rapporteurs[0] ?? '');
    if (!refs.rapporteurs.includes(rapporteur)) schrijf(onbekendBericht('rapporteurs', rapporteur, refs.rapporteurs));
  }
  return { root, titel, gemeenten: gemeente, domeinen: [domein], rapporteurs: [rapporteur] };
}

const HULP = `Gebruik: npm run nieuw -- --titel "Titel" [--gemeente amsterdam] [--domein schulden] [--doelgroep jongeren] [--rapporteur id] [--bestand naam] [--map pad]
Zonder opties vraagt het script de velden een voor een (in een terminal).
  --gemeente    naam of id, ook zoals mensen hem noemen ("Den Haag", content/gemeente-aliassen.yaml; mag vaker)
  --domein      ${DOMEINEN.join(', ')} (mag vaker; standaard zorg)
  --doelgroep   id uit content/doelgroepen.yaml (mag vaker; standaard de eerste)
  --rapporteur  id uit content/rapporteurs.yaml (mag vaker; standaard de eerste)
  --bestand     bestandsnaam zonder .mdx (standaard uit de titel; bestaat hij al, dan stopt het script)
  --map         projectmap met content/ (standaard de huidige map, of KENNISBANK_MAP)

${onderdelenUitleg()}`;

async function main(argv: string[]) {
  const { values } = parseArgs({
    args: argv,
    options: {
      titel: { type: 'string' },
      gemeente: { type: 'string', multiple: true },
      domein: { type: 'string', multiple: true },
      doelgroep: { type: 'string', multiple: true },
      rapporteur: { type: 'string', multiple: true },
      bestand: { type: 'string' },
      datum: { type: 'string' },
      map: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
    strict: true,
  });
  if (values.help) {
    console.log(HULP);
    return;
  }
  const root = resolve(values.map ?? process.env.KENNISBANK_MAP ?? process.cwd());
  let opties: NieuwOpties;
  if (values.titel === undefined) {
    if (!process.stdin.isTTY) throw new NieuwFout(`geef minstens --titel.\n${HULP}`);
    const rl = createInterface({ input: process.stdin, output: process.stdout });
    try {
      opties = await vraagOpties(root, (v) => rl.question(v));
    } finally {
      rl.close();
    }
  } else {
    opties = { root, titel: values.titel, gemeenten: values.gemeente, domeinen: values.domein, doelgroepen: values.doelgroep, rapporteurs: values.rapporteur, slug: values.bestand, datum: values.datum };
  }
  const pad = schrijfVerhaal(opties);
  const rel = relative(root, pad);
  console.log(`Nieuw verhaal: ${rel}\nVul de velden en de tekst in, controleer met "npm run check" en stuur het in (zie CONTRIBUTING.md).\n\n${onderdelenUitleg()}`);
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  main(process.argv.slice(2)).catch((e: unknown) => {
    if (e instanceof NieuwFout || (e as { code?: string }).code?.startsWith('ERR_PARSE_ARGS')) {
      console.error(`Fout: ${(e as Error).message}`);
      process.exit(1);
    }
    throw e;
  });
}
