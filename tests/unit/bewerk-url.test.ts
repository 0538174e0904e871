import { describe, expect, it } from 'vitest';
import { bewerkUrl } from '../../src/lib/paden.ts';
import { BRANCH, REPOSITORY } from '../../src/site.config.ts';

describe('bewerkUrl ("Bewerk deze pagina")', () => {
  it("opens GitHub's editor for the story file on main", () => {
    expect(bewerkUrl('content/verhalen/x.mdx', REPOSITORY, BRANCH)).toBe(`${REPOSITORY}/edit/main/content/verhalen/x.mdx`);
    expect(bewerkUrl('content/verhalen/x.mdx', 'https://github.com/o/r', 'main')).toBe('https://github.com/o/r/edit/main/content/verhalen/x.mdx');
  });

  it('accepts the "./" that Astro puts before entry.filePath, and a trailing slash on the repository', () => {
    expect(bewerkUrl('./content/labs/wijkteams-en-welzijn.mdx', 'https://github.com/o/r/', 'main')).toBe('https://github.com/o/r/edit/main/content/labs/wijkteams-en-welzijn.mdx');
  });
});
