/**
 * The safety gates as content checks over files on disk (`npm run check` and the build). The rules
 * live in pure modules that the submission form runs too (mdx.ts, persoonsgegevens.ts, leesbaar.ts);
 * this module parses with Sätteri's native parser, the one the renderer uses, and maps findings to
 * file lines.
 */
import type { Root } from 'mdast';
import { markdownToMdast, mdxToMdast } from 'satteri';
import type { BestandsControle, DataControle, InhoudBestand } from '../inhoud/controle.ts';
import { veldpad, type Probleem } from '../inhoud/problemen.ts';
import { leesbareTekst } from './leesbaar.ts';
import { MARKDOWN_OPTIES } from './markdown.ts';
import { htmlProblemen, leesParserFout, linkProblemen, mdxProblemen, mdxSyntaxfout, onveiligeUrls, TOEGESTANE_COMPONENTEN, type Toegestaan } from './mdx.ts';
import { bericht, beschrijving, bestandsVrijstellingUitleg, dataVelden, scanVelden, VOORBEELDDOMEINEN, veldtekst, type Veldtekst, type Vrijstelling } from './persoonsgegevens.ts';

/** The body as the renderer parses it; kept per file so both gates parse it once. */
const markdownBomen = new WeakMap<InhoudBestand, Root>();
export function markdownBoom(bestand: InhoudBestand): Root {
  let boom = markdownBomen.get(bestand);
  if (!boom) {
    boom = markdownToMdast(bestand.gelezen.body, MARKDOWN_OPTIES) as Root;
    markdownBomen.set(bestand, boom);
  }
  return boom;
}

/** Parses an MDX body; a syntax error comes back as a value, with its line in the body. */
export function parseMdx(body: string): { boom: Root } | { fout: { regel: number; reden: string } } {
  try {
    return { boom: mdxToMdast(body, { features: { ...MARKDOWN_OPTIES.features, frontmatter: false } }) as Root };
  } catch (e) {
    return { fout: leesParserFout(e) };
  }
}

/** Makes the MDX gate, with an allowlist of components (the project's table by default). */
export function maakMdxControle(toegestaan: Toegestaan = TOEGESTANE_COMPONENTEN): BestandsControle {
  return (bestand: InhoudBestand): Probleem[] => {
    const { pad, gelezen } = bestand;
    const inBody = (m: { regel: number; bericht: string }): Probleem => ({ bestand: pad, regel: gelezen.bodyRegel + m.regel - 1, bericht: m.bericht });
    const problemen: Probleem[] = onveiligeUrls(gelezen.data).map((m) => ({
      bestand: pad,
      regel: gelezen.regelVan(m.pad),
      veld: veldpad(m.pad),
      bericht: m.bericht,
    }));
    const mdx = parseMdx(gelezen.body);
    const meldingen = 'fout' in mdx ? [mdxSyntaxfout(mdx.fout)] : mdxProblemen(mdx.boom, gelezen.body, toegestaan);
    // Links as the renderer reads them, and as MDX reads them: each parser may see a link the other reads as code.
    const md = markdownBoom(bestand);
    const links = [...linkProblemen(md), ...('boom' in mdx ? [...linkProblemen(mdx.boom), ...htmlProblemen(md, mdx.boom)] : [])];
    const gezien = new Set<string>();
    for (const m of [...meldingen, ...links]) {
      const sleutel = `${m.regel}\u0000${m.bericht}`;
      if (gezien.has(sleutel)) continue;
      gezien.add(sleutel);
      problemen.push(inBody(m));
    }
    return problemen.sort((a, b) => a.regel - b.regel);
  };
}

/** The exceptions in a file's frontmatter that have the current shape (the schema reports the rest). */
export function leesVrijstellingen(data: unknown): (Vrijstelling & { index: number })[] {
  const lijst = (data as { privacy?: { vrijstellingen?: unknown } } | undefined)?.privacy?.vrijstellingen;
  if (!Array.isArray(lijst)) return [];
  return lijst.flatMap((v, index) => {
    const { waarde, veld, reden } = (v ?? {}) as Record<string, unknown>;
    return typeof waarde === 'string' && typeof veld === 'string' && typeof reden === 'string' ? [{ waarde, veld, reden, index }] : [];
  });
}

