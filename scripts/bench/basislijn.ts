/**
 * The baseline: the smallest Astro site that publishes the same stories. One list page and one page
 * per story, with Astro's defaults: the `glob()` loader over the stories copied as `.md`, rendered by
 * Astro 7's default Markdown processor (Sätteri, GFM on, as on our site), and no schema, content
 * check, layout, components or extras.
 * Kept as strings so the project's type check and tests do not pick these files up.
 */
export const BASISLIJN_BESTANDEN: Record<string, string> = {
  'package.json': `${JSON.stringify({ name: 'bench-basislijn', private: true, type: 'module' }, null, 2)}\n`,

  'astro.config.mjs': `import { defineConfig } from 'astro/config';

export default defineConfig({
  build: { format: 'directory' },
  // Caches in the project: node_modules is shared and must not be written to.
  cacheDir: './.cache/astro',
  vite: { cacheDir: './.cache/vite' },
});
`,

  'src/content.config.ts': `import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';

export const collections = {
  verhalen: defineCollection({ loader: glob({ pattern: '**/*.md', base: './content/verhalen' }) }),
};
`,

  'src/pages/index.astro': `---
import { getCollection } from 'astro:content';
const verhalen = await getCollection('verhalen');
---
<html lang="nl">
  <head><meta charset="utf-8" /><title>Verhalen</title></head>
  <body>
    <h1>Verhalen</h1>
    <ul>{verhalen.map((v) => <li><a href={\`/verhalen/\${v.id}/\`}>{v.data.titel}</a></li>)}</ul>
  </body>
</html>
`,

  'src/pages/verhalen/[id].astro': `---
import { getCollection, render } from 'astro:content';
export async function getStaticPaths() {
  const verhalen = await getCollection('verhalen');
  return verhalen.map((verhaal) => ({ params: { id: verhaal.id }, props: { verhaal } }));
}
const { verhaal } = Astro.props;
const { Content } = await render(verhaal);
---
<html lang="nl">
  <head><meta charset="utf-8" /><title>{verhaal.data.titel}</title></head>
  <body>
    <main>
      <h1>{verhaal.data.titel}</h1>
      <Content />
    </main>
  </body>
</html>
`,
};
