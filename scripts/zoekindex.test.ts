import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';
import { afterAll, describe, expect, it } from 'vitest';
import { FacetIndex, type FacetGegevens, type Woordenlijst } from '../src/lib/zoeken/gegevens.ts';
import { herpakVasteBestanden, leesFragmenten, leesPagefindBestand, schrijfGegevens, vasteBestanden, zopfliGzip } from './zoekindex.ts';

const handlers = () => [process.listeners('uncaughtException').length, process.listeners('unhandledRejection').length];
// Before any test loads Zopfli (zoekindex.ts loads it on first use).
const handlersVoorZopfli = handlers();
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
    const bestanden = await schrijfGegevens(dir, fragmenten);
    expect(bestanden.map((b) => b.bestand)).toEqual(['zoeken/facetten.dat', 'zoeken/woorden.dat']);
    const facetten = JSON.parse(gunzipSync(readFileSync(join(dir, 'zoeken/facetten.dat'))).toString()) as FacetGegevens;
    const index = await FacetIndex.lees(facetten);
    expect(index.filter([0, 1], { gemeente: ['s-gravenhage'] }).map((n) => index.id(n))).toEqual(['nl_b']);
    const woorden = JSON.parse(gunzipSync(readFileSync(join(dir, 'zoeken/woorden.dat'))).toString()) as Woordenlijst;
    expect(woorden.woorden.split(' ')).toEqual(expect.arrayContaining(['dakloze', 'schulden', 'haag']));
  });

  it('gzips with Zopfli: smaller than zlib at its best, the same bytes once unpacked, and leaves the process\'s error handlers alone', async () => {
    // Text like a page list: ids and word counts.
    const tekst = Buffer.from(Array.from({ length: 3000 }, (_, i) => `nl_${((i * 2654435761) >>> 0).toString(16).slice(0, 7)}:${(i * 37) % 1500}`).join(','));
    const z = await zopfliGzip(tekst);
    expect(gunzipSync(z).equals(tekst)).toBe(true);
    expect(z.length).toBeLessThan(gzipSync(tekst, { level: 9 }).length);
    expect(handlers()).toEqual(handlersVoorZopfli);
  });

  it('re-gzips the page list and WebAssembly of every language in pagefind-entry.json, and nothing else', async () => {
    const bundel = join(dir, 'herpak/pagefind');
    mkdirSync(join(bundel, 'index'), { recursive: true });
    writeFileSync(join(bundel, 'pagefind-entry.json'), JSON.stringify({ version: '1.6.0', languages: { nl: { hash: 'nl_abc', wasm: 'nl', page_count: 2 }, en: { hash: 'en_def', wasm: 'unknown', page_count: 1 } } }));
    const inhoud = (s: string) => Buffer.concat([Buffer.from('pagefind_dcd'), Buffer.from(s.repeat(400))]);
    const bestanden = { 'pagefind.nl_abc.pf_meta': 'nl_0cf3aba 1089 ', 'wasm.nl.pagefind': 'asm\u0001 nl ', 'pagefind.en_def.pf_meta': 'en_1234567 12 ', 'wasm.unknown.pagefind': 'asm\u0001 ?? ', 'index/nl_1.pf_index': 'schuld 1 2 3 ' };
    for (const [naam, s] of Object.entries(bestanden)) writeFileSync(join(bundel, naam), gzipSync(inhoud(s), { level: 1 }));
    const chunkVoor = readFileSync(join(bundel, 'index/nl_1.pf_index'));

    expect(vasteBestanden(bundel)).toEqual(['pagefind.nl_abc.pf_meta', 'wasm.nl.pagefind', 'pagefind.en_def.pf_meta', 'wasm.unknown.pagefind']);
    const verslag = await herpakVasteBestanden(bundel);
    expect(verslag.map((v) => v.bestand)).toEqual(vasteBestanden(bundel));
    for (const { bestand, voor, na } of verslag) {
      expect(na, bestand).toBeLessThan(voor);
      const nu = readFileSync(join(bundel, bestand));
      expect(nu.length, bestand).toBe(na);
      expect(leesPagefindBestand(nu).toString(), bestand).toBe(inhoud(bestanden[bestand as keyof typeof bestanden]).subarray(12).toString());
    }
    // Index chunks stay as Pagefind wrote them.
    expect(readFileSync(join(bundel, 'index/nl_1.pf_index')).equals(chunkVoor)).toBe(true);
  });

  it('stops with the file and the missing field when pagefind-entry.json has no usable language', () => {
    const bundel = join(dir, 'kapot/pagefind');
    mkdirSync(bundel, { recursive: true });
    writeFileSync(join(bundel, 'pagefind-entry.json'), JSON.stringify({ version: '1.6.0', languages: {} }));
    expect(() => vasteBestanden(bundel)).toThrow(/pagefind-entry\.json noemt geen talen/);
    writeFileSync(join(bundel, 'pagefind-entry.json'), JSON.stringify({ languages: { nl: { hash: 'nl_abc' } } }));
    expect(() => vasteBestanden(bundel)).toThrow('taal "nl" in pagefind-entry.json mist "hash" of "wasm"');
  });
});
