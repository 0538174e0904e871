// `npm run check`: validates all content without a build and lists every problem at once.
// In GitHub Actions (GITHUB_ACTIONS=true) problems are printed as annotations on the pull request, and
// the step summary (GITHUB_STEP_SUMMARY) tells the contributor in Dutch what to fix or what happens next.
import { appendFileSync } from 'node:fs';
import { bestandscontroles, controleerInhoud, datacontroles } from '../src/lib/inhoud/controle.ts';
import { formatteerAnnotatie, formatteerProbleem } from '../src/lib/inhoud/problemen.ts';
import { stapSamenvatting } from '../src/lib/inhoud/samenvatting.ts';
import { SITE } from '../src/site.config.ts';

const root = process.argv[2] ?? process.cwd();
const { problemen, aantallen } = controleerInhoud(root, bestandscontroles(SITE), datacontroles(SITE));
const inActions = process.env.GITHUB_ACTIONS === 'true';

for (const p of problemen) console.log(inActions ? formatteerAnnotatie(p) : formatteerProbleem(p));
const samenvatting = process.env.GITHUB_STEP_SUMMARY;
if (inActions && samenvatting) appendFileSync(samenvatting, stapSamenvatting(problemen, aantallen));

if (problemen.length) {
  const bestanden = new Set(problemen.map((p) => p.bestand)).size;
  // On GitHub the contributor fixes the file in the browser; the check then runs again by itself.
  const oplossing = inActions ? 'Pas het bestand aan in je pull request (Files changed, dan … en Edit file); de controle draait daarna vanzelf opnieuw.' : 'Los ze op en draai "npm run check" opnieuw.';
  console.error(`\n${problemen.length} ${problemen.length === 1 ? 'probleem' : 'problemen'} in ${bestanden} bestand${bestanden === 1 ? '' : 'en'}. ${oplossing}`);
  process.exit(1);
}
console.log(`Inhoud in orde: ${aantallen.verhalen} verhalen en ${aantallen.labs} labs gecontroleerd.`);
