import { EventEmitter } from 'node:events';
import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, rmSync, unlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { createSatteriMarkdownProcessor } from '@astrojs/markdown-satteri';
import type { LoaderContext } from 'astro/loaders';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { MARKDOWN_PLUGINS } from '../veiligheid/markdown.ts';
import { bewaarFrontmatter, bewaarGekeurd } from './gedeeld.ts';
import { laadMap } from './loader.ts';

interface Opgeslagen {
  id: string;
  data: Record<string, unknown>;
  filePath?: string;
  digest?: string | number;
  rendered?: { html: string };
  body?: string;
  deferredRender?: boolean;
}

const verhaal = (titel: string, tekst: string) => `---\ntitel: "${titel}"\nstatus: gepubliceerd\n---\n${tekst}`;

/** The parts of Astro's loader context the loader uses, with the real Sätteri renderer and our plugins. */
async function maakContext(root: string, opties: { watcher?: EventEmitter; weiger?: string } = {}) {
  const renderer = await createSatteriMarkdownProcessor({ hastPlugins: [...MARKDOWN_PLUGINS], features: { gfm: true } });
  const entries = new Map<string, Opgeslagen>();
  const gerenderd: string[] = [];
  const logs: string[] = [];
  /** The files named as MDX modules for Astro to compile (texts with components). */
  const modules: string[] = [];
  const context = {
    collection: 'verhalen',
    config: { root: pathToFileURL(`${root}/`) },
    store: {
      get: (id: string) => entries.get(id),
      set: (e: Opgeslagen) => void entries.set(e.id, e),
      keys: () => [...entries.keys()],
      delete: (id: string) => void entries.delete(id),
      addModuleImport: (pad: string) => void modules.push(pad),
    },
    parseData: async ({ id, data, filePath }: { id: string; data: Record<string, unknown>; filePath?: string }) => {
      if (id === opties.weiger) throw new Error(`${filePath}: titel ontbreekt`);
      return data;
    },
    renderMarkdown: async (body: string) => {
      gerenderd.push(body);
      const { code, metadata } = await renderer.render(body, {});
      return { html: code, metadata: { ...metadata, imagePaths: [] } };
    },
    generateDigest: (x: string) => createHash('sha1').update(x).digest('hex').slice(0, 12),
    watcher: opties.watcher ? Object.assign(opties.watcher, { add: () => opties.watcher }) : undefined,
    logger: { info: (m: string) => logs.push(m), error: (m: string) => logs.push(`FOUT ${m}`), warn: (m: string) => logs.push(`LET OP ${m}`) },
  };
  return { context: context as unknown as LoaderContext, entries, gerenderd, logs, modules };
}

