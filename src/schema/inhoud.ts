/**
 * The content contract of the 3D-lab knowledge base: the single source of truth.
 * Astro's collections (src/content.config.ts), `npm run check`, the submission form
 * and the generated JSON Schema all import from here.
 *
 * Field names are Dutch, as in the content files. Messages are Dutch and say how to fix.
 */
import { z } from 'zod';
import { closest, distance } from 'fastest-levenshtein';

// Dutch messages for zod's built-in checks (wrong type, missing field, ...).
z.config(z.locales.nl());

export const DOMEINEN = ['jeugd', 'zorg', 'werk', 'schulden', 'wonen', 'inkomen', 'onderwijs', 'veiligheid'] as const;
export const STATUSSEN = ['concept', 'gepubliceerd'] as const;
export const PERIODES = ['jaar', 'maand', 'eenmalig'] as const;
export const SCENARIOS = ['huidig', 'alternatief'] as const;
export const SAMENVATTING_MAX = 280;

const ID_PATROON = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const DATUM_PATROON = /^\d{4}-\d{2}-\d{2}$/;

/** A web address; only http(s), so no javascript: or data: links reach the site. */
export const webadresSchema = z.url({
  protocol: /^https?$/,
  error: 'geef een volledig webadres dat begint met https:// (of http://)',
});

/** Lower-case id with hyphens, as used in file names and URLs. */
export const idSchema = z
  .string()
  .regex(ID_PATROON, { error: 'gebruik alleen kleine letters, cijfers en streepjes (bijvoorbeeld "wijkteam-oost")' });

const tekst = (veld: string) => z.string().trim().min(1, { error: `${veld} mag niet leeg zijn` });

/**
 * A calendar date written YYYY-MM-DD. YAML parsers may already have turned it into a Date,
 * so both are accepted and normalised to the string form.
 */
export const datumSchema = z.preprocess(
  (v) => (v instanceof Date && !Number.isNaN(v.getTime()) ? v.toISOString().slice(0, 10) : v),
  z
    .string({ error: 'schrijf de datum als JJJJ-MM-DD, bijvoorbeeld 2024-03-15' })
    .regex(DATUM_PATROON, { error: 'schrijf de datum als JJJJ-MM-DD, bijvoorbeeld 2024-03-15', abort: true })
    .refine((s) => {
      const d = new Date(`${s}T00:00:00Z`);
      return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s;
    }, { error: 'deze datum bestaat niet; controleer dag en maand' }),
);

// ---------------------------------------------------------------------------
// Taxonomies (data files in content/)
// ---------------------------------------------------------------------------

export const gemeenteSchema = z.object({
  id: idSchema,
  naam: tekst('naam'),
  cbs: z.string().regex(/^GM\d{4}$/, { error: 'een CBS-gemeentecode ziet eruit als GM0363' }),
  provincie: tekst('provincie'),
  provincieCode: z.string().regex(/^PV\d{2}$/),
  centrum: z.tuple([z.number(), z.number()]),
});

export const tagSchema = z.object({
  id: idSchema,
  naam: tekst('naam'),
  uitleg: tekst('uitleg'),
});

export const belofteSchema = z.object({
  id: idSchema,
  nummer: z.number().int().min(1).max(10),
  naam: tekst('naam'),
  uitleg: tekst('uitleg'),
  tags: z.array(idSchema).default([]),
  /** Rows of the seed's table: the problem now -> this promise -> the answer or method. */
  tabel: z
    .array(z.object({ probleem: tekst('probleem'), antwoord: tekst('antwoord') }))
    .default([]),
});

export const soortBelemmeringSchema = z.object({
  id: idSchema,
  naam: tekst('naam'),
  uitleg: tekst('uitleg'),
});

export const rapporteurSchema = z.object({
  id: idSchema,
  naam: tekst('naam'),
  rol: z.string().optional(),
  organisatie: z.string().optional(),
  url: webadresSchema.optional(),
});

// ---------------------------------------------------------------------------
// Cross-references
// ---------------------------------------------------------------------------

/** The ids a story or lab may point to. Without it, only the shape is checked. */
export interface Referenties {
  gemeenten: readonly string[];
  tags: readonly string[];
  beloften: readonly number[];
  soorten: readonly string[];
  rapporteurs: readonly string[];
  labs: readonly string[];
}

/** Where each kind of reference lives, for the "how to fix" part of a message. */
export const REFERENTIE_BRON: Record<keyof Referenties, { naam: string; bestand: string }> = {
  gemeenten: { naam: 'gemeente', bestand: 'content/gemeenten.json' },
  tags: { naam: 'tag', bestand: 'content/tags.yaml' },
  beloften: { naam: 'belofte', bestand: 'content/beloften.yaml' },
  soorten: { naam: 'soort belemmering', bestand: 'content/belemmeringen.yaml' },
  rapporteurs: { naam: 'rapporteur', bestand: 'content/rapporteurs.yaml' },
  labs: { naam: 'lab', bestand: 'content/labs/' },
};

