import { describe, expect, it } from 'vitest';
import { naarMdx, titelSlug, uniekeSlug } from './mdx.ts';

describe('writing a story file', () => {
  it('orders keys as the template, keeps id lists on one line and adds comments', () => {
    const mdx = naarMdx({ status: 'concept', titel: 'Titel: met dubbele punt', tags: ['a', 'b'], privacy: { gepseudonimiseerd: true, toestemming: 'n.v.t.' } }, '\r\nTekst.\r\n', { tags: 'ids uit content/tags.yaml' });
    expect(mdx).toBe(
      '---\ntitel: "Titel: met dubbele punt"\ntags: [a, b] # ids uit content/tags.yaml\nprivacy:\n  gepseudonimiseerd: true\n  toestemming: n.v.t.\nstatus: concept\n---\n\nTekst.\n',
    );
  });

  it('writes no body section when there is no text', () => {
    expect(naarMdx({ titel: 'x' }, '  ')).toBe('---\ntitel: x\n---\n');
  });
});

describe('slugs', () => {
  it('come from the title, cut at a word', () => {
    expect(titelSlug('Hakan en het paspoort: een lening!')).toBe('hakan-en-het-paspoort-een-lening');
    expect(titelSlug('Een budget voor het wijkteam in Zwolle: eerst helpen, dan regelen')).toBe('een-budget-voor-het-wijkteam-in-zwolle-eerst-helpen-dan');
    expect(titelSlug('???')).toBe('verhaal');
  });

  it('get -2, -3 when taken', () => {
    expect(uniekeSlug('a', ['b'])).toBe('a');
    expect(uniekeSlug('a', ['a'])).toBe('a-2');
    expect(uniekeSlug('a', ['a', 'a-2', 'a-3'])).toBe('a-4');
  });
});
