import { describe, expect, it } from 'vitest';
import { VERHAALTEKST_CHUNKS, verhaaltekstChunk } from './chunks.ts';

describe('build chunks of texts with components', () => {
  it('puts story and lab MDX modules (also their query variants) in one of sixteen chunks, nothing else', () => {
    const chunk = verhaaltekstChunk('/site/content/verhalen/a.mdx');
    expect(chunk).toMatch(/^verhaalteksten-\d+$/);
    expect(verhaaltekstChunk('/site/content/verhalen/a.mdx?astroPropagatedAssets')).toBe(chunk);
    expect(verhaaltekstChunk('C:\\site\\content\\labs\\b.mdx')).toMatch(/^verhaalteksten-/);
    for (const id of ['/site/src/pages/verhalen/[id].astro', '/site/content/verhalen/_sjabloon.mdx?raw', '/site/node_modules/x/content/verhalen/y.js', 'astro:content-layer-deferred-module']) {
      expect(verhaaltekstChunk(id), id).toBeNull();
    }
  });

  it('spreads 2,000 texts evenly enough', () => {
    const tellingen = new Map<string, number>();
    for (let i = 0; i < 2000; i++) {
      const c = verhaaltekstChunk(`/site/content/verhalen/${String(i).padStart(5, '0')}-verhaal-${i}.mdx`)!;
      tellingen.set(c, (tellingen.get(c) ?? 0) + 1);
    }
    expect(tellingen.size).toBe(VERHAALTEKST_CHUNKS);
    expect(Math.max(...tellingen.values())).toBeLessThan(2 * (2000 / VERHAALTEKST_CHUNKS));
  });
});