/** The closest known id, when it is close enough to be a typo. */
export function suggestie(waarde: string, bekend: readonly string[]): string | undefined {
  if (bekend.length === 0) return undefined;
  const klein = waarde.toLowerCase();
  const kandidaat = closest(klein, bekend as string[]);
  const grens = Math.max(2, Math.floor(kandidaat.length / 3));
  if (distance(klein, kandidaat) <= grens) return kandidaat;
  // A shortened id ("entry-exit" for "entry-exit-paradox") is a typo too.
  const voorvoegsel = bekend.filter((id) => klein.length >= 4 && id.startsWith(klein));
  return voorvoegsel.length === 1 ? voorvoegsel[0] : undefined;
}

export function onbekendBericht(soort: keyof Referenties, waarde: unknown, bekend: readonly (string | number)[]): string {
  const { naam, bestand } = REFERENTIE_BRON[soort];
  const tekstWaarde = String(waarde);
  const hint = typeof waarde === 'string' ? suggestie(waarde, bekend.map(String)) : undefined;
  const oplossing = hint
    ? `Bedoelde je "${hint}"?`
    : soort === 'beloften'
      ? 'Kies een nummer van 1 tot en met 10.'
      : `Gebruik een id uit ${bestand}, of voeg de ${naam} daar eerst toe.`;
  return `onbekende ${naam} "${tekstWaarde}". ${oplossing}`;
}

function ref(soort: keyof Referenties, refs: Referenties | undefined) {
  const basis = idSchema;
  if (!refs) return basis;
  const bekend = new Set(refs[soort] as readonly string[]);
  return basis.refine((v) => bekend.has(v), {
    error: (iss) => onbekendBericht(soort, iss.input, refs[soort]),
  });
}

function belofteRef(refs: Referenties | undefined) {
  const fout = 'een belofte is een nummer van 1 tot en met 10';
  const basis = z.number({ error: fout }).int({ abort: true }).min(1, { abort: true }).max(10, { abort: true });
  if (!refs) return basis;
  const bekend = new Set(refs.beloften);
  return basis.refine((v) => bekend.has(v), { error: (iss) => onbekendBericht('beloften', iss.input, refs.beloften) });
}

// ---------------------------------------------------------------------------
// Verhaal (case story) and Lab
// ---------------------------------------------------------------------------

export const privacySchema = z.object({
  gepseudonimiseerd: z.literal(true, {
    error: 'zet gepseudonimiseerd op true, nadat je namen en herkenbare details van burgers hebt vervangen',
  }),
  toestemming: z.union([z.literal(true), z.literal('n.v.t.')], {
    error: 'vul toestemming in: true (de betrokkenen gaven toestemming) of "n.v.t." (niemand is herkenbaar)',
  }),
  /** Reviewed false positives of the personal-data scan, each with a reason. */
  vrijstellingen: z
    .array(
      z.object({
        waarde: tekst('waarde'),
        reden: z.string().trim().min(10, { error: 'leg in een zin uit waarom dit geen persoonsgegeven is' }),
      }),
    )
    .default([]),
});

export const kostenpostSchema = z.object({
  omschrijving: tekst('omschrijving'),
  bedrag: z.number({ error: 'schrijf het bedrag als getal in euro, zonder punt of euroteken (bijvoorbeeld 12000)' }).nonnegative(),
  per: z.enum(PERIODES, { error: `kies per: ${PERIODES.join(', ')}` }),
  betaler: tekst('betaler'),
  scenario: z.enum(SCENARIOS, { error: `kies scenario: ${SCENARIOS.join(' of ')}` }),
});

