/**
 * The two throw-away projects a benchmark run builds, both under .bench/ in the project root:
 * site-N (our real code with synthetic content) and baseline-N (a minimal Astro site with the same content).
 */
import { execFileSync } from 'node:child_process';
import { appendFileSync, cpSync, mkdirSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { leesReferenties, TAXONOMIE_BESTANDEN } from '../../src/lib/inhoud/controle.ts';
import { aantalLabs, genereerLabs, genereerVerhaal, type Taxonomie } from './genereer.ts';
import { BASISLIJN_BESTANDEN } from './basislijn.ts';

/** What a build copy needs of the project, as in tests/helpers/project.ts. */
export const CODE = ['src', 'public', 'astro.config.mjs', 'package.json', 'tsconfig.json'] as const;

export function leesTaxonomie(root: string): Taxonomie {
  const refs = leesReferenties(root);
  const gemeenten = (JSON.parse(readFileSync(join(root, TAXONOMIE_BESTANDEN.gemeenten), 'utf8')) as { id: string; naam: string }[])
    .map(({ id, naam }) => ({ id, naam }));
  return { gemeenten, tags: refs.tags, beloften: refs.beloften, soorten: refs.belemmeringen, soortenDoorbraak: refs.doorbraken, doelgroepen: refs.doelgroepen, rapporteurs: refs.rapporteurs };
}

function schrijf(pad: string, tekst: string) {
  mkdirSync(dirname(pad), { recursive: true });
  writeFileSync(pad, tekst);
}

function koppelNodeModules(root: string, dir: string) {
  symlinkSync(join(root, 'node_modules'), join(dir, 'node_modules'), 'dir');
}

/**
 * `dir/content/`: copies of the real taxonomy files, a few synthetic labs and `n` synthetic stories.
 * Returns the story ids (their pages are verhalen/<id>/).
 */
export function schrijfInhoud(root: string, dir: string, n: number, seed = 1): string[] {
  const tax = leesTaxonomie(root);
  for (const bestand of Object.values(TAXONOMIE_BESTANDEN)) {
    mkdirSync(dirname(join(dir, bestand)), { recursive: true });
    cpSync(join(root, bestand), join(dir, bestand));
  }
  // The template is part of the site (the submission page offers it), not a story.
  mkdirSync(join(dir, 'content/verhalen'), { recursive: true });
  cpSync(join(root, 'content/verhalen/_sjabloon.mdx'), join(dir, 'content/verhalen/_sjabloon.mdx'));
  const labs = genereerLabs(aantalLabs(n), tax, seed + 6);
  for (const lab of labs) schrijf(join(dir, 'content/labs', `${lab.id}.mdx`), lab.bron);
  mkdirSync(join(dir, 'content/verhalen'), { recursive: true });
  const ids: string[] = [];
  // One at a time: 10,000 stories of a few KB each need not all be in memory.
  for (let i = 0; i < n; i++) {
    const v = genereerVerhaal(i, tax, labs.map((l) => l.id), seed);
    writeFileSync(join(dir, 'content/verhalen', `${v.id}.mdx`), v.bron);
    ids.push(v.id);
  }
  return ids;
}

/** `dir` becomes a buildable copy of the project with the content already written there. */
export function maakSite(root: string, dir: string) {
  for (const item of CODE) cpSync(join(root, item), join(dir, item), { recursive: true });
  koppelNodeModules(root, dir);
}

/**
 * `dir` becomes the minimal baseline project, with the stories of `bronInhoud` (a content/ folder).
 * The stories are copied as `.md`, the plainest way Astro publishes Markdown (its default `glob()`
 * loader and processor); templates (`_*.mdx`) are left out, as on our site.
 */
export function maakBasislijn(root: string, dir: string, bronInhoud: string) {
  for (const [pad, tekst] of Object.entries(BASISLIJN_BESTANDEN)) schrijf(join(dir, pad), tekst);
  const bron = join(bronInhoud, 'verhalen');
  const doel = join(dir, 'content/verhalen');
  mkdirSync(doel, { recursive: true });
  for (const f of readdirSync(bron)) {
    if (f.endsWith('.mdx') && !f.startsWith('_')) cpSync(join(bron, f), join(doel, f.replace(/\.mdx$/, '.md')));
  }
  koppelNodeModules(root, dir);
}

export function verwijder(dir: string) {
  rmSync(dir, { recursive: true, force: true });
}

/** Every how-manyth story gets a second commit (a correction), so files differ in history as in a real repository. */
export const GECORRIGEERD_ELKE = 10;

/**
 * Puts the throw-away copy's content/ under git, as in the real repository: one commit with every
 * story and lab, then a second that changes every tenth story. The build then reads the history of
 * all of them with its one `git log` (src/lib/geschiedenis/git.ts). Fixed dates: the same run, the same history.
 */
export function commitInhoud(dir: string, ids: readonly string[]): void {
  const git = (args: string[], datum: string) =>
    execFileSync('git', ['-c', 'user.name=Bench', '-c', 'user.email=bench@example.org', '-c', 'commit.gpgsign=false', ...args], {
      cwd: dir,
      stdio: ['ignore', 'ignore', 'pipe'],
      env: { ...process.env, GIT_AUTHOR_DATE: datum, GIT_COMMITTER_DATE: datum },
    });
  git(['init', '-q', '-b', 'main'], '2025-01-01T12:00:00Z');
  git(['add', 'content'], '2025-01-01T12:00:00Z');
  git(['commit', '-q', '-m', `${ids.length} synthetische verhalen`], '2025-01-01T12:00:00Z');
  ids.forEach((id, i) => {
    if (i % GECORRIGEERD_ELKE === 0) appendFileSync(join(dir, 'content/verhalen', `${id}.mdx`), '\nCorrectie van de redactie.\n');
  });
  git(['commit', '-q', '-a', '-m', 'Correcties'], '2026-06-01T12:00:00Z');
}
