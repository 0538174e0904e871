/** The story (Verhaal): frontmatter of content/verhalen/<slug>.mdx. */
import { z } from 'zod';
import { datumSchema, idSchema, tekst, trefwoordenSchema } from './basis.ts';
import { FOUTCODES, suggestie } from './berichten.ts';
import { bronnenSchema } from './bron.ts';
import { DOMEINEN, DOORBRAAK_STATUSSEN, ONBEKEND, PERIODES, SCENARIOS, STATUSSEN } from './labels.ts';
import { privacySchema } from './privacy.ts';
import { controleerRapporteurs, rapporteurVerwijzing } from './rapporteur.ts';
import { contactSchema } from './contact.ts';
import { engelsSchema } from './engels.ts';
import { overgenomenVanSchema } from './overname.ts';
import { belofteReferentie, referentie, type Referenties } from './taxonomieen.ts';

export const SAMENVATTING_MAX = 280;

const bronVerwijzing = idSchema.meta({ description: 'Id van een van de bronnen van dit verhaal.' });

export const kostenpostSchema = z.object({
  omschrijving: tekst('omschrijving'),
  bedrag: z
    .union([z.number().nonnegative(), z.literal(ONBEKEND)], {
      error: `schrijf het bedrag als getal in euro, zonder punt of euroteken (bijvoorbeeld 12000), of "${ONBEKEND}" als de bron het bedrag niet geeft`,
    })
    .meta({ description: `Bedrag in euro, of "${ONBEKEND}" als de bron het niet geeft (nooit 0 voor onbekend).` }),
  per: z.enum(PERIODES, { error: `kies per: ${PERIODES.join(', ')}` }),
  betaler: tekst('betaler'),
  scenario: z.enum(SCENARIOS, { error: `kies scenario: ${SCENARIOS.join(' of ')}` }),
  bron: bronVerwijzing,
});

export const uitkomstSchema = z.object({
  indicator: tekst('indicator'),
  voor: z.number(),
  na: z.number(),
  eenheid: tekst('eenheid'),
  bron: bronVerwijzing,
});

function belemmeringSchema(refs?: Referenties) {
  return z.object({
    id: idSchema.meta({ description: 'Korte naam, uniek in dit verhaal; doorbraken verwijzen ernaar in lost_op.' }),
    soort: referentie('belemmeringen', refs),
    omschrijving: tekst('omschrijving'),
  });
}

function doorbraakSchema(refs?: Referenties) {
  return z.object({
    id: idSchema.optional().meta({ description: 'Korte id, uniek in dit verhaal; nodig als een ander verhaal deze doorbraak heeft overgenomen (overgenomen_van).' }),
    omschrijving: tekst('omschrijving'),
    lost_op: z.array(idSchema).min(1, { error: 'noem bij lost_op het id van minstens één belemmering uit dit verhaal' }),
    door: z.string().optional(),
    status: z
      .enum(DOORBRAAK_STATUSSEN, { error: `kies status: ${DOORBRAAK_STATUSSEN.join(', ')} (zie /verantwoording/)` })
      .meta({ description: `Hoe ver de doorbraak kwam volgens de bron: ${DOORBRAAK_STATUSSEN.join(', ')}. Alleen ingevoerd en effect-gemeten tellen als doorbroken.` }),
    soort: referentie('doorbraken', refs),
    bron: bronVerwijzing,
    effect: z.string().trim().min(1).optional().meta({ description: 'Het gemeten effect zoals de bron het meldt (nodig bij effect-gemeten als het verhaal geen uitkomsten heeft).' }),
    datum: datumSchema.optional().meta({ description: 'Wanneer de doorbraak er kwam, zo precies als de bron zegt (JJJJ, JJJJ-MM of JJJJ-MM-DD); leeg als de bron het niet zegt.' }),
    plaats: z.string().trim().min(1).optional().meta({ description: 'Waar de doorbraak plaatsvond als dat geen gemeente van het verhaal is, zoals een land buiten Nederland (bijvoorbeeld Nieuw-Zeeland).' }),
    overgenomen_van: overgenomenVanSchema.optional(),
  });
}

type Context = z.core.$RefinementCtx;

const idsVan = (lijst: unknown): string[] =>
  (Array.isArray(lijst) ? lijst : []).map((x) => (x as { id?: unknown } | null)?.id).filter((id): id is string => typeof id === 'string');

/** Reports ids that occur twice in `lijst` (at `[veld, i, 'id']`). */
export function controleerUniek(ctx: Context, veld: string, lijst: unknown, wat: string) {
  const ids = idsVan(lijst);
  ids.forEach((id, i) => {
    if (ids.indexOf(id) !== i) {
      ctx.addIssue({
        code: 'custom',
        path: [veld, i, 'id'],
        params: { fout: FOUTCODES.dubbel, waarde: id },
        message: `id "${id}" komt twee keer voor. Geef elke ${wat} in dit bestand een eigen id.`,
      });
    }
  });
}

function verwijzingNaar(ctx: Context, pad: PropertyKey[], waarde: unknown, ids: string[], soort: 'belemmering' | 'bron', veld: string) {
  if (typeof waarde !== 'string' || ids.includes(waarde)) return;
  const hint = suggestie(waarde, ids);
  ctx.addIssue({
    code: 'custom',
    path: pad,
    params: { fout: FOUTCODES.onbekend, soort, waarde, suggestie: hint },
    message: `${veld} verwijst naar "${waarde}", maar dit verhaal heeft geen ${soort} met dat id. ${
      hint ? `Bedoelde je "${hint}"?` : ids.length ? `Kies uit: ${ids.join(', ')}.` : `Voeg eerst een ${soort} toe.`
    }`,
  });
}

