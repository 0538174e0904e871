// Builds the fixture site (tests/e2e/fixtures) with the project's real code in a temporary copy,
// the way `npm run build` does (astro build, then Pagefind), and serves it once for all tests of
// this project. Also serves the real dist/ (made by `npm run build`) for the one smoke test.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { preview } from 'astro';
import type { TestProject } from 'vitest/node';
import { ROOT, tijdelijkProject } from '../helpers/project.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    /** The fixture site on the preview server. */
    baseUrl: string;
    /** The fixture copy: its content/ (the expected values) and its dist/. */
    fixtureDir: string;
    /** The real site, or '' when dist/ has not been built. */
    echteUrl: string;
  }
}

const basis = (process.env.BASE_PATH ?? '/').replace(/\/?$/, '/');
const serveer = (root: string) => preview({ root, server: { host: '127.0.0.1', port: 0 }, logLevel: 'warn' });

export default async function setup(project: TestProject) {
  const site = tijdelijkProject(true, 'fixture');
  const servers: Awaited<ReturnType<typeof preview>>[] = [];
  const opruimen = async () => {
    for (const s of servers) await s.stop();
    site.opruimen();
  };
  try {
    for (const [naam, stap] of [['astro build', site.bouw], ['pagefind', site.indexeer]] as const) {
      const r = stap();
      if (r.status !== 0) throw new Error(`${naam} van de fixturesite (tests/e2e/fixtures) mislukte:\n${r.uitvoer}`);
    }
    const fixture = await serveer(site.dir);
    servers.push(fixture);
    project.provide('baseUrl', `http://127.0.0.1:${fixture.port}${basis}`);
    project.provide('fixtureDir', site.dir);
    let echteUrl = '';
    if (existsSync(join(ROOT, 'dist/index.html'))) {
      const echt = await serveer(ROOT);
      servers.push(echt);
      echteUrl = `http://127.0.0.1:${echt.port}${basis}`;
    }
    project.provide('echteUrl', echteUrl);
  } catch (fout) {
    await opruimen();
    throw fout;
  }
  return opruimen;
}
