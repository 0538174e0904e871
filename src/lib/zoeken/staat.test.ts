import { describe, expect, it } from 'vitest';
import { isLeeg, leesStaat, pagefindFilters, pagefindSortering, schoonZoekterm, schrijfStaat, zetFilter } from './staat.ts';

describe('zoekstaat in de URL', () => {
  it('reads query, filters and order from a shared link', () => {
    const s = leesStaat('?q=schuld&tag=integraal&gemeente=leeuwarden&tag=preventief&volgorde=datum');
    expect(s).toEqual({ q: 'schuld', filters: { tag: ['integraal', 'preventief'], gemeente: ['leeuwarden'] }, volgorde: 'datum' });
  });

  it('accepts comma-separated values and ignores junk, duplicates and unknown parameters', () => {
    const s = leesStaat('q=%20%20wijk%20%20team%20&tag=integraal,Preventief,integraal&tag=<script>&foo=bar&belofte=2&volgorde=x');
    expect(s).toEqual({ q: 'wijk team', filters: { tag: ['integraal', 'preventief'], belofte: ['2'] }, volgorde: 'relevantie' });
  });

  it('writes a stable query string that reads back to the same state', () => {
    const s = leesStaat('?gemeente=leeuwarden&q=co%C3%B6peratie&tag=integraal');
    const qs = schrijfStaat(s);
    expect(qs).toBe('?q=co%C3%B6peratie&gemeente=leeuwarden&tag=integraal');
    expect(leesStaat(qs)).toEqual(s);
  });

  it('writes nothing for an empty search', () => {
    expect(schrijfStaat(leesStaat(''))).toBe('');
    expect(isLeeg(leesStaat('?q=%20'))).toBe(true);
    expect(isLeeg(leesStaat('?jaar=2014'))).toBe(false);
  });

  it('cuts very long queries', () => {
    expect(schoonZoekterm('a'.repeat(500))).toHaveLength(200);
  });
});

describe('filters voor Pagefind', () => {
  const s = leesStaat('?q=schuld&tag=integraal&tag=preventief&gemeente=leeuwarden');

  it('ORs values within a facet and ANDs facets', () => {
    expect(pagefindFilters(s)).toEqual({ gemeente: { any: ['leeuwarden'] }, tag: { any: ['integraal', 'preventief'] } });
  });

  it('can leave one facet out to count its values', () => {
    expect(pagefindFilters(s, 'tag')).toEqual({ gemeente: { any: ['leeuwarden'] } });
  });

  it('sorts by date only when asked', () => {
    expect(pagefindSortering(s)).toBeUndefined();
    expect(pagefindSortering({ ...s, volgorde: 'datum' })).toEqual({ datum: 'desc' });
    // Filters without a query have no relevance to rank by.
    expect(pagefindSortering(leesStaat('?tag=integraal'))).toEqual({ datum: 'desc' });
  });

  it('switches a value on and off without changing the original', () => {
    const aan = zetFilter(s, 'jaar', '2014', true);
    expect(aan.filters.jaar).toEqual(['2014']);
    expect(s.filters.jaar).toBeUndefined();
    const uit = zetFilter(aan, 'gemeente', 'leeuwarden', false);
    expect(uit.filters).toEqual({ tag: ['integraal', 'preventief'], jaar: ['2014'] });
    expect(schrijfStaat(uit)).toBe('?q=schuld&tag=integraal&tag=preventief&jaar=2014');
  });
});
