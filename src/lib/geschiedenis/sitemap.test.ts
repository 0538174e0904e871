// The sitemap's <lastmod> for story and lab pages comes from their last commit.
import { describe, expect, it } from 'vitest';
import type { BestandsGeschiedenis } from './git.ts';
import { bestandVanPagina, metLaatsteWijziging } from './sitemap.ts';

const w = (datum: string) => ({ hash: 'h', datum, onderwerp: 's' });
const g = (laatste: string): BestandsGeschiedenis => ({ eerste: w('2020-01-01T00:00:00Z'), laatste: w(laatste), recent: [w(laatste)], aantal: 2 });
const geschiedenis = new Map([
  ['content/verhalen/arnhem-vroeg-eropaf.mdx', g('2026-03-04T10:00:00+01:00')],
  ['content/labs/schulden.mdx', g('2025-01-02T00:00:00Z')],
]);

describe('sitemap', () => {
  it('finds the content file of a story or lab page, under the base path', () => {
    expect(bestandVanPagina('https://x.github.io/kennisbank/verhalen/arnhem-vroeg-eropaf/', '/kennisbank/')).toBe('content/verhalen/arnhem-vroeg-eropaf.mdx');
    expect(bestandVanPagina('https://x.github.io/labs/schulden/', '/')).toBe('content/labs/schulden.mdx');
    expect(bestandVanPagina('https://x.github.io/verhalen/pagina/2/', '/')).toBeUndefined();
    expect(bestandVanPagina('https://x.github.io/tags/wijk/', '/')).toBeUndefined();
    expect(bestandVanPagina('https://x.github.io/verhalen/x/', '/kennisbank')).toBeUndefined();
  });

  it('sets lastmod to the last commit of a page with history, and leaves other pages alone', () => {
    expect(metLaatsteWijziging({ url: 'https://x.github.io/verhalen/arnhem-vroeg-eropaf/' }, geschiedenis, '/')).toEqual({
      url: 'https://x.github.io/verhalen/arnhem-vroeg-eropaf/',
      lastmod: '2026-03-04T09:00:00.000Z',
    });
    expect(metLaatsteWijziging({ url: 'https://x.github.io/verhalen/zonder-geschiedenis/' }, geschiedenis, '/')).toEqual({ url: 'https://x.github.io/verhalen/zonder-geschiedenis/' });
    expect(metLaatsteWijziging({ url: 'https://x.github.io/gemeenten/' }, geschiedenis, '/')).toEqual({ url: 'https://x.github.io/gemeenten/' });
  });
});
