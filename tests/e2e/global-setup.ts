// Serves the built site (dist/, made by `npm run build`) once for all browser tests.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { preview } from 'astro';
import type { TestProject } from 'vitest/node';
import { ROOT } from '../helpers/project.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
  }
}

export default async function setup(project: TestProject) {
  if (!existsSync(join(ROOT, 'dist/index.html'))) {
    throw new Error('dist/ ontbreekt: draai eerst "npm run build" (npm test doet dat zelf).');
  }
  const server = await preview({ root: ROOT, server: { host: '127.0.0.1', port: 0 }, logLevel: 'warn' });
  const base = (process.env.BASE_PATH ?? '/').replace(/\/?$/, '/');
  project.provide('baseUrl', `http://127.0.0.1:${server.port}${base}`);
  return async () => server.stop();
}
