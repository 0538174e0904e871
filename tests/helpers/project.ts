/** Temporary copies of the project, for tests that feed it bad content or build the fixture site. */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pagefindArgumenten } from '../../scripts/bench/meten.ts';
import { schrijfReeks } from '../e2e/fixtures/reeks.ts';

export const ROOT = resolve(import.meta.dirname, '../..');

/**
 * The content of the test site: small, written for the tests, independent of the real stories in
 * content/ (which editors rewrite). The series of tests/e2e/fixtures/reeks.ts is added on copying.
 */
export const FIXTURE_INHOUD = join(ROOT, 'tests/e2e/fixtures/content');

/** A copy of content/ (and, with `metCode`, of everything a build needs) in a temporary folder. */
export interface TijdelijkProject {
  dir: string;
  schrijf(pad: string, tekst: string): void;
  /** Runs the real `astro build` in the copy (Node of this process); returns exit status and all output. */
  bouw(): Uitvoer;
  /** Runs Pagefind on the copy's dist/ with the arguments of `npm run build`. */
  indexeer(): Uitvoer;
  opruimen(): void;
}

export interface Uitvoer {
  status: number | null;
  uitvoer: string;
}

/** `inhoud`: the real content/ or the fixture content of the test site. */
export function tijdelijkProject(metCode = false, inhoud: 'echt' | 'fixture' = 'echt'): TijdelijkProject {
  const dir = mkdtempSync(join(tmpdir(), '3dlab-'));
  if (inhoud === 'fixture') {
    cpSync(FIXTURE_INHOUD, join(dir, 'content'), { recursive: true });
    schrijfReeks(join(dir, 'content/verhalen'));
  } else {
    cpSync(join(ROOT, 'content'), join(dir, 'content'), { recursive: true });
  }
  if (metCode) {
    for (const item of ['src', 'public', 'astro.config.mjs', 'package.json', 'tsconfig.json']) {
      cpSync(join(ROOT, item), join(dir, item), { recursive: true });
    }
    symlinkSync(join(ROOT, 'node_modules'), join(dir, 'node_modules'), 'dir');
  }
  const draai = (args: string[]): Uitvoer => {
    const r = spawnSync(process.execPath, args, { cwd: dir, encoding: 'utf8', env: bouwOmgeving() });
    return { status: r.status, uitvoer: r.stdout + r.stderr };
  };
  return {
    dir,
    schrijf: (pad, tekst) => writeFileSync(join(dir, pad), tekst),
    bouw: () => draai([join(ROOT, 'node_modules/astro/bin/astro.mjs'), 'build']),
    indexeer: () => {
      const build = (JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { scripts: { build: string } }).scripts.build;
      return draai([join(ROOT, 'node_modules/pagefind/lib/runner/bin.cjs'), ...pagefindArgumenten(build)]);
    },
    opruimen: () => rmSync(dir, { recursive: true, force: true }),
  };
}

/**
 * The environment of `npm run build`: Vitest sets NODE_ENV=test, with which Vite builds the site's
 * scripts with import.meta.env.DEV = true (the search page then shows its dev-server message).
 */
function bouwOmgeving(): NodeJS.ProcessEnv {
  const omgeving: NodeJS.ProcessEnv = { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1' };
  for (const naam of Object.keys(omgeving)) if (naam === 'NODE_ENV' || naam === 'TEST' || naam.startsWith('VITEST')) delete omgeving[naam];
  return omgeving;
}
