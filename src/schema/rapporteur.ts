/**
 * Who wrote a story: a rapporteur listed in content/rapporteurs.yaml (by id), or someone new who names
 * themselves in the story (naam, organisatie), so that a first story needs one file, not two. The editors
 * can later move a new rapporteur into the list; the id stays the same, because it comes from the name.
 */
import { z } from 'zod';
import { slugify } from '../lib/slug.ts';
import { tekst } from './basis.ts';
import { FOUTCODES } from './berichten.ts';
import { referentie, TAXONOMIEEN, type Referenties } from './taxonomieen.ts';

export const nieuweRapporteurSchema = z
  .object({
    naam: tekst('naam').meta({ description: 'Naam van de rapporteur, zoals die op de site komt.' }),
    organisatie: z.string().trim().min(1).optional().meta({ description: 'Organisatie waarvoor de rapporteur schrijft (optioneel).' }),
  })
  .strict()
  .meta({ description: 'Een rapporteur die (nog) niet in content/rapporteurs.yaml staat.' });

export type NieuweRapporteur = z.output<typeof nieuweRapporteurSchema>;
/** What `rapporteurs` in a story holds: an id from the list, or a new rapporteur's name. */
export type RapporteurVerwijzing = string | NieuweRapporteur;

/**
 * The id a rapporteur has on the site (their page /rapporteurs/<id>/, open data): the listed id, or for a
 * new rapporteur the slug of their name, which is also the id to give them in content/rapporteurs.yaml.
 */
export function rapporteurId(r: RapporteurVerwijzing): string {
  return typeof r === 'string' ? r : slugify(r.naam);
}

/** An id from the list or a new rapporteur; a string is checked against the list as before. */
export function rapporteurVerwijzing(refs: Referenties | undefined) {
  return z.union([referentie('rapporteurs', refs), nieuweRapporteurSchema], {
    error: `noem een rapporteur met een id uit ${TAXONOMIEEN.rapporteurs.bestand}, of als nieuwe rapporteur met naam (en organisatie)`,
  });
}

type Context = z.core.$RefinementCtx;

/**
 * A new rapporteur whose name is already a listed id must use that id (else one person gets two pages);
 * a name needs letters or digits to make an id; nobody is named twice in one story.
 */
export function controleerRapporteurs(ctx: Context, rapporteurs: unknown, refs: Referenties | undefined) {
  if (!Array.isArray(rapporteurs)) return;
  const gezien = new Set<string>();
  rapporteurs.forEach((r: unknown, i) => {
    const nieuw = typeof r === 'object' && r !== null && typeof (r as { naam?: unknown }).naam === 'string' ? (r as NieuweRapporteur) : undefined;
    if (typeof r !== 'string' && !nieuw) return;
    const id = rapporteurId(nieuw ?? (r as string));
    // An empty name is reported by the name's own schema.
    if (nieuw && !id && nieuw.naam.trim()) {
      ctx.addIssue({ code: 'custom', path: ['rapporteurs', i, 'naam'], message: 'schrijf de naam van de rapporteur met letters' });
    }
    if (!id) return;
    if (nieuw && refs?.rapporteurs.includes(id)) {
      ctx.addIssue({
        code: 'custom',
        path: ['rapporteurs', i, 'naam'],
        params: { fout: FOUTCODES.bekend, waarde: id },
        message: `${nieuw.naam.trim()} staat al in ${TAXONOMIEEN.rapporteurs.bestand} met id "${id}". Schrijf "${id}" in plaats van naam en organisatie.`,
      });
    }
    if (gezien.has(id)) {
      ctx.addIssue({
        code: 'custom',
        path: ['rapporteurs', i],
        params: { fout: FOUTCODES.dubbel, waarde: id },
        message: `rapporteur "${id}" staat twee keer in dit verhaal. Noem elke rapporteur één keer.`,
      });
    }
    gezien.add(id);
  });
}