const lijstVan = (v: unknown): Record<string, unknown>[] =>
  Array.isArray(v) ? v.filter((x): x is Record<string, unknown> => typeof x === 'object' && x !== null) : [];

export function maakVerhaalSchema(refs?: Referenties) {
  return z
    .object({
      titel: tekst('titel'),
      samenvatting: tekst('samenvatting').max(SAMENVATTING_MAX, {
        error: (iss) => `de samenvatting is ${String(iss.input).length} tekens; maak haar hoogstens ${SAMENVATTING_MAX} tekens`,
      }),
      datum: datumSchema.meta({ description: 'Datum van de bron van het verhaal, zo precies als die bron zegt: JJJJ-MM-DD, JJJJ-MM of JJJJ.' }),
      // May be empty when the source does not name the municipality (the story page says so).
      gemeenten: z.array(referentie('gemeenten', refs)).default([]),
      wijk: z.string().optional(),
      lab: referentie('labs', refs).optional(),
      domeinen: z
        .array(z.enum(DOMEINEN, { error: `kies domeinen uit: ${DOMEINEN.join(', ')}` }))
        .min(1, { error: 'noem minstens één domein' }),
      doelgroepen: z.array(referentie('doelgroepen', refs)).min(1, { error: 'noem minstens één doelgroep: voor wie is dit verhaal?' }),
      tags: z.array(referentie('tags', refs)).default([]),
      beloften: z.array(belofteReferentie(refs)).default([]),
      rapporteurs: z
        .array(rapporteurVerwijzing(refs))
        .min(1, { error: 'noem minstens één rapporteur' })
        .meta({ description: 'Ids uit content/rapporteurs.yaml; wie daar nog niet staat, schrijft zichzelf als { naam, organisatie }.' }),
      belemmeringen: z.array(belemmeringSchema(refs)).min(1, { error: 'beschrijf minstens één belemmering' }),
      doorbraken: z.array(doorbraakSchema(refs)).default([]),
      kosten: z
        .object({
          posten: z.array(kostenpostSchema).min(1, { error: 'noem minstens één kostenpost, of laat kosten weg' }),
          toelichting: z.string().optional(),
        })
        .optional(),
      uitkomsten: z.array(uitkomstSchema).optional(),
      privacy: privacySchema,
      status: z.enum(STATUSSEN, { error: 'kies status: concept of gepubliceerd' }),
      bronnen: bronnenSchema,
      trefwoorden: trefwoordenSchema,
      contact: contactSchema.optional(),
      engels: engelsSchema(SAMENVATTING_MAX).optional(),
    })
    .strict()
    // Runs even when other fields are wrong, so that every problem is listed at once;
    // the data may then be malformed, hence the defensive reads.
    .superRefine(
      (verhaal, ctx) => {
        controleerUniek(ctx, 'belemmeringen', verhaal.belemmeringen, 'belemmering');
        controleerUniek(ctx, 'bronnen', verhaal.bronnen, 'bron');
        controleerRapporteurs(ctx, verhaal.rapporteurs, refs);
        controleerUniek(ctx, 'doorbraken', verhaal.doorbraken, 'doorbraak');
        const belemmeringen = idsVan(verhaal.belemmeringen);
        const bronnen = idsVan(verhaal.bronnen);
        const uitkomsten = lijstVan(verhaal.uitkomsten);
        lijstVan(verhaal.doorbraken).forEach((d, i) => {
          if (Array.isArray(d.lost_op)) {
            d.lost_op.forEach((id: unknown, j) => verwijzingNaar(ctx, ['doorbraken', i, 'lost_op', j], id, belemmeringen, 'belemmering', 'lost_op'));
          }
          verwijzingNaar(ctx, ['doorbraken', i, 'bron'], d.bron, bronnen, 'bron', 'bron');
          const overname = d.overgenomen_van as { bron?: unknown } | undefined;
          if (overname && typeof overname === 'object') verwijzingNaar(ctx, ['doorbraken', i, 'overgenomen_van', 'bron'], overname.bron, bronnen, 'bron', 'bron');
          if (d.status === 'effect-gemeten' && !(typeof d.effect === 'string' && d.effect.trim()) && uitkomsten.length === 0) {
            ctx.addIssue({
              code: 'custom',
              path: ['doorbraken', i, 'status'],
              params: { fout: FOUTCODES.bewijs },
              message: 'status effect-gemeten vraagt om bewijs: beschrijf bij effect wat de bron heeft gemeten, of voeg uitkomsten met cijfers toe. Anders is de status ingevoerd.',
            });
          }
        });
        const kosten = verhaal.kosten as { posten?: unknown } | undefined;
        lijstVan(kosten?.posten).forEach((k, i) => verwijzingNaar(ctx, ['kosten', 'posten', i, 'bron'], k.bron, bronnen, 'bron', 'bron'));
        uitkomsten.forEach((u, i) => verwijzingNaar(ctx, ['uitkomsten', i, 'bron'], u.bron, bronnen, 'bron', 'bron'));
        const contact = verhaal.contact as { bron?: unknown } | undefined;
        if (contact && typeof contact === 'object') verwijzingNaar(ctx, ['contact', 'bron'], contact.bron, bronnen, 'bron', 'bron');
      },
      { when: (payload) => typeof payload.value === 'object' && payload.value !== null },
    );
}

/** Shape-only schema (no reference checks), e.g. for the JSON Schema. */
export const verhaalSchema = maakVerhaalSchema();

export type Verhaal = z.output<typeof verhaalSchema>;
export type Belemmering = Verhaal['belemmeringen'][number];
export type Doorbraak = Verhaal['doorbraken'][number];
export type Kostenpost = z.output<typeof kostenpostSchema>;
export type Uitkomst = z.output<typeof uitkomstSchema>;
