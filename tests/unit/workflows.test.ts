// The GitHub workflows are valid YAML and run what .ci/run runs.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { DOMEINEN } from '../../src/schema/index.ts';
import { ROOT } from '../helpers/project.ts';

interface Stap { uses?: string; run?: string; with?: Record<string, unknown>; env?: Record<string, string> }
interface Job { 'runs-on'?: string; steps: Stap[]; permissions?: Record<string, string>; env?: Record<string, string>; needs?: string; environment?: unknown }
interface Workflow { on: Record<string, unknown>; permissions?: Record<string, string>; jobs: Record<string, Job> }

const MAP = join(ROOT, '.github/workflows');
const lees = (naam: string) => parse(readFileSync(join(MAP, naam), 'utf8'), { strict: true, uniqueKeys: true }) as Workflow;
const stappen = (wf: Workflow) => Object.values(wf.jobs).flatMap((j) => j.steps);
/** npm and git commands in a shell script, one per line, without `if ! … then` around them. */
function commandos(script: string): string[] {
  return script
    .split('\n')
    .map((r) => r.trim().replace(/^if ! /, '').replace(/; then$/, ''))
    .filter((r) => /^(npm (ci|install|test|run)\b|git diff)/.test(r));
}
const CI = commandos(readFileSync(join(ROOT, '.ci/run'), 'utf8'));

describe('GitHub workflows', () => {
  it('are all valid YAML with jobs and steps', () => {
    const namen = readdirSync(MAP).filter((f) => /\.ya?ml$/.test(f));
    expect(namen.sort()).toEqual(['deploy.yml', 'pr.yml']);
    for (const naam of namen) {
      const wf = lees(naam);
      for (const job of Object.values(wf.jobs)) expect(job.steps.length).toBeGreaterThan(0);
    }
  });

  it('.ci/run installs from the lock and runs npm test', () => {
    expect(CI).toEqual(['npm ci --no-audit --no-fund', 'npm install --no-audit --no-fund', 'git diff --exit-code -- package-lock.json', 'npm test']);
  });

  it('.ci/run installs Java for the HTML check (vnu-jar) from Debian, only where it is missing, before npm test', () => {
    const script = readFileSync(join(ROOT, '.ci/run'), 'utf8');
    const regels = script.split('\n').map((r) => r.trim());
    const begin = regels.indexOf('if ! command -v java >/dev/null 2>&1; then');
    expect(begin, 'installeert Java alleen als het ontbreekt').toBeGreaterThanOrEqual(0);
    // Both installs (as root, and with sudo) sit inside that one if, which closes before npm runs.
    const einde = regels.indexOf('fi', regels.indexOf('fi', begin) + 1);
    const installaties = regels.map((r, i) => [r, i] as const).filter(([r]) => r.includes('apt-get install'));
    expect(installaties).toHaveLength(2);
    for (const [r, i] of installaties) {
      expect(r).toContain('install -y -qq default-jre-headless');
      expect(i).toBeGreaterThan(begin);
      expect(i).toBeLessThan(einde);
    }
    expect(installaties[1]![0]).toMatch(/^sudo apt-get update -qq && sudo /);
    expect(einde).toBeLessThan(regels.findIndex((r) => r.startsWith('if ! npm ci')));
  });

  it('pull requests: read-only, no secrets, Node 22, no browser install, and the commands of .ci/run plus the annotated check', () => {
    const tekst = readFileSync(join(MAP, 'pr.yml'), 'utf8');
    const wf = lees('pr.yml');
    expect(Object.keys(wf.on)).toEqual(['pull_request']);
    expect(wf.permissions).toEqual({ contents: 'read' });
    expect(tekst).not.toMatch(/secrets\./);
    const s = stappen(wf);
    expect(s.find((x) => x.uses?.startsWith('actions/checkout@'))?.with).toEqual({ 'persist-credentials': false, 'fetch-depth': 0 });
    expect(s.find((x) => x.uses?.startsWith('actions/setup-node@'))?.with?.['node-version']).toBe(22);
    const runs = s.flatMap((x) => (x.run ? commandos(x.run) : []));
    expect(runs).toEqual([
      'npm ci --no-audit --no-fund',
      'npm install --no-audit --no-fund',
      'git diff --exit-code -- package-lock.json',
      'npm run check',
      'npm run --silent vrijstellingen -- --basis "origin/${{ github.base_ref }}" >> "$GITHUB_STEP_SUMMARY"',
      'npm test',
    ]);
    // New exceptions to the privacy check are told from old ones against the base branch, for the editors.
    expect(s.find((x) => x.uses?.startsWith('actions/checkout@'))?.with?.['fetch-depth']).toBe(0);
    for (const c of CI) expect(runs).toContain(c);
    // The browser comes from npm (@sparticuz/chromium), so a first-time contributor's PR needs no apt-get;
    // Java for the HTML check is on ubuntu-latest already, and the workflow says it needs it.
    expect(tekst).not.toMatch(/apt-get/);
    expect(wf.jobs.controle!['runs-on']).toBe('ubuntu-latest');
    const java = s.findIndex((x) => x.run?.trim() === 'java -version');
    expect(java).toBeGreaterThan(-1);
    expect(java).toBeLessThan(s.findIndex((x) => x.run?.includes('npm test')));
    // The check must run with Actions' own GITHUB_ACTIONS=true, so it may not be overridden.
    expect(tekst).not.toMatch(/GITHUB_ACTIONS:/);
  });

  it('main: builds with the Pages site and base, then deploys with only the permissions it needs', () => {
    const wf = lees('deploy.yml');
    expect(wf.on.push).toEqual({ branches: ['main'] });
    expect(wf.permissions).toEqual({ contents: 'read' });
    const bouwen = wf.jobs.bouwen!;
    const publiceren = wf.jobs.publiceren!;
    expect(bouwen.env?.SITE).toBe('https://${{ github.repository_owner }}.github.io');
    expect(bouwen.env?.BASE_PATH).toContain("format('/{0}/', github.event.repository.name)");
    expect(bouwen.env?.REPOSITORY_URL).toBe('${{ github.server_url }}/${{ github.repository }}');
    const runs = bouwen.steps.flatMap((x) => (x.run ? commandos(x.run) : []));
    expect(runs).toEqual([...CI.filter((c) => c !== 'npm test'), 'npm run check', 'npm run build']);
    // The whole history, for the pages' publication dates (a shallow clone builds without them).
    expect(bouwen.steps.find((x) => x.uses?.startsWith('actions/checkout@'))?.with).toEqual({ 'persist-credentials': false, 'fetch-depth': 0 });
    expect(bouwen.steps.at(-1)).toEqual({ uses: 'actions/upload-pages-artifact@v3', with: { path: 'dist' } });
    expect(publiceren.needs).toBe('bouwen');
    expect(publiceren.permissions).toEqual({ pages: 'write', 'id-token': 'write' });
    expect(publiceren.steps.map((x) => x.uses)).toEqual(['actions/deploy-pages@v4']);
  });
});

