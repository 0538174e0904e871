/** What a story promises about the people in it, and the exceptions an editor approved. */
import { z } from 'zod';
import { tekst } from './basis.ts';

/** Fields an exception may name besides a frontmatter path: the body and the file name. */
export const VRIJSTELLING_VELDEN = { tekst: 'de tekst van het verhaal', bestandsnaam: 'de bestandsnaam' } as const;

const OUDE_VORM =
  'een vrijstelling noemt sinds versie 1.2 ook het veld waarin de waarde staat: voeg veld toe, bijvoorbeeld veld: tekst (de verhaaltekst), veld: samenvatting of veld: belemmeringen[0].omschrijving, zoals de controle het noemde. Een redacteur keurt elke vrijstelling goed (zie CONTRIBUTING.md).';

/** A reason of substance: a sentence, not a filler such as "is geen bsn" or "xxxxxxxxxx". */
const redenSchema = z
  .string({ error: 'geef een reden: leg in een of twee zinnen uit waarom dit geen persoonsgegeven is' })
  .trim()
  .refine((r) => r.length >= 30 && r.split(/\s+/).filter((w) => /\p{L}{2,}/u.test(w)).length >= 5 && new Set(r.toLowerCase()).size >= 8, {
    error: 'leg in een hele zin (minstens vijf woorden) uit waarom dit geen persoonsgegeven is en waar de waarde vandaan komt, bijvoorbeeld: "Dit is het algemene nummer van het wijkteam uit de openbare folder."',
  });

/**
 * An exception to the personal-data scan: one exact value, the field it stands in, and a reason. The
 * pull-request check lists every exception for the editors, and an editor must approve it.
 */
export const vrijstellingSchema = z
  .object({
    waarde: tekst('waarde').meta({ description: 'De waarde precies zoals de privacycontrole haar noemde.' }),
    veld: z
      .string({ error: OUDE_VORM })
      .trim()
      .min(1, { error: OUDE_VORM })
      .meta({ description: 'Het veld waarin de waarde staat: een veld van de frontmatter (samenvatting, belemmeringen[0].omschrijving), tekst of bestandsnaam.' }),
    reden: redenSchema.meta({ description: 'Waarom dit geen persoonsgegeven is; een redacteur beoordeelt de reden.' }),
  })
  .strict();

export const vrijstellingenSchema = z.array(vrijstellingSchema).default([]);

export const privacySchema = z.object({
  gepseudonimiseerd: z.literal(true, {
    error: 'zet gepseudonimiseerd op true, nadat je namen en herkenbare details van burgers hebt vervangen',
  }),
  toestemming: z.union([z.literal(true), z.literal('n.v.t.')], {
    error: 'vul toestemming in: true (de betrokkenen gaven toestemming) of "n.v.t." (niemand is herkenbaar)',
  }),
  /** Exceptions to the personal-data scan, each approved by an editor. */
  vrijstellingen: vrijstellingenSchema,
});

/** A lab report names no citizens; it only has exceptions, should the scan need one. */
export const labPrivacySchema = z.object({ vrijstellingen: vrijstellingenSchema }).strict();

/**
 * Exceptions for files without frontmatter (the taxonomy files, such as content/rapporteurs.yaml): the
 * same exception, with the file it applies to. One mechanism: listed for the editors and approved by one.
 */
export const VRIJSTELLINGEN_BESTAND = 'content/vrijstellingen.yaml';
export const bestandsVrijstellingSchema = vrijstellingSchema
  .extend({ bestand: tekst('bestand').meta({ description: 'Het bestand waarin de waarde staat, bijvoorbeeld content/rapporteurs.yaml.' }) })
  .strict();
