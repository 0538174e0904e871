// `npm run schema`: writes JSON Schemas generated from the zod schema (src/schema/index.ts) to
// public/schema/, so that editors can validate and complete content files. The files are committed;
// scripts/json-schema.test.ts fails when they are out of date (then run `npm run schema`).
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import { TAXONOMIE_BESTANDEN } from '../src/lib/inhoud/controle.ts';
import {
  bestandsVrijstellingSchema,
  DOMEINEN,
  GEMEENTE_ALIASSEN_BESTAND,
  gemeenteAliasSchema,
  labSchema,
  SAMENVATTING_MAX,
  TAXONOMIEEN,
  verhaalSchema,
  VRIJSTELLINGEN_BESTAND,
} from '../src/schema/index.ts';
import { beschrijving, COMPONENTNAMEN } from '../src/lib/verhaaltekst/woordenschat.ts';

export const SCHEMA_MAP = 'public/schema';

/**
 * Dutch help texts for the top-level fields, which editors show on hover. Nested fields carry their
 * description in the schema itself (`.meta`); a description there wins over this table.
 */
const UITLEG: Record<string, string> = {
  titel: 'Korte, feitelijke titel.',
  samenvatting: `Eén tot drie zinnen, hoogstens ${SAMENVATTING_MAX} tekens: wat liep vast en wat hielp?`,
  gemeenten: `Ids uit ${TAXONOMIE_BESTANDEN.gemeenten}, bijvoorbeeld amsterdam of s-gravenhage. Leeg als de bron geen gemeente noemt.`,
  wijk: 'Naam van de wijk (optioneel).',
  lab: 'Id van een lab in content/labs/ (bestandsnaam zonder .mdx).',
  domeinen: `Een of meer van: ${DOMEINEN.join(', ')}.`,
  doelgroepen: `Ids uit ${TAXONOMIE_BESTANDEN.doelgroepen}: voor wie is dit verhaal?`,
  tags: `Ids uit ${TAXONOMIE_BESTANDEN.tags}.`,
  beloften: `Nummers 1-10 van de Grote Beloften uit ${TAXONOMIE_BESTANDEN.beloften}.`,
  rapporteurs: `Ids uit ${TAXONOMIE_BESTANDEN.rapporteurs}.`,
  belemmeringen: `Wat liep er vast: id (eigen korte naam), soort (id uit ${TAXONOMIE_BESTANDEN.belemmeringen}) en omschrijving.`,
  doorbraken: `Wat hielp: omschrijving, lost_op (ids van belemmeringen in dit verhaal), status, soort (id uit ${TAXONOMIE_BESTANDEN.doorbraken}), bron en door wie; met id, datum, plaats en overgenomen_van als een ander verhaal de oplossing overnam of als ze uit een ander verhaal komt.`,
  kosten: 'Integrale kosten: posten met omschrijving, bedrag in euro (of "onbekend"), per (jaar, maand, eenmalig), betaler, scenario (huidig of alternatief) en bron.',
  uitkomsten: 'Meetbare uitkomsten: indicator, voor, na, eenheid en bron.',
  privacy: 'gepseudonimiseerd: true nadat namen en herkenbare details zijn vervangen; toestemming: true of "n.v.t.".',
  status: 'concept wordt nooit gepubliceerd; gepubliceerd na het nalezen door de redactie.',
  bronnen: 'Bronnen: per citeerbare plek een id en titel, en waar bekend auteurs, organisatie, datum, url, deel, pagina of dia. Claims verwijzen ernaar met bron.',
  trefwoorden: 'Extra zoekwoorden die niet in de tekst staan.',
  labvraag: 'De vraag waar het lab aan werkt.',
  soort: 'labverslag (verslag van een gehouden lab) of thema (een thema uit een brondocument).',
};

function metUitleg(schema: Record<string, unknown>): Record<string, unknown> {
  const properties = schema.properties as Record<string, Record<string, unknown>> | undefined;
  if (properties) for (const [k, v] of Object.entries(properties)) if (UITLEG[k] && !v.description) properties[k] = { description: UITLEG[k], ...v };
  return schema;
}

function json(schema: z.ZodType, titel: string, beschrijving: string): string {
  // io: 'input' describes what a person writes (defaults optional), not what the build makes of it.
  const gegenereerd = z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' }) as Record<string, unknown>;
  const { $schema, ...rest } = gegenereerd;
  return `${JSON.stringify({ $schema, title: titel, description: beschrijving, ...metUitleg(rest) }, null, 2)}\n`;
}

const lijst = (schema: z.ZodType) => z.array(schema);
const BRON = 'Gegenereerd uit src/schema/ met "npm run schema"; niet met de hand bewerken.';

