/**
 * The two throw-away projects a benchmark run builds, both under .bench/ in the project root:
 * site-N (our real code with synthetic content) and baseline-N (a minimal Astro site with the same content).
 */
import { cpSync, mkdirSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
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
  return { gemeenten, tags: refs.tags, beloften: refs.beloften, soorten: refs.soorten, rapporteurs: refs.rapporteurs };
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
export function schrijfInhoud(root: string, dir: string, n: number, seed = 1, ext: 'mdx' | 'md' = 'mdx'): string[] {
  const tax = leesTaxonomie(root);
  for (const bestand of Object.values(TAXONOMIE_BESTANDEN)) {
    mkdirSync(dirname(join(dir, bestand)), { recursive: true });
    cpSync(join(root, bestand), join(dir, bestand));
  }
  // The template is part of the site (the submission page offers it), not a story.
  mkdirSync(join(dir, 'content/verhalen'), { recursive: true });
  cpSync(join(root, 'content/verhalen/_sjabloon.mdx'), join(dir, 'content/verhalen/_sjabloon.mdx'));
  const labs = genereerLabs(aantalLabs(n), tax, seed + 6);
  for (const lab of labs) schrijf(join(dir, 'content/labs', `${lab.id}.${ext}`), lab.bron);
  mkdirSync(join(dir, 'content/verhalen'), { recursive: true });
  const ids: string[] = [];
  // One at a time: 10,000 stories of a few KB each need not all be in memory.
  for (let i = 0; i < n; i++) {
    const v = genereerVerhaal(i, tax, labs.map((l) => l.id), seed);
    writeFileSync(join(dir, 'content/verhalen', `${v.id}.${ext}`), v.bron);
    ids.push(v.id);
  }
  return ids;
}

/** `dir` becomes a buildable copy of the project with the content already written there. */
export function maakSite(root: string, dir: string, md = false, satteri = false) {
  for (const item of CODE) cpSync(join(root, item), join(dir, item), { recursive: true });
  if (md) naarMarkdown(join(dir, 'src'));
  if (satteri) naarSatteri(join(dir, 'astro.config.mjs'));
  koppelNodeModules(root, dir);
}

/**
 * For the --md experiment only, in a throw-away copy: every ".mdx" in the code (glob patterns,
 * file filters, id regexes) becomes ".md". Fails loudly if there was nothing to change.
 */
export function naarMarkdown(srcDir: string): string[] {
  const veranderd: string[] = [];
  for (const f of readdirSync(srcDir, { recursive: true, encoding: 'utf8' })) {
    if (!/\.(ts|mjs|astro)$/.test(f)) continue;
    const pad = join(srcDir, f);
    const oud = readFileSync(pad, 'utf8');
    const nieuw = oud.replaceAll('.mdx', '.md');
    if (nieuw !== oud) {
      writeFileSync(pad, nieuw);
      veranderd.push(f);
    }
  }
  if (!veranderd.length) throw new Error(`--md: geen ".mdx" gevonden in ${srcDir}; het experiment past niet meer bij de code`);
  return veranderd;
}

/** `dir` becomes the minimal baseline project, with the stories of `bronInhoud` (a content/ folder). */
export function maakBasislijn(root: string, dir: string, bronInhoud: string, md = false, satteri = false) {
  for (const [pad, tekst] of Object.entries(BASISLIJN_BESTANDEN)) schrijf(join(dir, pad), tekst);
  if (md) naarMarkdown(join(dir, 'src'));
  if (satteri) naarSatteri(join(dir, 'astro.config.mjs'));
  cpSync(join(bronInhoud, 'verhalen'), join(dir, 'content/verhalen'), { recursive: true });
  koppelNodeModules(root, dir);
}

/**
 * For the --satteri experiment only, in a throw-away copy: drop the `markdown: { processor: unified(...) }`
 * line, so Astro 7 uses its default Sätteri processor (GFM tables are on by default there).
 */
export function naarSatteri(configPad: string) {
  const oud = readFileSync(configPad, 'utf8');
  const nieuw = oud.replace(/^[ \t]*markdown:\s*\{\s*processor:\s*unified\(.*\n/m, '');
  if (nieuw === oud) throw new Error(`--satteri: geen "markdown: { processor: unified(...) }" in ${configPad}; het experiment past niet meer bij de code`);
  writeFileSync(configPad, nieuw);
}

export function verwijder(dir: string) {
  rmSync(dir, { recursive: true, force: true });
}