/** Line of `waarde` in a multi-line frontmatter value that starts at line `vanaf`. */
function preciezeRegel(regels: string[], vanaf: number, tot: number, waarde: string): number {
  for (let r = vanaf; r < tot && r <= regels.length; r++) if (regels[r - 1]!.includes(waarde)) return r;
  return vanaf;
}

const isVrijstellingen = (p: (string | number)[]) => p[0] === 'privacy' && p[1] === 'vrijstellingen';

/** Makes the personal data check of stories and labs, with the e-mail domains that may appear. */
export function maakPersoonsgegevensControle(emailDomeinen: readonly string[] = VOORBEELDDOMEINEN): BestandsControle {
  return (bestand: InhoudBestand): Probleem[] => {
    const { pad, gelezen, bron } = bestand;
    // The file's lines are only needed to place a finding in a multi-line value.
    let gesplitst: string[] | undefined;
    const regels = () => (gesplitst ??= bron.split('\n'));
    const velden: Veldtekst[] = [
      // The file name becomes the page address and shows up in the sitemap, the open data and search.
      veldtekst('bestandsnaam', bestand.id.replace(/[-_.]+/g, ' '), 1),
    ];
    if (gelezen.data !== undefined) {
      for (const v of dataVelden(gelezen.data, gelezen.regelVan, isVrijstellingen)) {
        velden.push({ ...v, regelOp: (i) => preciezeRegel(regels(), v.regelOp(0), gelezen.bodyRegel, v.tekst.slice(i, i + 6)) });
      }
    } else {
      // Broken frontmatter is reported elsewhere; still scan its text so nothing slips through.
      const kop = regels().slice(0, gelezen.bodyRegel - 1).join('\n');
      const v = veldtekst('frontmatter', kop, 1);
      velden.push({ ...v, regelOp: (i) => 1 + (v.tekst.slice(0, i).match(/\n/g)?.length ?? 0) });
    }
    const body = leesbareTekst(markdownBoom(bestand), gelezen.bodyRegel);
    velden.push({ veld: 'tekst', ...body });

    const vrijstellingen = leesVrijstellingen(gelezen.data);
    const { bevindingen, gebruikt } = scanVelden(velden, vrijstellingen, emailDomeinen);
    const problemen: Probleem[] = bevindingen.map((b) => ({
      bestand: pad,
      regel: b.regel,
      ...(b.veld === 'tekst' ? {} : { veld: b.veld }),
      bericht: bericht(b, b.veld),
    }));
    vrijstellingen.forEach((s, i) => {
      if (gebruikt[i]) return;
      const p = ['privacy', 'vrijstellingen', s.index, 'waarde'];
      problemen.push({
        bestand: pad,
        regel: gelezen.regelVan(p),
        veld: veldpad(p),
        bericht: `deze vrijstelling wordt niet (meer) gebruikt: de privacycontrole vindt deze waarde niet in veld "${s.veld}". Verwijder het item, of schrijf waarde en veld precies zoals de controle ze noemde.`,
      });
    });
    return problemen;
  };
}

/** Makes the personal data check of a taxonomy file (rapporteurs, tags, …): every value is published. */
export function maakDataPersoonsgegevensControle(emailDomeinen: readonly string[] = VOORBEELDDOMEINEN): DataControle {
  return (bestand, data, regelVan, alleVrijstellingen) => {
    const vrijstellingen = alleVrijstellingen.filter((v) => v.bestand === bestand);
    const { bevindingen, gebruikt } = scanVelden(dataVelden(data, regelVan), vrijstellingen, emailDomeinen);
    vrijstellingen.forEach((v, i) => {
      if (gebruikt[i]) v.gebruikt = true;
    });
    return bevindingen.map((b) => ({
      bestand,
      regel: b.regel,
      veld: b.veld,
      bericht: `${beschrijving(b)} ${bestandsVrijstellingUitleg(bestand, b.veld)}`,
    }));
  };
}

/** The check registered in BESTANDSCONTROLES: only the example domains may appear in e-mail addresses. */
export const controleerMdx: BestandsControle = maakMdxControle();
export const controleerPersoonsgegevens: BestandsControle = maakPersoonsgegevensControle();
