import { describe, expect, it } from 'vitest';
import { geschiedenisStap } from './geschiedenis.ts';

describe('geschiedenisStap', () => {
  it('replaces the entry the page opened with, and counts it as a search', () => {
    expect(geschiedenisStap('start', false, true)).toEqual({ geschiedenis: 'vervang', vastgelegd: true });
  });

  it('starts one new entry when typing after a settled search, and replaces it on further keystrokes', () => {
    const eerste = geschiedenisStap('typen', true, false);
    expect(eerste).toEqual({ geschiedenis: 'nieuw', vastgelegd: false });
    expect(geschiedenisStap('typen', eerste.vastgelegd, false)).toEqual({ geschiedenis: 'vervang', vastgelegd: false });
  });

  it('settles typed results after a pause, or on Enter in place', () => {
    expect(geschiedenisStap('pauze', false, true)).toEqual({ geschiedenis: 'niets', vastgelegd: true });
    expect(geschiedenisStap('verzenden', false, false)).toEqual({ geschiedenis: 'vervang', vastgelegd: true });
    expect(geschiedenisStap('verzenden', true, true)).toEqual({ geschiedenis: 'niets', vastgelegd: true });
  });

  it('makes a choice (filter, order, suggestion) a new entry, also right after typing', () => {
    expect(geschiedenisStap('keuze', true, false)).toEqual({ geschiedenis: 'nieuw', vastgelegd: true });
    expect(geschiedenisStap('keuze', false, false)).toEqual({ geschiedenis: 'nieuw', vastgelegd: true });
  });

  it('writes nothing on Back or Forward', () => {
    expect(geschiedenisStap('terug', false, true)).toEqual({ geschiedenis: 'niets', vastgelegd: true });
  });
});
