// The rule for where code lives (README, "Code"): src/lib is pure TypeScript that runs anywhere (Node,
// the browser, Vitest); what needs Astro's content collections lives in src/collecties/; configuration
// reaches modules as arguments, and only src/site.config.ts reads the environment.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

const SRC = new URL('..', import.meta.url).pathname;

function bestanden(map: string): string[] {
  return readdirSync(map, { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile() && /\.(ts|astro)$/.test(e.name) && !e.name.endsWith('.test.ts'))
    .map((e) => relative(SRC, join(e.parentPath, e.name)));
}

const overtreders = (lijst: string[], patroon: RegExp) => lijst.filter((f) => patroon.test(readFileSync(join(SRC, f), 'utf8')));

describe('where code lives', () => {
  const lib = bestanden(join(SRC, 'lib'));

  it('keeps src/lib free of astro:content, src/collecties and the site configuration', () => {
    expect(lib.length).toBeGreaterThan(20);
    expect(overtreders(lib, /from\s+'astro:|from\s+'[./]*collecties\/|site\.config/)).toEqual([]);
  });

  it('reads the environment only in src/site.config.ts', () => {
    const alle = bestanden(SRC);
    expect(alle).toContain('site.config.ts');
    expect(overtreders(alle, /process\.env|import\.meta\.env/)).toEqual(['site.config.ts']);
  });
});
