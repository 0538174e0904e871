/**
 * An English title and summary, for international exchange: a translation of the Dutch title and
 * summary, nothing more. Pages mark it up with lang="en"; /en/ lists every story and lab that has one.
 */
import { z } from 'zod';
import { tekst } from './basis.ts';

/** `max` is the limit of the Dutch summary (SAMENVATTING_MAX), passed in so this file needs no story schema. */
export function engelsSchema(max: number) {
  return z
    .object({
      titel: tekst('engels.titel').meta({ description: 'De titel in het Engels.' }),
      samenvatting: tekst('engels.samenvatting')
        .max(max, { error: (iss) => `de Engelse samenvatting is ${String(iss.input).length} tekens; maak haar hoogstens ${max} tekens` })
        .meta({ description: `De samenvatting in het Engels: alleen wat de Nederlandse samenvatting zegt, hoogstens ${max} tekens.` }),
    })
    .strict()
    .meta({ description: 'Engelse titel en samenvatting voor internationale uitwisseling (optioneel): een vertaling van titel en samenvatting, niets meer.' });
}

export type Engels = z.output<ReturnType<typeof engelsSchema>>;
