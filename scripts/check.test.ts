import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { ROOT, tijdelijkProject } from '../tests/helpers/project.ts';

/** `npm run check` on a project folder, as CI runs it. */
function check(dir: string, env: Record<string, string | undefined>) {
  const r = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/check.ts', dir], {
    cwd: ROOT,
    encoding: 'utf8',
    env: { ...process.env, GITHUB_ACTIONS: undefined, ...env },
  });
  return { code: r.status, uit: r.stdout, fout: r.stderr };
}

const KAPOT = `---
titel: "Kapot verhaal"
samenvatting: "Test"
datum: 2024-03-01
gemeenten: [amsterdm]
domeinen: [schulden]
rapporteurs: [pieter-hilhorst]
belemmeringen:
  - id: geen-woning
    soort: strijdige-regels
    omschrijving: "Geen woning."
privacy:
  gepseudonimiseerd: true
  toestemming: "n.v.t."
status: gepubliceerd
doelgroepen: [jongeren]
bronnen: [{ id: b, titel: Verslag }]
---

Tekst.
`;

describe('npm run check in GitHub Actions', () => {
  let project: ReturnType<typeof tijdelijkProject> | undefined;
  afterEach(() => project?.opruimen());

  it('prints every problem as an annotation with file and line, and fails', () => {
    project = tijdelijkProject();
    project.schrijf('content/verhalen/kapot.mdx', KAPOT.replace('domeinen: [schulden]', 'domeinen: []'));
    const r = check(project.dir, { GITHUB_ACTIONS: 'true' });
    expect(r.code).toBe(1);
    const regels = r.uit.trim().split('\n');
    expect(regels).toEqual([
      '::error file=content/verhalen/kapot.mdx,line=5,title=gemeenten[0]::onbekende gemeente "amsterdm". Bedoelde je "amsterdam"?',
      '::error file=content/verhalen/kapot.mdx,line=6,title=domeinen::noem minstens één domein',
    ]);
    expect(r.fout).toContain('2 problemen in 1 bestand. Pas het bestand aan in je pull request');
  });

  it('writes a summary in Dutch for the contributor: what to fix, or what happens next', () => {
    project = tijdelijkProject();
    const samenvatting = join(project.dir, 'samenvatting.md');
    project.schrijf('content/verhalen/kapot.mdx', KAPOT);
    expect(check(project.dir, { GITHUB_ACTIONS: 'true', GITHUB_STEP_SUMMARY: samenvatting }).code).toBe(1);
    const fout = readFileSync(samenvatting, 'utf8');
    expect(fout).toContain('## De controle vond 1 punt om te verbeteren');
    expect(fout).toContain('| `content/verhalen/kapot.mdx` | 5 | `gemeenten[0]` | onbekende gemeente "amsterdm". Bedoelde je "amsterdam"? |');
    project.schrijf('content/verhalen/kapot.mdx', KAPOT.replace('amsterdm', 'amsterdam'));
    project.schrijf('samenvatting.md', '');
    expect(check(project.dir, { GITHUB_ACTIONS: 'true', GITHUB_STEP_SUMMARY: samenvatting }).code).toBe(0);
    expect(readFileSync(samenvatting, 'utf8')).toContain('### Wat er nu gebeurt');
  });

  it('prints plain Dutch lines outside Actions, and passes on good content', () => {
    project = tijdelijkProject();
    project.schrijf('content/verhalen/kapot.mdx', KAPOT);
    const kapot = check(project.dir, {});
    expect(kapot.code).toBe(1);
    expect(kapot.uit.trim()).toBe('content/verhalen/kapot.mdx:5 gemeenten[0]: onbekende gemeente "amsterdm". Bedoelde je "amsterdam"?');
    project.schrijf('content/verhalen/kapot.mdx', KAPOT.replace('amsterdm', 'amsterdam'));
    const goed = check(project.dir, { GITHUB_ACTIONS: 'true' });
    expect(goed.code).toBe(0);
    expect(goed.uit).toMatch(/^Inhoud in orde: \d+ verhalen/);
  });
});
