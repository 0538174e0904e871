import { spawnSync } from 'node:child_process';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { controleerInhoud } from '../src/lib/inhoud/controle.ts';
import { ROOT, tijdelijkProject } from '../tests/helpers/project.ts';
import { vraagOpties, schrijfVerhaal } from './nieuw.ts';

/** Runs `npm run nieuw -- …` as a person would, in a copy of the project. */
function nieuw(args: string[], env: Record<string, string> = {}) {
  const r = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/nieuw.ts', ...args], {
    cwd: ROOT,
    encoding: 'utf8',
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  return { code: r.status, uit: r.stdout, fout: r.stderr };
}

describe('npm run nieuw', () => {
  let project: ReturnType<typeof tijdelijkProject> | undefined;
  afterEach(() => project?.opruimen());

  it('writes a concept story that passes the check, with a unique slug', () => {
    project = tijdelijkProject();
    const eerste = nieuw(['--titel', 'Hakan en het paspoort: een lening', '--gemeente', 'amsterdam', '--map', project.dir]);
    expect(eerste.fout).toBe('');
    expect(eerste.code).toBe(0);
    expect(eerste.uit).toContain('content/verhalen/hakan-en-het-paspoort-een-lening.mdx');
    const bron = readFileSync(join(project.dir, 'content/verhalen/hakan-en-het-paspoort-een-lening.mdx'), 'utf8');
    expect(bron).toContain('titel: "Hakan en het paspoort: een lening"');
    expect(bron).toContain('gemeenten: [amsterdam]');
    expect(bron).toContain('status: concept');
    // The text components are named after writing, with their attributes.
    expect(eerste.uit).toContain('<Kerngetal waarde="…" label="…" bron="…" />');
    expect(eerste.uit).toContain('<Citaat wie="…" [rol="…"] bron="…">…</Citaat>');

    // The same title again gets -2; the environment variable works as --map.
    // A municipality by its everyday name (content/gemeente-aliassen.yaml).
    const tweede = nieuw(['--titel', 'Hakan en het paspoort: een lening', '--gemeente', 'Den Haag', '--domein', 'schulden'], { KENNISBANK_MAP: project.dir });
    expect(tweede.code).toBe(0);
    const tweedeBron = readFileSync(join(project.dir, 'content/verhalen/hakan-en-het-paspoort-een-lening-2.mdx'), 'utf8');
    expect(tweedeBron).toContain('gemeenten: [s-gravenhage]');
    expect(tweedeBron).toContain('domeinen: [schulden]');

    const { problemen, aantallen } = controleerInhoud(project.dir);
    expect(problemen).toEqual([]);
    expect(aantallen.verhalen).toBe(controleerInhoud(ROOT).aantallen.verhalen + 2);
  });

  it('refuses to overwrite an existing file', () => {
    project = tijdelijkProject();
    const bestaand = readdirSync(join(project.dir, 'content/verhalen')).find((f) => !f.startsWith('_'))!;
    const voor = readFileSync(join(project.dir, 'content/verhalen', bestaand), 'utf8');
    const r = nieuw(['--titel', 'Iets anders', '--bestand', bestaand.replace(/\.mdx$/, ''), '--map', project.dir]);
    expect(r.code).toBe(1);
    expect(r.fout).toContain('bestaat al; ik overschrijf geen bestaand verhaal');
    expect(readFileSync(join(project.dir, 'content/verhalen', bestaand), 'utf8')).toBe(voor);
  });

  it('names an unknown gemeente and suggests the right one', () => {
    project = tijdelijkProject();
    const r = nieuw(['--titel', 'Test', '--gemeente', 'amsterdm', '--map', project.dir]);
    expect(r.code).toBe(1);
    expect(r.fout).toContain('Fout: onbekende gemeente "amsterdm". Bedoelde je "amsterdam"?');
    const domein = nieuw(['--titel', 'Test', '--domein', 'zorgen', '--map', project.dir]);
    expect(domein.fout).toContain('onbekend domein "zorgen". Kies uit: jeugd, zorg');
    expect(readdirSync(join(project.dir, 'content/verhalen')).some((f) => f.startsWith('test'))).toBe(false);
  });

  it('without flags and without a terminal, says what to pass', () => {
    const r = nieuw([]);
    expect(r.code).toBe(1);
    expect(r.fout).toContain('geef minstens --titel');
    for (const naam of ['Citaat', 'Kerngetal', 'Tijdlijn', 'Moment', 'Kader']) expect(r.fout).toContain(`<${naam}`);
  });

  it('asks the questions one by one and asks again after a typo', async () => {
    project = tijdelijkProject();
    const antwoorden = ['', 'Een wijkteam met een eigen budget', 'Leeuwardn', 'Leeuwarden', 'zorgen', 'werk', ''];
    const vragen: string[] = [];
    const meldingen: string[] = [];
    const opties = await vraagOpties(project.dir, async (v) => (vragen.push(v), antwoorden.shift()!), (s) => meldingen.push(s));
    expect(opties).toMatchObject({ titel: 'Een wijkteam met een eigen budget', gemeenten: ['leeuwarden'], domeinen: ['werk'], rapporteurs: ['pieter-hilhorst'] });
    expect(meldingen).toEqual(['onbekende gemeente "Leeuwardn". Bedoelde je "leeuwarden"?', 'onbekend domein "zorgen".']);
    expect(vragen[0]).toBe('Titel van het verhaal: ');
    const pad = schrijfVerhaal(opties);
    expect(pad).toBe(join(project.dir, 'content/verhalen/een-wijkteam-met-een-eigen-budget.mdx'));
    expect(controleerInhoud(project.dir).problemen).toEqual([]);
  });
});