describe('mdxAlsMarkdown loader', () => {
  let root: string;
  const map = () => join(root, 'content/verhalen');
  const schrijf = (naam: string, tekst: string) => writeFileSync(join(map(), naam), tekst);

  beforeEach(() => {
    root = mkdtempSync(join(tmpdir(), '3dlab-loader-'));
    mkdirSync(map(), { recursive: true });
  });
  afterEach(() => rmSync(root, { recursive: true, force: true }));

  it('stores every story by file name with its data and its body rendered as Markdown; templates stay out', async () => {
    schrijf('zwolle-borg.mdx', verhaal('Borg in Zwolle', '## Wat er gebeurde\n\n| Post | Bedrag |\n| --- | ---: |\n| Borg | 1200 |\n\nZie [de wet](https://wetten.overheid.nl) en [ons lab](/labs/x/).\n'));
    schrijf('_sjabloon.mdx', verhaal('Sjabloon', 'Niet publiceren.\n'));
    const { context, entries } = await maakContext(root);
    await laadMap('verhalen', {}, context);

    expect([...entries.keys()]).toEqual(['zwolle-borg']);
    const e = entries.get('zwolle-borg')!;
    expect(e.data).toEqual({ titel: 'Borg in Zwolle', status: 'gepubliceerd' });
    expect(e.filePath).toBe('content/verhalen/zwolle-borg.mdx');
    expect(e.body).toBeUndefined();
    expect(e.rendered!.html).toContain('<h2 id="wat-er-gebeurde">Wat er gebeurde</h2>');
    expect(e.rendered!.html).toMatch(/<table>[\s\S]*<td data-kop="Post">Borg<\/td>[\s\S]*<\/table>/);
    expect(e.rendered!.html).toContain('<a href="https://wetten.overheid.nl" rel="noopener noreferrer">de wet</a>');
    expect(e.rendered!.html).toContain('<a href="/labs/x/">ons lab</a>');
  });

  it('reuses unchanged stories from the cache, renders changed ones again and drops deleted ones', async () => {
    schrijf('a.mdx', verhaal('A', 'Eerste tekst.\n'));
    schrijf('b.mdx', verhaal('B', 'Tweede tekst.\n'));
    const { context, entries, gerenderd } = await maakContext(root);
    await laadMap('verhalen', { tags: ['x'] }, context);
    expect(gerenderd).toHaveLength(2);

    schrijf('a.mdx', verhaal('A', 'Nieuwe tekst.\n'));
    unlinkSync(join(map(), 'b.mdx'));
    await laadMap('verhalen', { tags: ['x'] }, context);
    expect(gerenderd).toEqual(['Eerste tekst.\n', 'Tweede tekst.\n', 'Nieuwe tekst.\n']);
    expect([...entries.keys()]).toEqual(['a']);
    expect(entries.get('a')!.rendered!.html).toContain('Nieuwe tekst.');

    // Other reference ids (e.g. a tag removed) must validate every story again.
    await laadMap('verhalen', { tags: ['y'] }, context);
    expect(gerenderd).toHaveLength(4);
  });

  it('uses the frontmatter the content check already parsed, only for the same file text', async () => {
    const a = verhaal('A', 'Tekst.\n');
    schrijf('a.mdx', a);
    schrijf('b.mdx', verhaal('B', 'Tekst.\n'));
    // Handed-over data that differs from the YAML shows which one the loader used.
    bewaarFrontmatter(join(map(), 'a.mdx'), a, { titel: 'Uit de controle' });
    bewaarFrontmatter(join(map(), 'b.mdx'), 'een oudere versie van het bestand', { titel: 'Verouderd' });
    const { context, entries } = await maakContext(root);
    await laadMap('verhalen', {}, context);
    expect(entries.get('a')!.data).toEqual({ titel: 'Uit de controle' });
    expect(entries.get('b')!.data).toEqual({ titel: 'B', status: 'gepubliceerd' });
  });

  it('fails with the file named when a story does not validate', async () => {
    schrijf('kapot.mdx', verhaal('Kapot', 'Tekst.\n'));
    const { context } = await maakContext(root, { weiger: 'kapot' });
    await expect(laadMap('verhalen', {}, context)).rejects.toThrow('content/verhalen/kapot.mdx: titel ontbreekt');
  });

  it('names the file when its frontmatter cannot be found', async () => {
    schrijf('geen-kop.mdx', 'Alleen tekst.\n');
    const { context } = await maakContext(root);
    await expect(laadMap('verhalen', {}, context)).rejects.toThrow(
      'content/verhalen/geen-kop.mdx: het bestand begint niet met frontmatter tussen twee regels "---"',
    );
  });

  it('in dev, follows added, changed and deleted files, and ignores templates', async () => {
    schrijf('a.mdx', verhaal('A', 'Tekst.\n'));
    const watcher = new EventEmitter();
    const { context, entries, logs } = await maakContext(root, { watcher });
    await laadMap('verhalen', {}, context);

    schrijf('b.mdx', verhaal('B', 'Nieuw.\n'));
    watcher.emit('add', join(map(), 'b.mdx'));
    schrijf('_concept.mdx', verhaal('Sjabloon', 'x\n'));
    watcher.emit('add', join(map(), '_concept.mdx'));
    schrijf('a.mdx', verhaal('A2', 'Anders.\n'));
    watcher.emit('change', join(map(), 'a.mdx'));
    // The handlers are asynchronous: wait until both real files are in, not for a fixed time.
    await expect.poll(() => entries.get('a')?.data['titel']).toBe('A2');
    await expect.poll(() => logs).toContain('content/verhalen/b.mdx opnieuw geladen');
    expect([...entries.keys()].sort()).toEqual(['a', 'b']);

    unlinkSync(join(map(), 'b.mdx'));
    watcher.emit('unlink', join(map(), 'b.mdx'));
    // A broken save is logged, the dev server keeps running with the last good version.
    schrijf('a.mdx', 'kapot');
    watcher.emit('change', join(map(), 'a.mdx'));
    await expect.poll(() => logs.some((l) => l.startsWith('FOUT content/verhalen/a.mdx: het bestand begint niet'))).toBe(true);
    expect([...entries.keys()]).toEqual(['a']);
    expect(entries.get('a')!.data['titel']).toBe('A2');
  });

  it('leaves a text with components to @astrojs/mdx: stored as deferred, not rendered, named again from the cache', async () => {
    const metOnderdeel = verhaal('Met', 'Tekst.\n\n<Kerngetal waarde="-50%" label="minder toezicht" bron="b" />\n').replace('status:', 'bronnen: [{ id: b, titel: B }]\nstatus:');
    schrijf('met.mdx', metOnderdeel);
    schrijf('zonder.mdx', verhaal('Zonder', 'Tekst met een < en een **Hoofdletter**.\n'));
    const { context, entries, gerenderd, modules } = await maakContext(root);
    await laadMap('verhalen', {}, context);
    expect(gerenderd).toEqual(['Tekst met een < en een **Hoofdletter**.\n']);
    const met = entries.get('met')!;
    expect(met).toMatchObject({ filePath: 'content/verhalen/met.mdx', deferredRender: true });
    expect(met.rendered).toBeUndefined();
    expect(entries.get('zonder')!.deferredRender).toBeUndefined();
    // An unchanged text comes from the cache, and must still be named as an MDX module for this build.
    const daarna = modules.length;
    await laadMap('verhalen', {}, context);
    expect(modules.slice(daarna)).toEqual(['content/verhalen/met.mdx']);
    expect(gerenderd).toHaveLength(1);
  });

  it('never hands a text the safety gate refuses to the MDX compiler, also not in dev', async () => {
    schrijf('code.mdx', verhaal('Code', '<Kerngetal waarde="1" label="x" bron="b" />\n\nexport const geheim = process.env.TOKEN;\n'));
    const { context, entries } = await maakContext(root);
    await expect(laadMap('verhalen', {}, context)).rejects.toThrow(/content\/verhalen\/code\.mdx gaat niet naar de MDX-compiler:\ncontent\/verhalen\/code\.mdx:7: import en export zijn niet toegestaan/);
    expect(entries.has('code')).toBe(false);

    const watcher = new EventEmitter();
    schrijf('code.mdx', verhaal('Goed', 'Tekst.\n'));
    const dev = await maakContext(root, { watcher });
    await laadMap('verhalen', {}, dev.context);
    schrijf('code.mdx', verhaal('Kwaad', '<Citaat wie="x" bron="b" onClick="alert(1)">Hoi</Citaat>\n'));
    watcher.emit('change', join(map(), 'code.mdx'));
    await expect.poll(() => dev.logs.some((l) => l.startsWith('FOUT content/verhalen/code.mdx gaat niet naar de MDX-compiler'))).toBe(true);
    expect(dev.entries.get('code')!.data['titel']).toBe('Goed');
    expect(dev.modules).toEqual([]);
  });

  it('sanitises the rendered HTML as the last gate, and names the file when it had to', async () => {
    // An indented fence is code to the MDX gate and live text to the renderer (issue 14).
    schrijf('smokkel.mdx', verhaal('Smokkel', '    ```\n[klik](javascript:alert(1)) ![x](data:image/svg+xml,x) [mail](mailto:redactie@example.org)\n    ```\n\n[Goed](https://www.vng.nl/) en [hier](/verhalen/).'));
    const { context, entries, logs } = await maakContext(root);
    await laadMap('verhalen', {}, context);
    const html = entries.get('smokkel')!.rendered!.html;
    expect(html).not.toMatch(/javascript:|data:/);
    expect(html).toContain('<a href="mailto:redactie@example.org">mail</a>');
    expect(html).toContain('<a href="https://www.vng.nl/" rel="noopener noreferrer">Goed</a>');
    expect(html).toContain('<a href="/verhalen/">hier</a>');
    expect(logs).toEqual([expect.stringMatching(/^LET OP content\/verhalen\/smokkel\.mdx: de sanitiser verwijderde href="javascript:alert\(1\)", src="data:image\/svg\+xml,x"/)]);
  });

  it('trusts the content check of the same process only for the exact text it passed', async () => {
    // The check refuses export; had it passed this text, the loader would not ask again. It did not: a
    // different text of the same file was passed, so the gate runs and refuses.
    const kwaad = verhaal('Kwaad', '<Kerngetal waarde="1" label="x" bron="b" />\n\nexport const x = 1;\n');
    schrijf('k.mdx', kwaad);
    bewaarGekeurd(join(map(), 'k.mdx'), verhaal('Eerder', 'Tekst.\n'));
    const { context } = await maakContext(root);
    await expect(laadMap('verhalen', {}, context)).rejects.toThrow('gaat niet naar de MDX-compiler');
    bewaarGekeurd(join(map(), 'k.mdx'), kwaad);
    const tweede = await maakContext(root);
    await laadMap('verhalen', {}, tweede.context);
    expect(tweede.entries.get('k')).toMatchObject({ deferredRender: true });
  });
});
