/**
 * Whom to ask: the organisation behind a story's solution, reached through its public web address or its
 * general phone number. Never a person: there is no field for a name or an e-mail address, a mobile
 * number (06) is refused, and every string goes through the personal-data scan like the rest of the
 * frontmatter, so a general number that the scan flags needs a reviewed privacy.vrijstellingen entry.
 */
import { z } from 'zod';
import { idSchema, tekst, webadresSchema } from './basis.ts';

/**
 * A general number of an organisation: 14 + area code (14 020), a service number (0800/0900/0906/0909)
 * or a fixed line (0xx or 0xxx with 10 digits in all). Spaces and dashes as people write them.
 */
const TELEFOON = /^(?:14 ?0\d{2,3}|0[89]0[069][ -]?\d{3,7}|0[1-57-9]\d(?:[ -]?\d){7}|\+31[ -]?[1-57-9](?:[ -]?\d){8})$/;
const MOBIEL = /^(?:06|\+31[ -]?6|00316)/;

export const telefoonSchema = z
  .string()
  .trim()
  .refine((t) => !MOBIEL.test(t.replace(/[ -]/g, '')), {
    error: 'een 06-nummer hoort meestal bij een persoon; geef het algemene nummer van de organisatie (bijvoorbeeld 14 020 of 0800-…), of alleen het webadres',
    abort: true,
  })
  .regex(TELEFOON, { error: 'schrijf het algemene nummer van de organisatie, bijvoorbeeld 14 020, 0800-1234 of 020-1234567' });

export const contactSchema = z
  .object({
    organisatie: tekst('organisatie').meta({ description: 'De organisatie die vragen over deze aanpak beantwoordt (nooit een persoon).' }),
    url: webadresSchema.optional().meta({ description: 'Openbaar webadres van de organisatie of van de aanpak.' }),
    telefoon: telefoonSchema.optional().meta({ description: 'Algemeen telefoonnummer van de organisatie (14 0xx, 0800/0900 of een vast nummer), nooit een 06-nummer.' }),
    bron: idSchema.meta({ description: 'Id van de bron van dit verhaal die het adres of nummer noemt.' }),
  })
  .strict()
  .refine((c) => Boolean(c.url || c.telefoon), {
    error: 'geef bij contact het webadres (url) of het algemene telefoonnummer (telefoon) van de organisatie',
    path: ['url'],
  })
  .meta({ description: 'Wie je kunt vragen hoe het er nu voor staat: een organisatie met haar openbare webadres of algemene telefoonnummer, zoals een bron ze noemt (optioneel).' });

export type Contact = z.output<typeof contactSchema>;
