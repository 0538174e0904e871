// The template is the way in without the form: copied under a real name, it must pass `npm run check`.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { controleerInhoud } from '../../src/lib/inhoud/controle.ts';
import { ROOT, tijdelijkProject } from '../helpers/project.ts';
import { COMPONENTNAMEN, WOORDENSCHAT } from '../../src/lib/verhaaltekst/woordenschat.ts';

describe('content/verhalen/_sjabloon.mdx', () => {
  let project: ReturnType<typeof tijdelijkProject> | undefined;
  afterEach(() => project?.opruimen());

  it('is ignored as it is, and passes the check once copied to a real name', () => {
    project = tijdelijkProject();
    const voor = controleerInhoud(project.dir).aantallen.verhalen;
    project.schrijf('content/verhalen/mijn-verhaal.mdx', readFileSync(join(ROOT, 'content/verhalen/_sjabloon.mdx'), 'utf8'));
    const { problemen, aantallen } = controleerInhoud(project.dir);
    // Against the real taxonomies; the stories beside it are npm run check's business.
    expect(problemen.filter((p) => p.bestand === 'content/verhalen/mijn-verhaal.mdx')).toEqual([]);
    expect(aantallen.verhalen).toBe(voor + 1);
  });

  it('shows every text component as the vocabulary writes it', () => {
    const sjabloon = readFileSync(join(ROOT, 'content/verhalen/_sjabloon.mdx'), 'utf8');
    for (const naam of COMPONENTNAMEN) {
      const eersteRegel = WOORDENSCHAT[naam].voorbeeld.split('\n')[0]!;
      expect(sjabloon, naam).toContain(eersteRegel);
    }
  });
});
