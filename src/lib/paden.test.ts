import { describe, expect, it } from 'vitest';
import { bewerkUrl, hubPagina, paden } from './paden.ts';
import { BRANCH, REPOSITORY } from '../site.config.ts';

describe('hubPagina', () => {
  it('keeps page 1 at the hub and puts later pages under pagina/n/', () => {
    expect(hubPagina(paden.tag('wijk'), 1)).toBe(paden.tag('wijk'));
    expect(hubPagina(paden.tag('wijk'), 2)).toBe(`${paden.tag('wijk')}pagina/2/`);
    expect(hubPagina('/x', 3)).toBe('/x/pagina/3/');
    // Same scheme as the list of all stories.
    expect(hubPagina(paden.verhalen(), 4)).toBe(paden.verhalen(4));
  });
});

describe('bewerkUrl ("Bewerk deze pagina")', () => {
  it("opens GitHub's editor for the story file on main", () => {
    expect(bewerkUrl('content/verhalen/x.mdx', REPOSITORY, BRANCH)).toBe(`${REPOSITORY}/edit/main/content/verhalen/x.mdx`);
    expect(bewerkUrl('content/verhalen/x.mdx', 'https://github.com/o/r', 'main')).toBe('https://github.com/o/r/edit/main/content/verhalen/x.mdx');
  });

  it('accepts the "./" that Astro puts before entry.filePath, and a trailing slash on the repository', () => {
    expect(bewerkUrl('./content/labs/wijkteams-en-welzijn.mdx', 'https://github.com/o/r/', 'main')).toBe('https://github.com/o/r/edit/main/content/labs/wijkteams-en-welzijn.mdx');
  });
});
