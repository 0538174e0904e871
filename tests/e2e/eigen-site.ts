/**
 * For tests that build a site of their own (a fixture beside the shared test site): serves its dist/
 * with Astro's preview server and opens a browser on it.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { preview } from 'astro';
import type { Page } from 'playwright-core';
import { nieuwePagina, startBrowser } from './browser.ts';

export interface EigenSite {
  /** Absolute URL of the site's root, ending in "/". */
  basis: string;
  /** A built file's text, by its path under dist/. */
  lees(pad: string): string;
  /** A new page (see nieuwePagina) at a path of the site. */
  open(pad: string): Promise<Page>;
  sluit(): Promise<void>;
}

export async function serveerEigenSite(dir: string): Promise<EigenSite> {
  const server = await preview({ root: dir, server: { host: '127.0.0.1', port: 0 }, logLevel: 'warn' });
  const basis = `http://127.0.0.1:${server.port}/`;
  const browser = await startBrowser();
  return {
    basis,
    lees: (pad) => readFileSync(join(dir, 'dist', pad), 'utf8'),
    async open(pad) {
      const { page } = await nieuwePagina(browser);
      await page.goto(`${basis}${pad}`);
      return page;
    },
    async sluit() {
      await browser.close();
      await server.stop();
    },
  };
}
