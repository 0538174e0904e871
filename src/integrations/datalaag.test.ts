import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { datalaagUitBestand, jsonVanDatalaag, splitsDatalaag } from './datalaag.ts';

// What Astro 7 emits for astro:data-layer-content (vite-plugin-content-virtual-mod.js).
const astroModule = (json: string) => `export default JSON.parse(${JSON.stringify(json)})`;
const STORE = JSON.stringify([['Map', 1, 2], 'verhalen', { tekst: 'Zeg "nee" tegen \\ en \u2028 en é', html: '<p>a</p>\n' }]);

/** Evaluates module code the way Node would, and returns its default export. */
async function evalueer(code: string): Promise<unknown> {
  return ((await import(`data:text/javascript,${encodeURIComponent(code)}`)) as { default: unknown }).default;
}

describe('datalaag', () => {
  let map: string | undefined;
  afterEach(() => map && rmSync(map, { recursive: true, force: true }));

  it("reads the JSON text out of Astro's module, and nothing else", () => {
    expect(jsonVanDatalaag(astroModule(STORE))).toBe(STORE);
    expect(jsonVanDatalaag(`${astroModule(STORE)}\n`)).toBe(STORE);
    expect(jsonVanDatalaag('export default new Map()')).toBeUndefined();
    expect(jsonVanDatalaag('export default JSON.parse(x)')).toBeUndefined();
    expect(jsonVanDatalaag('export default JSON.parse("kapot)')).toBeUndefined();
  });

  it('splits the literal into parts that join to the same data', async () => {
    const code = splitsDatalaag(astroModule(STORE), 7)!;
    expect(code.split('\n').length).toBeGreaterThan(5);
    expect(await evalueer(code)).toEqual(JSON.parse(STORE));
    // Small stores stay as Astro made them.
    expect(splitsDatalaag(astroModule(STORE))).toBeUndefined();
  });

  it('writes the JSON to one file in the cache folder and reads it back from there', async () => {
    map = mkdtempSync(join(tmpdir(), '3dlab-datalaag-'));
    writeFileSync(join(map, 'datalaag-oud.json'), '[]');
    const code = datalaagUitBestand(astroModule(STORE), map)!;
    const bestanden = readdirSync(map);
    expect(bestanden).toHaveLength(1);
    expect(readFileSync(join(map, bestanden[0]!), 'utf8')).toBe(STORE);
    expect(code).toContain(join(map, bestanden[0]!));
    expect(await evalueer(code)).toEqual(JSON.parse(STORE));
    expect(datalaagUitBestand('export default new Map()', map)).toBeUndefined();
  });
});
