/**
 * The exceptions to the personal-data scan, listed for the editors. An exception silences a finding,
 * so a contributor cannot grant one alone: the pull-request check (scripts/vrijstellingen.ts in
 * .github/workflows/pr.yml) lists every exception that is new against the base branch, and an editor
 * approves it or not (CONTRIBUTING.md). The value is masked, because the check's output is public.
 */
import { VRIJSTELLINGEN_BESTAND } from '../../schema/index.ts';
import { leesVrijstellingen } from '../veiligheid/bestanden.ts';
import { maskeer, zoekPersoonsgegevens } from '../veiligheid/persoonsgegevens.ts';
import type { InhoudBestand } from './controle.ts';
import { leesYaml } from './frontmatter.ts';
import { formatteerAnnotatie } from './problemen.ts';

export interface GevondenVrijstelling {
  bestand: string;
  regel: number;
  veld: string;
  waarde: string;
  reden: string;
}

/** The exceptions in a story or lab file, with their lines. */
export function vrijstellingenVan(bestand: Pick<InhoudBestand, 'pad' | 'gelezen'>): GevondenVrijstelling[] {
  return leesVrijstellingen(bestand.gelezen.data).map((v) => ({
    bestand: bestand.pad,
    regel: bestand.gelezen.regelVan(['privacy', 'vrijstellingen', v.index]),
    veld: v.veld,
    waarde: v.waarde,
    reden: v.reden,
  }));
}

/**
 * The exceptions of content/vrijstellingen.yaml (for taxonomy files), from its text: listed at their
 * line in that file, with the file they apply to in front of the field.
 */
export function vrijstellingenUitBestand(tekst: string): GevondenVrijstelling[] {
  const { data, regelVan } = leesYaml(tekst.replace(/\r\n?/g, '\n'));
  if (!Array.isArray(data)) return [];
  return data.flatMap((item, i) => {
    const { bestand, veld, waarde, reden } = (item ?? {}) as Record<string, unknown>;
    if (![bestand, veld, waarde, reden].every((x) => typeof x === 'string')) return [];
    return [{ bestand: VRIJSTELLINGEN_BESTAND, regel: regelVan([i]), veld: `${String(bestand)}: ${String(veld)}`, waarde: String(waarde), reden: String(reden) }];
  });
}

const sleutel = (v: Pick<GevondenVrijstelling, 'bestand' | 'veld' | 'waarde'>) => JSON.stringify([v.bestand, v.veld, v.waarde]);

/** The exceptions of `nu` that `basis` (the base branch) does not have: the ones an editor must judge. */
export function nieuweVrijstellingen(nu: readonly GevondenVrijstelling[], basis: readonly GevondenVrijstelling[]): GevondenVrijstelling[] {
  const bekend = new Set(basis.map(sleutel));
  return nu.filter((v) => !bekend.has(sleutel(v)));
}

/** The value masked as the scan would mask it (its kind is found again), or its first characters. */
function gemaskeerd(waarde: string): string {
  const soort = zoekPersoonsgegevens(waarde)[0]?.soort;
  return soort ? maskeer(soort, waarde) : `${waarde.slice(0, 2)}***`;
}

/** The job summary in Markdown: a table the editors cannot miss. */
export function samenvatting(nieuw: readonly GevondenVrijstelling[]): string {
  if (!nieuw.length) return '### Vrijstellingen van de privacycontrole\n\nDeze pull request voegt geen vrijstellingen toe.\n';
  const cel = (s: string) => s.replace(/\|/g, '\\|').replace(/\n/g, ' ');
  return [
    `### ⚠️ ${nieuw.length} nieuwe ${nieuw.length === 1 ? 'vrijstelling' : 'vrijstellingen'} van de privacycontrole`,
    '',
    'Een redacteur moet elke vrijstelling goedkeuren voordat deze pull request wordt samengevoegd: is de waarde echt geen persoonsgegeven, en houdt de reden stand? Zie CONTRIBUTING.md, *Vrijstellingen*.',
    '',
    '| bestand | veld | waarde | reden |',
    '| --- | --- | --- | --- |',
    ...nieuw.map((v) => `| ${cel(v.bestand)}:${v.regel} | ${cel(v.veld)} | ${cel(gemaskeerd(v.waarde))} | ${cel(v.reden)} |`),
    '',
  ].join('\n');
}

/** One warning annotation per new exception, on its line in the pull request's diff. */
export function annotaties(nieuw: readonly GevondenVrijstelling[]): string[] {
  return nieuw.map((v) =>
    formatteerAnnotatie({
      bestand: v.bestand,
      regel: v.regel,
      veld: `vrijstelling voor ${v.veld}`,
      bericht: `Nieuwe vrijstelling (${gemaskeerd(v.waarde)} in ${v.veld}): een redacteur moet haar goedkeuren. Reden: ${v.reden}`,
    }).replace(/^::error /, '::warning '),
  );
}
