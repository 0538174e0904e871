/**
 * Content-layer loader for stories and labs: reads the `.mdx` files, validates their frontmatter, and
 * gives each text one of two renderers.
 *
 * - A text without components (four in five) is rendered as Markdown through the configured processor
 *   (`renderMarkdown`): the HTML is made once, stored in Astro's data store and cached between builds.
 *   Compiled as MDX, each story became a JavaScript module that Vite bundled: at 10,000 stories that
 *   was ~25 ms of CPU and ~0.5 MB of memory per story (BENCHMARKS.md). The safety gate
 *   (src/lib/veiligheid/mdx.ts) leaves such a text nothing MDX adds to Markdown, so both read it alike.
 * - A text with components (<Citaat>, <Kerngetal>, ...: src/lib/verhaaltekst/woordenschat.ts) is left
 *   to @astrojs/mdx: the entry is stored with `deferredRender`, Astro imports the file as an MDX module,
 *   and VerhaalTekst.astro renders it with the components passed in. The measured cost of both paths
 *   is in BENCHMARKS.md.
 */
import { readFile } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { Loader, LoaderContext } from 'astro/loaders';
import { parse as parseYaml } from 'yaml';
import { idVan, INHOUDSMAP, mdxBestanden, posix } from './controle.ts';
import { leesBronBytes, splitsFrontmatter } from './frontmatter.ts';
import { gebruiktComponenten } from '../verhaaltekst/controle.ts';
import { blokkadesVoorMdx } from '../verhaaltekst/bestanden.ts';
import { isGekeurd, neemFrontmatter, vergeetFrontmatter } from './gedeeld.ts';
import { saneerHtml } from '../veiligheid/html.ts';
import { SCHEMA } from '../veiligheid/sanitiser.ts';

export type Inhoudsmap = 'verhalen' | 'labs';

/**
 * `afhankelijkheden` are what validation depends on besides the file (the reference ids): a cached
 * entry is only reused when both the file and these are unchanged.
 */
export function mdxAlsMarkdown(map: Inhoudsmap, afhankelijkheden: unknown): Loader {
  return { name: `mdx-als-markdown:${map}`, load: (context) => laadMap(map, afhankelijkheden, context) };
}

/** Loads every file of one content folder into the store; in dev it follows changes. */
export async function laadMap(map: Inhoudsmap, afhankelijkheden: unknown, context: LoaderContext): Promise<void> {
  const { config, store, watcher, logger } = context;
  const root = fileURLToPath(config.root);
  // A cached entry was sanitised with the allow-lists of its time: a change to them renders every file again.
  const versie = context.generateDigest(`${JSON.stringify(afhankelijkheden) ?? ''}${JSON.stringify(SCHEMA)}`);
  const synchroniseer = (absPad: string) => synchroniseerBestand(root, absPad, versie, context);
  const gezien = new Set<string>();
  for (const bestand of mdxBestanden(root, map)) gezien.add(await synchroniseer(bestand));
  vergeetFrontmatter(join(root, INHOUDSMAP, map) + sep);
  // Entries whose file is gone (renamed, deleted, made a template) must not stay in the cached store.
  for (const id of store.keys()) if (!gezien.has(id)) store.delete(id);

  if (!watcher) return;
  const dir = join(root, INHOUDSMAP, map);
  const hoort = (pad: string) => pad.startsWith(dir + sep) && mdxBestanden(root, map).includes(pad);
  watcher.add(dir);
  const bijwerken = async (pad: string) => {
    if (!hoort(pad)) return;
    try {
      await synchroniseer(pad);
      logger.info(`${posix(relative(root, pad))} opnieuw geladen`);
    } catch (e) {
      // The dev server keeps the last good version and goes on; the message names the file.
      const bericht = (e as Error).message;
      const naam = posix(relative(root, pad));
      logger.error(bericht.startsWith(naam) ? bericht : `${naam}: ${bericht}`);
    }
  };
  watcher.on('change', bijwerken);
  watcher.on('add', bijwerken);
  watcher.on('unlink', (pad) => {
    if (pad.startsWith(dir + sep) && pad.endsWith('.mdx')) store.delete(idVan(pad));
  });
}

/** Reads, validates and renders one file into the store, unless the stored copy is of the same text. */
async function synchroniseerBestand(root: string, absPad: string, versie: string, context: LoaderContext): Promise<string> {
  const { store, parseData, renderMarkdown, generateDigest } = context;
  const id = idVan(absPad);
  const pad = posix(relative(root, absPad));
  // Read as the content check reads it (CRLF as LF, no BOM), so the check's frontmatter is reused and lines agree.
  const gelezen = leesBronBytes(await readFile(absPad));
  if ('fout' in gelezen) throw new Error(`${pad}:${gelezen.fout.regel}: ${gelezen.fout.bericht}`);
  const { bron } = gelezen;
  const digest = `${generateDigest(bron)}-${versie}`;
  const alGelezen = neemFrontmatter(absPad, bron);
  const opgeslagen = store.get(id);
  if (opgeslagen?.digest === digest) {
    // Astro's list of MDX modules to bundle is made anew each build, from what loaders name.
    if (opgeslagen.deferredRender) store.addModuleImport(pad);
    return id;
  }

  const delen = splitsFrontmatter(bron);
  // The content check runs before the build and reports this with a line; this only guards dev and direct use.
  if (typeof delen === 'string') throw new Error(`${pad}: ${delen}. Voer "npm run check" uit voor alle problemen.`);
  const ruw = (alGelezen ?? parseYaml(delen.yaml) ?? {}) as Record<string, unknown>;
  const data = await parseData({ id, data: ruw, filePath: pad });
  if (gebruiktComponenten(delen.body)) {
    // Unless the content check of this process passed exactly this text (the build, a dev server's start).
    const blokkades = isGekeurd(absPad, bron) ? [] : blokkadesVoorMdx(pad, ruw, delen);
    if (blokkades.length) throw new Error(`${pad} gaat niet naar de MDX-compiler:\n${blokkades.join('\n')}`);
    store.set({ id, data, filePath: pad, digest, deferredRender: true });
    return id;
  }
  const rendered = await renderMarkdown(delen.body, { fileURL: pathToFileURL(absPad) });
  // The last gate: only allowed elements, attributes and addresses reach the page, whatever the parsers made of the text.
  const schoon = saneerHtml(rendered.html);
  if (schoon.verwijderd.length) {
    context.logger.warn(`${pad}: de sanitiser verwijderde ${schoon.verwijderd.join(', ')}, die de inhoudscontrole had moeten weigeren; meld dit als beveiligingsprobleem (SECURITY.md).`);
  }
  rendered.html = schoon.html;
  // No `body`: nothing reads it, and at 10,000 stories it would be held in memory and in the cache twice.
  store.set({ id, data, filePath: pad, digest, rendered, assetImports: rendered.metadata?.imagePaths });
  return id;
}
