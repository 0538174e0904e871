import { describe, expect, it } from 'vitest';
import { hubPagina, paden } from './paden.ts';

describe('hubPagina', () => {
  it('keeps page 1 at the hub and puts later pages under pagina/n/', () => {
    expect(hubPagina(paden.tag('wijk'), 1)).toBe(paden.tag('wijk'));
    expect(hubPagina(paden.tag('wijk'), 2)).toBe(`${paden.tag('wijk')}pagina/2/`);
    expect(hubPagina('/x', 3)).toBe('/x/pagina/3/');
    // Same scheme as the list of all stories.
    expect(hubPagina(paden.verhalen(), 4)).toBe(paden.verhalen(4));
  });
});
