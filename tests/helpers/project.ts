/** Temporary copies of the project, for tests that feed it bad content. */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

export const ROOT = resolve(import.meta.dirname, '../..');

/** A copy of content/ (and, with `metCode`, of everything a build needs) in a temporary folder. */
export interface TijdelijkProject {
  dir: string;
  schrijf(pad: string, tekst: string): void;
  /** Runs the real `astro build` in the copy (Node of this process); returns exit status and all output. */
  bouw(): { status: number | null; uitvoer: string };
  opruimen(): void;
}

export function tijdelijkProject(metCode = false): TijdelijkProject {
  const dir = mkdtempSync(join(tmpdir(), '3dlab-'));
  cpSync(join(ROOT, 'content'), join(dir, 'content'), { recursive: true });
  if (metCode) {
    for (const item of ['src', 'public', 'astro.config.mjs', 'package.json', 'tsconfig.json']) {
      cpSync(join(ROOT, item), join(dir, item), { recursive: true });
    }
    symlinkSync(join(ROOT, 'node_modules'), join(dir, 'node_modules'), 'dir');
  }
  return {
    dir,
    schrijf: (pad, tekst) => writeFileSync(join(dir, pad), tekst),
    bouw: () => {
      const r = spawnSync(process.execPath, [join(ROOT, 'node_modules/astro/bin/astro.mjs'), 'build'], {
        cwd: dir,
        encoding: 'utf8',
        env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1' },
      });
      return { status: r.status, uitvoer: r.stdout + r.stderr };
    },
    opruimen: () => rmSync(dir, { recursive: true, force: true }),
  };
}
