// `npm run vrijstellingen -- --basis origin/main`: lists the exceptions to the personal-data scan that
// are new against the base branch, for the editors (the pull-request workflow writes it to the job
// summary and as warnings on the diff). Exits 0: an editor decides, not the check.
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { leesBestand, mdxBestanden } from '../src/lib/inhoud/controle.ts';
import { leesFrontmatter } from '../src/lib/inhoud/frontmatter.ts';
import { VRIJSTELLINGEN_BESTAND } from '../src/schema/index.ts';
import { annotaties, nieuweVrijstellingen, samenvatting, vrijstellingenUitBestand, vrijstellingenVan, type GevondenVrijstelling } from '../src/lib/inhoud/vrijstellingen.ts';

const args = process.argv.slice(2);
const basis = args[args.indexOf('--basis') + 1];
const root = process.cwd();

const nu: GevondenVrijstelling[] = [];
const opBasis: GevondenVrijstelling[] = [];

/** A file's text on the base branch, or undefined when it is new there. */
function opBasisVan(pad: string): string | undefined {
  if (!basis || args.indexOf('--basis') < 0) return undefined;
  try {
    return execFileSync('git', ['show', `${basis}:${pad}`], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] });
  } catch {
    return undefined; // a new file: every exception in it is new
  }
}

// The exceptions for taxonomy files.
if (existsSync(join(root, VRIJSTELLINGEN_BESTAND))) {
  nu.push(...vrijstellingenUitBestand(readFileSync(join(root, VRIJSTELLINGEN_BESTAND), 'utf8')));
  const oud = opBasisVan(VRIJSTELLINGEN_BESTAND);
  if (oud !== undefined) opBasis.push(...vrijstellingenUitBestand(oud));
}
for (const map of ['verhalen', 'labs'] as const) {
  for (const abs of mdxBestanden(root, map)) {
    const bestand = leesBestand(root, abs, map === 'labs' ? 'lab' : 'verhaal');
    const gevonden = vrijstellingenVan(bestand);
    if (!gevonden.length) continue;
    nu.push(...gevonden);
    const oud = opBasisVan(bestand.pad);
    if (oud !== undefined) opBasis.push(...vrijstellingenVan({ pad: bestand.pad, gelezen: leesFrontmatter(oud.replace(/\r\n?/g, '\n')) }));
  }
}
const nieuw = nieuweVrijstellingen(nu, opBasis);
if (process.env.GITHUB_ACTIONS === 'true') for (const a of annotaties(nieuw)) console.error(a);
console.log(samenvatting(nieuw));

