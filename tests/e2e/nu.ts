/** The W3C Nu HTML Checker from the npm package vnu-jar, run with the system's Java. */
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);

/** The package's main export is the path of vnu.jar. */
function jar(): string {
  try {
    return String(require('vnu-jar'));
  } catch {
    throw new Error('Het npm-pakket vnu-jar ontbreekt. Voer "npm install" uit.');
  }
}

/** Every .html file in a built site, relative to it (Pagefind's own files left out). */
export const htmlBestanden = (dist: string): string[] =>
  readdirSync(dist, { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.html') && !f.startsWith('pagefind'))
    .sort();

interface NuBericht {
  type: string;
  url?: string;
  lastLine?: number;
  message: string;
}

/** The checker's errors for these files in `map`, each as "file:line: message". */
export function nuFouten(map: string, bestanden: readonly string[]): string[] {
  const r = spawnSync('java', ['-jar', jar(), '--errors-only', '--format', 'json', ...bestanden], { cwd: map, encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
  if (r.error) {
    throw new Error(
      `Java niet gevonden (${r.error.message}). De HTML-controle (vnu-jar) heeft Java nodig: installeer het, ` +
        'bijvoorbeeld met "sudo apt-get install default-jre-headless"; .ci/run doet dat zelf.',
    );
  }
  let uitvoer: { messages: NuBericht[] };
  try {
    uitvoer = JSON.parse(r.stderr) as { messages: NuBericht[] };
  } catch {
    throw new Error(`De Nu HTML Checker gaf geen JSON (status ${r.status}):\n${r.stderr}${r.stdout}`);
  }
  const bestand = (u?: string) => (u?.startsWith('file:') ? relative(map, fileURLToPath(u)) : (u ?? '?'));
  return uitvoer.messages.map((m) => `${bestand(m.url)}:${m.lastLine ?? '?'}: ${m.message}`);
}

