// Every built page of the fixture site is valid HTML according to the W3C Nu HTML Checker (the npm
// package vnu-jar, run with Java): invalid markup is where screen readers and browsers start to
// disagree (a stray <script> after </html> made the checker give up on a page; a list between a
// figure's image and its caption is not allowed). The real site's pages are checked in rook.test.ts.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fixtureDir } from './fixture.ts';
import { htmlBestanden, nuFouten } from './nu.ts';

describe('valid HTML (W3C Nu HTML Checker)', () => {
  it('reports no error on any built page of the fixture site', () => {
    const dist = join(fixtureDir(), 'dist');
    const bestanden = htmlBestanden(dist);
    expect(bestanden.length).toBeGreaterThan(25);
    expect(nuFouten(dist, bestanden)).toEqual([]);
  });

  it('does report the errors it should (a figcaption in the middle, a script after </html>)', () => {
    const fouten = nuFouten(join(import.meta.dirname, 'fixtures/html'), ['ongeldig.html']);
    expect(fouten.some((f) => f.includes('figure'))).toBe(true);
    expect(fouten.some((f) => /script/i.test(f))).toBe(true);
  });
});
