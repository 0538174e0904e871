// `npm run check`: validates all content without a build and lists every problem at once.
// In GitHub Actions (GITHUB_ACTIONS=true) problems are printed as annotations on the pull request.
import { bestandscontroles, controleerInhoud, datacontroles } from '../src/lib/inhoud/controle.ts';
import { formatteerAnnotatie, formatteerProbleem } from '../src/lib/inhoud/problemen.ts';
import { SITE } from '../src/site.config.ts';

const root = process.argv[2] ?? process.cwd();
const { problemen, aantallen } = controleerInhoud(root, bestandscontroles(SITE), datacontroles(SITE));
const inActions = process.env.GITHUB_ACTIONS === 'true';

for (const p of problemen) console.log(inActions ? formatteerAnnotatie(p) : formatteerProbleem(p));

if (problemen.length) {
  const bestanden = new Set(problemen.map((p) => p.bestand)).size;
  console.error(`\n${problemen.length} ${problemen.length === 1 ? 'probleem' : 'problemen'} in ${bestanden} bestand${bestanden === 1 ? '' : 'en'}. Los ze op en draai "npm run check" opnieuw.`);
  process.exit(1);
}
console.log(`Inhoud in orde: ${aantallen.verhalen} verhalen en ${aantallen.labs} labs gecontroleerd.`);
