import { describe, expect, it } from 'vitest';
import { bewerkUrl, githubUrl, hubPagina, maakPaden } from './paden.ts';
import { BRANCH, REPOSITORY } from '../site.config.ts';

const { paden } = maakPaden('/');

describe('maakPaden', () => {
  it('puts every path under the base it is given, with or without its closing slash', () => {
    for (const basis of ['/kennisbank', '/kennisbank/']) {
      const { pad, paden: onder } = maakPaden(basis);
      expect(onder.home()).toBe('/kennisbank/');
      expect(onder.verhaal('x')).toBe('/kennisbank/verhalen/x/');
      expect(pad('/stijl.css')).toBe('/kennisbank/stijl.css');
    }
    expect(paden.provincie('Zuid-Holland')).toBe('/provincies/zuid-holland/');
  });
});

describe('hubPagina', () => {
  it('keeps page 1 at the hub and puts later pages under pagina/n/', () => {
    expect(hubPagina(paden.tag('wijk'), 1)).toBe(paden.tag('wijk'));
    expect(hubPagina(paden.tag('wijk'), 2)).toBe(`${paden.tag('wijk')}pagina/2/`);
    expect(hubPagina('/x', 3)).toBe('/x/pagina/3/');
    // Same scheme as the list of all stories.
    expect(hubPagina(paden.verhalen(), 4)).toBe(paden.verhalen(4));
  });
});

describe('githubUrl', () => {
  it('joins the parts onto the repository address, however many slashes it ends with', () => {
    expect(githubUrl('https://github.com/o/r//', 'blob', 'main', 'CONTRIBUTING.md')).toBe('https://github.com/o/r/blob/main/CONTRIBUTING.md');
    expect(githubUrl('https://github.com/o/r', 'issues')).toBe('https://github.com/o/r/issues');
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
