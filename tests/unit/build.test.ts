// The real build must refuse broken content and name the file, field and fix.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ROOT, tijdelijkProject } from '../helpers/project.ts';

describe('astro build with a broken story', () => {
  const project = tijdelijkProject(true);
  afterAll(() => project.opruimen());

  it('fails and names the file, the field and the fix', () => {
    const goed = readFileSync(join(ROOT, 'content/verhalen/karima-schuld-houdt-haar-in-de-opvang.mdx'), 'utf8');
    project.schrijf('content/verhalen/kapot-verhaal.mdx', goed.replace('tags: [integrale-kosten-baten-analyse, integraal,', 'tags: [integrale-kosten-baten-analyse, integraall,'));
    const r = project.bouw();
    const uitvoer = r.uitvoer;
    expect(r.status).not.toBe(0);
    expect(uitvoer).toContain('content/verhalen/kapot-verhaal.mdx:10 tags[1]: onbekende tag "integraall". Bedoelde je "integraal"?');
  });
});
