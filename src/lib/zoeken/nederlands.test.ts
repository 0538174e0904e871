import { describe, expect, it } from 'vitest';
import { isRuimer, meervoudsvorm } from './nederlands.ts';

describe('meervoudsvorm', () => {
  it('adds a plural ending to each word', () => {
    expect(meervoudsvorm('schuld')).toBe('schulden');
    expect(meervoudsvorm('boete')).toBe('boeten');
    expect(meervoudsvorm('schuld opvang')).toBe('schulden opvangen');
  });

  it('leaves short words, plurals, numbers and quoted text alone', () => {
    expect(meervoudsvorm('pot')).toBeUndefined();
    expect(meervoudsvorm('schulden')).toBeUndefined();
    expect(meervoudsvorm('12000')).toBeUndefined();
    expect(meervoudsvorm('"schuld"')).toBeUndefined();
    expect(meervoudsvorm('de schulden')).toBeUndefined();
  });

  it('keeps diacritics', () => {
    expect(meervoudsvorm('coöperatie')).toBe('coöperatien');
  });
});

describe('isRuimer', () => {
  it('accepts only a strict superset', () => {
    expect(isRuimer(['a', 'b', 'c'], ['a', 'b'])).toBe(true);
    expect(isRuimer(['a', 'b'], ['a', 'b'])).toBe(false);
    expect(isRuimer(['a', 'c', 'd'], ['a', 'b'])).toBe(false);
  });
});