describe('issue form for story ideas', () => {
  it('is a valid GitHub issue form with unique ids and a required privacy box', () => {
    const form = parse(readFileSync(join(ROOT, '.github/ISSUE_TEMPLATE/verhaal-idee.yml'), 'utf8'), { strict: true, uniqueKeys: true }) as {
      name: string; description: string; body: { type: string; id?: string; attributes: Record<string, unknown>; validations?: { required?: boolean } }[];
    };
    expect(form.name).toBe('Idee voor een verhaal');
    expect(form.description.length).toBeGreaterThan(0);
    const soorten = new Set(['markdown', 'input', 'textarea', 'dropdown', 'checkboxes']);
    for (const veld of form.body) {
      expect(soorten.has(veld.type), veld.type).toBe(true);
      if (veld.type !== 'markdown') expect(veld.attributes.label, JSON.stringify(veld)).toBeTruthy();
    }
    const ids = form.body.flatMap((v) => (v.id ? [v.id] : []));
    expect(new Set(ids).size).toBe(ids.length);
    const domein = form.body.find((v) => v.id === 'domeinen')!;
    expect(domein.attributes.options).toEqual([...DOMEINEN]);
    const privacy = form.body.find((v) => v.id === 'privacy')!;
    expect((privacy.attributes.options as { required: boolean }[])[0]!.required).toBe(true);
    // Said plainly, before anything is typed: an issue is public and holds no personal data.
    const eerste = form.body[0]!;
    expect(eerste.type).toBe('markdown');
    expect(eerste.attributes.value).toMatch(/Een issue is openbaar/);
    expect(eerste.attributes.value).toMatch(/geen persoonsgegevens/);
  });
});

describe('pull request template and CONTRIBUTING', () => {
  const sjabloon = readFileSync(join(ROOT, '.github/pull_request_template.md'), 'utf8');
  const handleiding = readFileSync(join(ROOT, 'CONTRIBUTING.md'), 'utf8');

  it('tell a first-time contributor, in Dutch, what happens next and how to fix what the check finds', () => {
    const hierna = sjabloon.slice(sjabloon.indexOf('## Wat er hierna gebeurt'), sjabloon.indexOf('## Voor de redactie'));
    for (const stap of ['**Details**', '**Files changed**', '**Edit file**', '**Commit changes**', 'redactie', 'gepubliceerd']) expect(hierna, stap).toContain(stap);
    expect(handleiding).toContain('## Na je pull request');
  });

  it('give the editors one checklist, in CONTRIBUTING, with privacy, facts against sources and status; the template links it', () => {
    expect(sjabloon).toContain('(../blob/main/CONTRIBUTING.md#checklist-voor-de-redactie)');
    const checklist = handleiding.slice(handleiding.indexOf('\n## Checklist voor de redactie\n'), handleiding.indexOf('\n### Een nieuwe rapporteur\n'));
    for (const punt of ['Privacy', 'Toestemming', 'Feiten tegen de bronnen', 'Status van elke doorbraak', 'Rapporteur', 'Publiceren']) expect(checklist, punt).toContain(`**${punt}.**`);
    // Each box in the template names a point of that checklist.
    const vakjes = [...sjabloon.slice(sjabloon.indexOf('## Voor de redactie')).matchAll(/^- \[ \] \*\*([^*:]+)\*\*/gm)].map((m) => m[1]!);
    expect(vakjes.length).toBeGreaterThanOrEqual(4);
    for (const v of vakjes) expect(checklist.toLowerCase(), v).toContain(`**${v.toLowerCase()}`);
  });
});
