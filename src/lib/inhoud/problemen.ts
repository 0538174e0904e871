/** A problem found in a content file: always with file, line and a message that says how to fix it. */
import type { z } from 'zod';
import { suggestie } from '../../schema/index.ts';

export interface Probleem {
  /** Path relative to the project root, with forward slashes. */
  bestand: string;
  /** 1-based line in that file. */
  regel: number;
  /** Field path such as `belemmeringen[0].soort`; absent for problems in the body. */
  veld?: string;
  bericht: string;
}

export function veldpad(pad: readonly PropertyKey[]): string {
  return pad.reduce<string>((s, deel) => (typeof deel === 'number' ? `${s}[${deel}]` : s ? `${s}.${String(deel)}` : String(deel)), '');
}

/** Turns zod issues into problems, locating each field in the file. */
export function zodProblemen(
  bestand: string,
  error: z.ZodError,
  regelVan: (pad: readonly PropertyKey[]) => number,
  toegestaneVelden: (pad: readonly PropertyKey[]) => string[] = () => [],
): Probleem[] {
  const problemen: Probleem[] = [];
  for (const issue of error.issues) {
    const pad = issue.path as PropertyKey[];
    if (issue.code === 'unrecognized_keys') {
      const toegestaan = toegestaneVelden(pad);
      for (const sleutel of issue.keys) {
        const hint = suggestie(sleutel, toegestaan);
        problemen.push({
          bestand,
          regel: regelVan([...pad, sleutel]),
          veld: veldpad([...pad, sleutel]),
          bericht: `onbekend veld "${sleutel}". ${
            hint ? `Bedoelde je "${hint}"?` : `Verwijder het, of kies uit: ${toegestaan.join(', ')}.`
          }`,
        });
      }
      continue;
    }
    const naam = String(pad.at(-1) ?? '');
    const bericht = eersteLetterKlein(issue.message);
    // zod reports a missing field as a wrong type (or value) with no input.
    const ontbreekt = 'input' in issue && issue.input === undefined && issue.code !== 'custom';
    const standaard = bericht.startsWith('ongeldige invoer');
    problemen.push({
      bestand,
      regel: regelVan(pad),
      veld: veldpad(pad),
      bericht: ontbreekt
        ? `verplicht veld "${naam}" ontbreekt. Voeg "${naam}:" toe aan de frontmatter${standaard ? '' : ` (${bericht})`}; zie content/verhalen/_sjabloon.mdx.`
        : bericht,
    });
  }
  return problemen;
}

function eersteLetterKlein(s: string): string {
  return s.charAt(0).toLowerCase() + s.slice(1);
}

/** `content/verhalen/x.mdx:12 tags[1]: bericht` — the plain form used by the CLI and the build. */
export function formatteerProbleem(p: Probleem): string {
  return `${p.bestand}:${p.regel}${p.veld ? ` ${p.veld}` : ''}: ${p.bericht}`;
}

/** GitHub Actions annotation, so the problem shows on the pull request's diff. */
export function formatteerAnnotatie(p: Probleem): string {
  const escape = (s: string) => s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
  const titel = p.veld ? `title=${escape(p.veld).replace(/,/g, '%2C').replace(/:/g, '%3A')}` : '';
  return `::error file=${p.bestand},line=${p.regel}${titel ? `,${titel}` : ''}::${escape(p.bericht)}`;
}
