import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';
import { afterAll, describe, expect, it } from 'vitest';
import { FacetIndex, type FacetGegevens, type Woordenlijst } from '../src/lib/zoeken/gegevens.ts';
import { leesFragmenten, leesPagefindBestand, schrijfGegevens } from './zoekindex.ts';

const dir = mkdtempSync(join(tmpdir(), '3dlab-zoekindex-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
// A fragment as Pagefind writes it: gzip of a 12-byte signature and the JSON.
const pagefindBestand = (json: object) => gzipSync(Buffer.concat([Buffer.from('pagefind_dcd'), Buffer.from(JSON.stringify(json))]));

describe('zoekindex', () => {
  mkdirSync(join(dir, 'pagefind/fragment'), { recursive: true });
  writeFileSync(join(dir, 'pagefind/fragment/nl_b.pf_fragment'), pagefindBestand({ url: '/verhalen/b/', content: 'Dakloze jongeren in Den Haag.', filters: { gemeente: ['s-gravenhage'], tag: ['integraal'] }, meta: { title: 'B', datum: '2016' } }));
  writeFileSync(join(dir, 'pagefind/fragment/nl_a.pf_fragment'), pagefindBestand({ url: '/verhalen/a/', content: 'Schulden.', meta: { title: 'A', datum: '2014-10-01' } }));

  it('reads Pagefind\'s files and refuses others', () => {
    expect(leesPagefindBestand(pagefindBestand({ a: 1 })).toString()).toBe('{"a":1}');
    expect(() => leesPagefindBestand(gzipSync('{"a":1}'))).toThrow('handtekening');
  });

  it('reads every fragment with its page id, and writes the search page\'s data from them', async () => {
    const fragmenten = leesFragmenten(join(dir, 'pagefind'));
    expect(fragmenten.map((f) => [f.id, f.filters, f.meta.datum])).toEqual([
      ['nl_a', {}, '2014-10-01'],
      ['nl_b', { gemeente: ['s-gravenhage'], tag: ['integraal'] }, '2016'],
    ]);
    const bestanden = schrijfGegevens(dir, fragmenten);
    expect(bestanden.map((b) => b.bestand)).toEqual(['zoeken/facetten.dat', 'zoeken/woorden.dat']);
    const facetten = JSON.parse(gunzipSync(readFileSync(join(dir, 'zoeken/facetten.dat'))).toString()) as FacetGegevens;
    const index = await FacetIndex.lees(facetten);
    expect(index.filter([0, 1], { gemeente: ['s-gravenhage'] }).map((n) => index.id(n))).toEqual(['nl_b']);
    const woorden = JSON.parse(gunzipSync(readFileSync(join(dir, 'zoeken/woorden.dat'))).toString()) as Woordenlijst;
    expect(woorden.woorden.split(' ')).toEqual(expect.arrayContaining(['dakloze', 'schulden', 'haag']));
  });
});
