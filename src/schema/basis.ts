/** Building blocks shared by every schema of the content contract. */
import { z } from 'zod';
import './berichten.ts';

/** Lower-case words joined by single hyphens: ids, file names and the last part of page addresses. */
export const ID_PATROON = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** Lower-case id with hyphens, as used in file names and URLs. */
export const idSchema = z
  .string()
  .regex(ID_PATROON, { error: 'gebruik alleen kleine letters, cijfers en streepjes (bijvoorbeeld "wijkteam-oost")' });

/** A web address; only http(s), so no javascript: or data: links reach the site. */
export const webadresSchema = z.url({
  protocol: /^https?$/,
  error: 'geef een volledig webadres dat begint met https:// (of http://)',
});

export const tekst = (veld: string) => z.string().trim().min(1, { error: `${veld} mag niet leeg zijn` });

const DATUM_PATROON = /^\d{4}(?:-\d{2}(?:-\d{2})?)?$/;
const DATUM_FOUT = 'schrijf de datum als JJJJ-MM-DD, of alleen JJJJ-MM of JJJJ als de bron niet meer zegt (bijvoorbeeld 2014)';

/** Whether a date of one, two or three parts exists in the calendar. */
function bestaat(s: string): boolean {
  const [jaar, maand = '01', dag = '01'] = s.split('-');
  const iso = `${jaar}-${maand}-${dag}`;
  const d = new Date(`${iso}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === iso;
}

/**
 * A date as precise as its source: JJJJ, JJJJ-MM or JJJJ-MM-DD. A story may not claim a day its source
 * does not give. YAML turns `2014` into a number and some parsers `2014-11-26` into a Date: both are
 * normalised to the string form.
 */
export const datumSchema = z.preprocess(
  (v) =>
    v instanceof Date && !Number.isNaN(v.getTime())
      ? v.toISOString().slice(0, 10)
      : typeof v === 'number' && Number.isInteger(v)
        ? String(v)
        : v,
  z
    .string({ error: DATUM_FOUT })
    .regex(DATUM_PATROON, { error: DATUM_FOUT, abort: true })
    .refine(bestaat, { error: 'deze datum bestaat niet; controleer dag en maand' }),
);

/**
 * Extra search words. A semicolon separates them in the open data (verhalen.csv), so a keyword may not
 * hold one.
 */
export const trefwoordenSchema = z
  .array(
    z
      .string()
      .trim()
      .min(1)
      .refine((w) => !w.includes(';'), { error: 'een trefwoord mag geen puntkomma bevatten: die scheidt trefwoorden in de open data. Maak er twee trefwoorden van.' }),
  )
  .optional();