/** Title of each taxonomy's schema file. */
const TAXONOMIE_TITELS: Record<keyof typeof TAXONOMIEEN, string> = {
  gemeenten: 'Gemeenten',
  tags: 'Tags',
  beloften: 'Grote Beloften',
  belemmeringen: 'Soorten belemmering',
  doorbraken: 'Soorten doorbraak',
  doelgroepen: 'Doelgroepen',
  rapporteurs: 'Rapporteurs',
};

const TEKST = 'De tekst na de frontmatter is Markdown en mag de onderdelen uit componenten.schema.json gebruiken, zonder import.';

/**
 * The text components (src/lib/verhaaltekst/woordenschat.ts) as a JSON Schema: one object per component
 * with its attributes, for editors and for anyone reading the open data. The text itself is MDX, which
 * JSON Schema cannot validate; `npm run check` does.
 */
function componentenSchema(): string {
  const properties = Object.fromEntries(
    COMPONENTNAMEN.map((naam) => {
      const b = beschrijving(naam);
      const inhoud = { tekst: 'tekst (Markdown).', momenten: 'alleen <Moment>-onderdelen, elk op een eigen regel.', geen: `niets; schrijf <${naam} … />.` }[b.inhoud];
      return [
        naam,
        {
          description: `${b.uitleg} Tussen de tags: ${inhoud} ${b.binnen ? `Staat alleen binnen <${b.binnen}>.` : 'Staat op een eigen regel.'}`,
          type: 'object',
          properties: Object.fromEntries(Object.entries(b.attributen).map(([attr, a]) => [attr, { type: 'string', description: a.uitleg }])),
          required: Object.entries(b.attributen).filter(([, a]) => a.verplicht).map(([attr]) => attr),
          additionalProperties: false,
          examples: [b.voorbeeld],
        },
      ];
    }),
  );
  const schema = {
    $schema: 'https://json-schema.org/draft/2020-12/schema',
    title: 'Onderdelen van de tekst (MDX-componenten)',
    description: `De componenten die de tekst van een verhaal of lab mag gebruiken, met hun attributen: <Naam attribuut="tekst">. Alleen deze namen en attributen, alleen tekst tussen aanhalingstekens; geen import, export, { } of HTML ("npm run check" weigert de rest). ${BRON.replace('src/schema/', 'src/lib/verhaaltekst/woordenschat.ts')}`,
    type: 'object',
    properties,
    additionalProperties: false,
  };
  return `${JSON.stringify(schema, null, 2)}\n`;
}

/** Every schema file, path relative to the project root -> text. */
export function schemaBestanden(): Record<string, string> {
  return {
    [`${SCHEMA_MAP}/verhaal.schema.json`]: json(verhaalSchema, 'Verhaal (frontmatter)', `Frontmatter van content/verhalen/<slug>.mdx. Verwijzingen (gemeente, tag, ...) controleert "npm run check". ${TEKST} ${BRON}`),
    [`${SCHEMA_MAP}/lab.schema.json`]: json(labSchema, 'Lab (frontmatter)', `Frontmatter van content/labs/<slug>.mdx. ${TEKST} ${BRON}`),
    [`${SCHEMA_MAP}/componenten.schema.json`]: componentenSchema(),
    ...Object.fromEntries(
      (Object.keys(TAXONOMIEEN) as (keyof typeof TAXONOMIEEN)[]).map((naam) => [
        `${SCHEMA_MAP}/${naam}.schema.json`,
        json(lijst(TAXONOMIEEN[naam].schema), TAXONOMIE_TITELS[naam], `${TAXONOMIEEN[naam].bestand}. ${BRON}`),
      ]),
    ),
    [`${SCHEMA_MAP}/gemeente-aliassen.schema.json`]: json(
      lijst(gemeenteAliasSchema),
      'Alledaagse namen van gemeenten',
      `${GEMEENTE_ALIASSEN_BESTAND}: namen waaronder mensen een gemeente kennen ("Den Haag"), voor het formulier, "npm run check" en het zoeken. ${BRON}`,
    ),
    [`${SCHEMA_MAP}/vrijstellingen.schema.json`]: json(
      lijst(bestandsVrijstellingSchema),
      'Vrijstellingen voor bestanden zonder frontmatter',
      `${VRIJSTELLINGEN_BESTAND}: uitzonderingen op de controle op persoonsgegevens in de taxonomiebestanden, elk goedgekeurd door een redacteur. ${BRON}`,
    ),
  };
}

export function schrijfSchemas(root: string): string[] {
  return Object.entries(schemaBestanden()).map(([pad, tekst]) => {
    const doel = join(root, pad);
    mkdirSync(dirname(doel), { recursive: true });
    writeFileSync(doel, tekst);
    return pad;
  });
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  for (const pad of schrijfSchemas(process.cwd())) console.log(`geschreven: ${pad}`);
}
