// The real build must refuse broken content and name the file, line, field and fix.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { FIXTURE_INHOUD, tijdelijkProject } from '../helpers/project.ts';

describe('astro build with a broken story', () => {
  const project = tijdelijkProject(true, 'fixture');
  afterAll(() => project.opruimen());

  it('fails and names the file, the line, the field and the fix', () => {
    const goed = readFileSync(join(FIXTURE_INHOUD, 'verhalen/schuld-en-opvang.mdx'), 'utf8');
    const kapot = goed.replace(/^tags: \[integraal, /m, 'tags: [integraall, ');
    expect(kapot).not.toBe(goed);
    const regel = kapot.split('\n').findIndex((r) => r.startsWith('tags:')) + 1;
    project.schrijf('content/verhalen/kapot-verhaal.mdx', kapot);
    const r = project.bouw();
    expect(r.status).not.toBe(0);
    expect(r.uitvoer).toContain(`content/verhalen/kapot-verhaal.mdx:${regel} tags[0]: onbekende tag "integraall". Bedoelde je "integraal"?`);
  });
});
