import { describe, expect, it } from 'vitest';
import { nieuwBestandUrl, MAX_URL_LENGTE } from './github.ts';

const REPO = 'https://github.com/3d-lab-kennisbank/kennisbank';

describe('GitHub new-file link', () => {
  it('prefills file name and content', () => {
    const { url, metInhoud } = nieuwBestandUrl(`${REPO}/`, 'main', 'content/verhalen/a b.mdx', '---\ntitel: "Één & twee"\n---\n');
    expect(metInhoud).toBe(true);
    expect(url).toBe(`${REPO}/new/main?filename=content/verhalen/a%20b.mdx&value=---%0Atitel%3A%20%22%C3%89%C3%A9n%20%26%20twee%22%0A---%0A`);
    expect(new URL(url).searchParams.get('value')).toBe('---\ntitel: "Één & twee"\n---\n');
  });

  it('falls back to the file name alone when the URL would be too long', () => {
    const lang = 'é'.repeat(2000); // 6 characters each once encoded
    const r = nieuwBestandUrl(REPO, 'main', 'content/verhalen/x.mdx', lang);
    expect(r).toEqual({ url: `${REPO}/new/main?filename=content/verhalen/x.mdx`, metInhoud: false });
  });

  it('keeps content that just fits', () => {
    const basis = `${REPO}/new/main?filename=content/verhalen/x.mdx&value=`;
    const past = 'a'.repeat(MAX_URL_LENGTE - basis.length);
    expect(nieuwBestandUrl(REPO, 'main', 'content/verhalen/x.mdx', past).metInhoud).toBe(true);
    expect(nieuwBestandUrl(REPO, 'main', 'content/verhalen/x.mdx', `${past}a`).metInhoud).toBe(false);
  });
});
