/**
 * Sanitises a rendered HTML string (the loader calls this for every story and lab). Parsed with
 * Sätteri's HTML parser (html5ever, as a browser parses), cleaned with the table in sanitiser.ts and
 * written back with hast-util-to-html.
 */
import type { Root } from 'hast';
import { toHtml } from 'hast-util-to-html';
import { htmlToHast } from 'satteri';
import { onveiligeOnderdelen, saneer } from './sanitiser.ts';

/** The sanitised HTML, and what could act that the sanitiser removed (then a gate missed it). */
export function saneerHtml(html: string): { html: string; verwijderd: string[] } {
  const boom = htmlToHast(html, { fragment: true }) as unknown as Root;
  return { verwijderd: onveiligeOnderdelen(boom), html: toHtml(saneer(boom)) };
}
