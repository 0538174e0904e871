/**
 * The safety gates of `npm run check`, run on the form's story before anything leaves the browser: a
 * pull request is public the moment it exists, and a URL with the story in it lands in browser history
 * and server logs. The same rules (src/lib/veiligheid/): the personal-data scan on every field as a
 * reader sees it, the MDX gate on the text, and the check of its text components (src/lib/verhaaltekst/).
 * Parsers and settings are passed in, so this runs in Node with the same parsers as in the browser
 * (src/lib/veiligheid/micromark.ts).
 */
import type { Root } from 'mdast';
import { leesbareTekst } from '../veiligheid/leesbaar.ts';
import { bronIds, componentProblemen } from '../verhaaltekst/controle.ts';
import { htmlProblemen, linkProblemen, mdxProblemen, mdxSyntaxfout, onveiligeUrls, type Melding } from '../veiligheid/mdx.ts';
import { beschrijving, dataVelden, scanVelden, type SoortGegeven, type Veldtekst, type Vrijstelling } from '../veiligheid/persoonsgegevens.ts';

export interface Parsers {
  mdx(body: string): { boom: Root } | { fout: { regel: number; reden: string } };
  markdown(body: string): Root;
}

export interface VeiligheidsOpties {
  parsers: Parsers;
  /** E-mail domains that may appear (the site's own and the example domains). */
  emailDomeinen: readonly string[];
}

/** A personal-data finding the contributor may ask an exception for. */
export interface PrivacyVondst {
  soort: SoortGegeven;
  waarde: string;
  /** The field as the file and the exception name it: `samenvatting`, `belemmeringen[0].omschrijving`, `tekst`. */
  veld: string;
  /** The path in the frontmatter (absent for the text). */
  pad?: readonly (string | number)[];
  /** What was found and what to do, with the value unmasked (only the contributor sees it). */
  bericht: string;
  /** Covered by an exception the contributor asked for. */
  vrijgesteld: boolean;
}

export interface VeiligheidsUitslag {
  /** Every personal-data finding, with or without an exception. */
  privacy: PrivacyVondst[];
  /** Code in the text (MDX gate) and unsafe addresses: no exception possible. */
  code: { pad?: readonly (string | number)[]; bericht: string }[];
}

const isVrijstellingen = (p: (string | number)[]) => p[0] === 'privacy' && p[1] === 'vrijstellingen';

/** Runs both gates on a story made by the form (`fm` its frontmatter, `tekst` its body). */
export function controleerVeiligheid(fm: Record<string, unknown>, tekst: string, vrijstellingen: readonly Vrijstelling[], opties: VeiligheidsOpties): VeiligheidsUitslag {
  const md = opties.parsers.markdown(tekst);
  const velden: Veldtekst[] = [...dataVelden(fm, () => 1, isVrijstellingen), { veld: 'tekst', ...leesbareTekst(md) }];
  const alle = scanVelden(velden, [], opties.emailDomeinen).bevindingen;
  const over = new Set(scanVelden(velden, vrijstellingen, opties.emailDomeinen).bevindingen.map((b) => `${b.veld}\u0000${b.waarde}`));
  const gezien = new Set<string>();
  const privacy: PrivacyVondst[] = [];
  for (const b of alle) {
    const sleutel = `${b.veld}\u0000${b.waarde}`;
    if (gezien.has(sleutel)) continue;
    gezien.add(sleutel);
    privacy.push({ soort: b.soort, waarde: b.waarde, veld: b.veld, ...(b.pad ? { pad: b.pad } : {}), bericht: beschrijving(b, false), vrijgesteld: !over.has(sleutel) });
  }

  const mdx = opties.parsers.mdx(tekst);
  const meldingen: Melding[] =
    'fout' in mdx
      ? [mdxSyntaxfout(mdx.fout)]
      : [...mdxProblemen(mdx.boom, tekst), ...componentProblemen(mdx.boom, bronIds(fm)), ...linkProblemen(mdx.boom), ...htmlProblemen(md, mdx.boom)];
  meldingen.push(...linkProblemen(md));
  const code: VeiligheidsUitslag['code'] = [];
  const dubbel = new Set<string>();
  for (const m of meldingen) {
    const bericht = `Regel ${m.regel} van de tekst: ${m.bericht}`;
    if (dubbel.has(bericht)) continue;
    dubbel.add(bericht);
    code.push({ bericht });
  }
  for (const u of onveiligeUrls(fm)) code.push({ pad: u.pad, bericht: u.bericht.charAt(0).toUpperCase() + u.bericht.slice(1) });
  return { privacy, code };
}
