import { describe, expect, it } from 'vitest';
import { pakketVan, vatSamen, type CpuProfiel } from './profiel.ts';

describe('pakketVan', () => {
  it('names the package of a script URL', () => {
    expect(pakketVan('file:///w/node_modules/@mdx-js/mdx/lib/core.js')).toBe('@mdx-js/mdx');
    expect(pakketVan('file:///w/node_modules/zod/v4/core/schemas.js')).toBe('zod');
    expect(pakketVan('file:///w/node_modules/astro/node_modules/vite/dist/node/chunks/x.js')).toBe('vite');
    expect(pakketVan('file:///w/.bench/site-1000/src/lib/inhoud/controle.ts')).toBe('project');
    expect(pakketVan('node:internal/fs/utils')).toBe('node');
    expect(pakketVan('')).toBe('(native)');
  });
});

describe('vatSamen', () => {
  const frame = (functionName: string, url: string, lineNumber = 0) => ({ functionName, url, lineNumber });
  const profiel: CpuProfiel = {
    nodes: [
      { id: 1, callFrame: frame('(root)', ''), children: [2, 3, 4] },
      { id: 2, callFrame: frame('parse', 'file:///w/node_modules/yaml/dist/parse.js', 9) },
      { id: 3, callFrame: frame('safeParse', 'file:///w/node_modules/zod/v4/core/parse.js', 41) },
      { id: 4, callFrame: frame('(garbage collector)', '') },
    ],
    startTime: 0,
    endTime: 10_000,
    samples: [2, 2, 3, 4, 2],
    timeDeltas: [1000, 3000, 2000, 2000, 2000],
  };
  it('adds self time per package and per function, largest first', () => {
    const s = vatSamen(profiel);
    expect(s.totaalMs).toBe(10);
    expect(s.pakketten).toEqual([
      { naam: 'yaml', ms: 6, aandeel: 0.6 },
      { naam: 'zod', ms: 2, aandeel: 0.2 },
      { naam: '(garbage collector)', ms: 2, aandeel: 0.2 },
    ]);
    expect(s.functies[0]).toEqual({ naam: 'parse yaml/dist/parse.js:10', ms: 6, aandeel: 0.6 });
  });
});
