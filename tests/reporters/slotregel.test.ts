import { describe, expect, it } from 'vitest';
import { tel, type Gemeld } from './slotregel.ts';

const test = (state: string) => ({ result: () => ({ state }) });
function bestand(tests: string[], { fout = false, hookFout = false } = {}): Gemeld {
  return {
    errors: () => (fout ? [new Error('laadfout')] : []),
    children: {
      allTests: () => tests.map(test),
      allSuites: () => [{ errors: () => (hookFout ? [new Error('beforeAll')] : []) }],
    },
  };
}

describe('closing line count', () => {
  it('counts tests by state', () => {
    expect(tel([bestand(['passed', 'passed', 'failed', 'skipped'])], 0, 'failed')).toEqual({ passed: 2, failed: 1, skipped: 1, mislukteBestanden: 1 });
  });

  it('counts a file that failed to load, with no tests, as a failure', () => {
    expect(tel([bestand([], { fout: true }), bestand(['passed'])], 0, 'failed')).toEqual({ passed: 1, failed: 1, skipped: 0, mislukteBestanden: 1 });
  });

  it('counts a failed hook as a failure although its tests are only skipped', () => {
    expect(tel([bestand(['skipped', 'skipped'], { hookFout: true })], 0, 'failed')).toEqual({ passed: 0, failed: 1, skipped: 2, mislukteBestanden: 1 });
  });

  it('counts errors outside tests, and never reports a failed run as clean', () => {
    expect(tel([bestand(['passed'])], 2, 'failed').failed).toBe(2);
    expect(tel([bestand(['passed'])], 0, 'failed').failed).toBe(1);
    expect(tel([bestand(['passed'])], 0, 'passed')).toEqual({ passed: 1, failed: 0, skipped: 0, mislukteBestanden: 0 });
  });
});
