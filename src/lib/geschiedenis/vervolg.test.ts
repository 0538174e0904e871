// "Hoe staat het er nu voor?": the story-idea form, filled in with the story.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { verhaalIdeeUrl } from '../paden.ts';
import { vervolgVelden } from './vervolg.ts';

const invoer = { titel: 'Arnhem: vroeg aanbellen', gemeenten: ['Arnhem', "'s-Gravenhage"], domeinen: ['schulden', 'inkomen'], url: 'https://example.org/verhalen/arnhem/' };

describe('vervolgVelden', () => {
  it('fills in the title, the municipalities, the domains and the story it follows up', () => {
    expect(vervolgVelden(invoer)).toEqual({
      title: 'Hoe staat het er nu voor? Arnhem: vroeg aanbellen',
      gemeente: "Arnhem, 's-Gravenhage",
      domeinen: 'schulden,inkomen',
      vervolg_op: 'https://example.org/verhalen/arnhem/',
    });
    expect(vervolgVelden({ ...invoer, gemeenten: [] })).not.toHaveProperty('gemeente');
  });

  it('uses only field ids that the issue form has, and options it offers', () => {
    const form = parse(readFileSync(join(import.meta.dirname, '../../../.github/ISSUE_TEMPLATE/verhaal-idee.yml'), 'utf8')) as {
      body: { id?: string; attributes: { options?: string[] } }[];
    };
    const ids = form.body.flatMap((v) => (v.id ? [v.id] : []));
    for (const veld of Object.keys(vervolgVelden(invoer)).filter((k) => k !== 'title')) expect(ids).toContain(veld);
    const opties = form.body.find((v) => v.id === 'domeinen')!.attributes.options!;
    for (const d of invoer.domeinen) expect(opties).toContain(d);
  });

  it('becomes a link to a new issue from the story-idea form', () => {
    const url = new URL(verhaalIdeeUrl('https://github.com/org/repo/', vervolgVelden(invoer)));
    expect(url.origin + url.pathname).toBe('https://github.com/org/repo/issues/new');
    expect(url.searchParams.get('template')).toBe('verhaal-idee.yml');
    expect(url.searchParams.get('title')).toBe('Hoe staat het er nu voor? Arnhem: vroeg aanbellen');
    expect(url.searchParams.get('vervolg_op')).toBe('https://example.org/verhalen/arnhem/');
  });
});
