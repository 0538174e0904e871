/** Temporary copies of the project, for tests that feed it bad content. */
import { cpSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

export const ROOT = resolve(import.meta.dirname, '../..');

/** A copy of content/ (and, with `metCode`, of everything a build needs) in a temporary folder. */
export function tijdelijkProject(metCode = false): { dir: string; schrijf(pad: string, tekst: string): void; opruimen(): void } {
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
    opruimen: () => rmSync(dir, { recursive: true, force: true }),
  };
}
