// `npm run vrijstellingen -- --basis origin/main`: lists the exceptions to the personal-data scan that
// are new against the base branch, for the editors (the pull-request workflow writes it to the job
// summary and as warnings on the diff). Exits 0: an editor decides, not the check.
import { execFileSync } from 'node:child_process';
import { leesBestand, mdxBestanden } from '../src/lib/inhoud/controle.ts';
import { leesFrontmatter } from '../src/lib/inhoud/frontmatter.ts';
import { annotaties, nieuweVrijstellingen, samenvatting, vrijstellingenVan, type GevondenVrijstelling } from '../src/lib/inhoud/vrijstellingen.ts';

const args = process.argv.slice(2);
const basis = args[args.indexOf('--basis') + 1];
const root = process.cwd();

const nu: GevondenVrijstelling[] = [];
const opBasis: GevondenVrijstelling[] = [];
for (const map of ['verhalen', 'labs'] as const) {
  for (const abs of mdxBestanden(root, map)) {
    const bestand = leesBestand(root, abs, map === 'labs' ? 'lab' : 'verhaal');
    const gevonden = vrijstellingenVan(bestand);
    if (!gevonden.length) continue;
    nu.push(...gevonden);
    if (!basis || args.indexOf('--basis') < 0) continue;
    let oud: string | undefined;
    try {
      oud = execFileSync('git', ['show', `${basis}:${bestand.pad}`], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] });
    } catch {
      oud = undefined; // a new file: every exception in it is new
    }
    if (oud !== undefined) opBasis.push(...vrijstellingenVan({ pad: bestand.pad, gelezen: leesFrontmatter(oud.replace(/\r\n?/g, '\n')) }));
  }
}
const nieuw = nieuweVrijstellingen(nu, opBasis);
if (process.env.GITHUB_ACTIONS === 'true') for (const a of annotaties(nieuw)) console.error(a);
console.log(samenvatting(nieuw));

