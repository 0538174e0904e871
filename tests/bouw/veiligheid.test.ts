// The build stops at an unsafe story before any page exists, and names file, line and fix
// without repeating the personal data. (What the build makes of safe content: tests/e2e/gebouwd.test.ts.)
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { FIXTURE_INHOUD, tijdelijkProject } from '../helpers/project.ts';

describe('astro build with an unsafe story', () => {
  const project = tijdelijkProject(true, 'fixture');
  afterAll(() => project.opruimen());

  it('stops before any page is built and names file, line and fix', () => {
    const goed = readFileSync(join(FIXTURE_INHOUD, 'verhalen/schuld-en-opvang.mdx'), 'utf8');
    const regels = goed.split('\n').length; // the file ends with a newline, so line `regels` is empty
    project.schrijf('content/verhalen/onveilig.mdx', `${goed}\nexport const x = 1\n\nHaar BSN is 123456782.\n`);
    const r = project.bouw();
    expect(r.status).not.toBe(0);
    expect(r.uitvoer).toContain(`content/verhalen/onveilig.mdx:${regels + 1}: import en export zijn niet toegestaan in een verhaal`);
    expect(r.uitvoer).toContain(`content/verhalen/onveilig.mdx:${regels + 3}: burgerservicenummer gevonden (BSN 1234***82).`);
    expect(r.uitvoer).not.toContain('123456782');
    expect(r.uitvoer).not.toContain('Shiki');
    expect(existsSync(join(project.dir, 'dist'))).toBe(false);
  });
});