export function maakVerhaalSchema(refs?: Referenties) {
  const belemmering = z.object({
    id: idSchema,
    soort: ref('soorten', refs),
    omschrijving: tekst('omschrijving'),
  });
  const doorbraak = z.object({
    omschrijving: tekst('omschrijving'),
    lost_op: z.array(idSchema).min(1, { error: 'noem bij lost_op het id van minstens één belemmering uit dit verhaal' }),
    door: z.string().optional(),
  });

  return z
    .object({
      titel: tekst('titel'),
      samenvatting: tekst('samenvatting').max(SAMENVATTING_MAX, {
        error: (iss) => `de samenvatting is ${String(iss.input).length} tekens; maak haar korter dan ${SAMENVATTING_MAX + 1}`,
      }),
      datum: datumSchema,
      // May be empty when the source does not name the municipality (the story page says so).
      gemeenten: z.array(ref('gemeenten', refs)).default([]),
      wijk: z.string().optional(),
      lab: ref('labs', refs).optional(),
      domeinen: z
        .array(z.enum(DOMEINEN, { error: `kies domeinen uit: ${DOMEINEN.join(', ')}` }))
        .min(1, { error: 'noem minstens één domein' }),
      tags: z.array(ref('tags', refs)).default([]),
      beloften: z.array(belofteRef(refs)).default([]),
      rapporteurs: z.array(ref('rapporteurs', refs)).min(1, { error: 'noem minstens één rapporteur' }),
      belemmeringen: z.array(belemmering).min(1, { error: 'beschrijf minstens één belemmering' }),
      doorbraken: z.array(doorbraak).default([]),
      kosten: z
        .object({
          posten: z.array(kostenpostSchema).min(1, { error: 'noem minstens één kostenpost, of laat kosten weg' }),
          toelichting: z.string().optional(),
        })
        .optional(),
      uitkomsten: z
        .array(z.object({ indicator: tekst('indicator'), voor: z.number(), na: z.number(), eenheid: tekst('eenheid') }))
        .optional(),
      privacy: privacySchema,
      status: z.enum(STATUSSEN, { error: 'kies status: concept of gepubliceerd' }),
      bronnen: z.array(z.object({ titel: tekst('titel'), url: webadresSchema.optional(), jaar: z.number().int().optional() })).optional(),
      trefwoorden: z.array(z.string().trim().min(1)).optional(),
    })
    .strict()
    // Runs even when other fields are wrong, so that every problem is listed at once;
    // the data may then be malformed, hence the defensive reads.
    .superRefine(
      (verhaal, ctx) => {
        const belemmeringen: unknown[] = Array.isArray(verhaal.belemmeringen) ? verhaal.belemmeringen : [];
        const doorbraken: unknown[] = Array.isArray(verhaal.doorbraken) ? verhaal.doorbraken : [];
        const ids = belemmeringen.map((b) => (b as { id?: unknown } | null)?.id).filter((id): id is string => typeof id === 'string');
        ids.forEach((id, i) => {
          if (ids.indexOf(id) !== i) {
            ctx.addIssue({
              code: 'custom',
              path: ['belemmeringen', i, 'id'],
              message: `id "${id}" komt twee keer voor. Geef elke belemmering in dit verhaal een eigen id.`,
            });
          }
        });
        doorbraken.forEach((d, i) => {
          const lostOp = (d as { lost_op?: unknown } | null)?.lost_op;
          if (!Array.isArray(lostOp)) return;
          lostOp.forEach((id: unknown, j) => {
            if (typeof id !== 'string' || ids.includes(id)) return;
            const hint = suggestie(id, ids);
            ctx.addIssue({
              code: 'custom',
              path: ['doorbraken', i, 'lost_op', j],
              message: `lost_op verwijst naar "${id}", maar dit verhaal heeft geen belemmering met dat id. ${
                hint ? `Bedoelde je "${hint}"?` : `Kies uit: ${ids.join(', ')}.`
              }`,
            });
          });
        });
      },
      { when: (payload) => typeof payload.value === 'object' && payload.value !== null },
    );
}

export function maakLabSchema(refs?: Referenties) {
  return z
    .object({
      titel: tekst('titel'),
      samenvatting: tekst('samenvatting').max(SAMENVATTING_MAX),
      datum: datumSchema,
      labvraag: tekst('labvraag'),
      gemeenten: z.array(ref('gemeenten', refs)).default([]),
      rapporteurs: z.array(ref('rapporteurs', refs)).min(1, { error: 'noem minstens één rapporteur' }),
      tags: z.array(ref('tags', refs)).default([]),
      beloften: z.array(belofteRef(refs)).default([]),
      status: z.enum(STATUSSEN, { error: 'kies status: concept of gepubliceerd' }),
      bronnen: z.array(z.object({ titel: tekst('titel'), url: webadresSchema.optional(), jaar: z.number().int().optional() })).optional(),
      trefwoorden: z.array(z.string().trim().min(1)).optional(),
    })
    .strict();
}

/** Shape-only schemas (no reference checks), e.g. for the JSON Schema. */
export const verhaalSchema = maakVerhaalSchema();
export const labSchema = maakLabSchema();

export type Verhaal = z.output<typeof verhaalSchema>;
export type Lab = z.output<typeof labSchema>;
export type Gemeente = z.output<typeof gemeenteSchema>;
export type Tag = z.output<typeof tagSchema>;
export type Belofte = z.output<typeof belofteSchema>;
export type SoortBelemmering = z.output<typeof soortBelemmeringSchema>;
export type Rapporteur = z.output<typeof rapporteurSchema>;
export type Belemmering = Verhaal['belemmeringen'][number];
export type Doorbraak = Verhaal['doorbraken'][number];
export type Kostenpost = z.output<typeof kostenpostSchema>;
export type Domein = (typeof DOMEINEN)[number];
