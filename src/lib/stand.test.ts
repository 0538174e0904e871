import { describe, expect, it } from 'vitest';
import { doorbrakenPerStatus, doorbrokenBelemmeringen, standen, standVan, tel, tellingTekst } from './stand.ts';

// The lab "Schulden als testcase" in miniature: most breakthroughs are proposals.
const verhaal = {
  belemmeringen: [{ id: 'a' }, { id: 'b' }, { id: 'c' }, { id: 'd' }, { id: 'e' }],
  doorbraken: [
    { status: 'voorstel' as const, lost_op: ['a', 'b'] },
    { status: 'ingevoerd' as const, lost_op: ['b'] },
    { status: 'proef' as const, lost_op: ['c'] },
    { status: 'voorstel' as const, lost_op: ['c'] },
    { status: 'effect-gemeten' as const, lost_op: ['d'] },
  ],
};

describe('stand van een belemmering', () => {
  it('counts a barrier as broken only through an implemented or measured breakthrough', () => {
    expect(standVan([{ status: 'voorstel' }])).toBe('voorstel');
    expect(standVan([{ status: 'voorstel' }, { status: 'proef' }])).toBe('proef');
    expect(standVan([{ status: 'voorstel' }, { status: 'ingevoerd' }])).toBe('doorbroken');
    expect(standVan([{ status: 'effect-gemeten' }])).toBe('doorbroken');
    expect(standVan([])).toBe('open');
  });

  it('gives every barrier of a story its state', () => {
    expect(Object.fromEntries(standen(verhaal))).toEqual({ a: 'voorstel', b: 'doorbroken', c: 'proef', d: 'doorbroken', e: 'open' });
    expect([...doorbrokenBelemmeringen(verhaal)]).toEqual(['b', 'd']);
  });

  it('counts barriers by state and breakthroughs by status', () => {
    expect(tel([verhaal, verhaal])).toEqual({ belemmeringen: 10, doorbroken: 4, proef: 2, voorstel: 2, open: 2 });
    expect(doorbrakenPerStatus([verhaal])).toEqual({ voorstel: 2, proef: 1, ingevoerd: 1, 'effect-gemeten': 1 });
  });

  it('says the count in words, proposals apart from broken barriers', () => {
    expect(tellingTekst(tel([verhaal]))).toBe('5 belemmeringen: 2 doorbroken, 1 in een proef, 1 alleen voorgesteld, 1 nog zonder oplossing');
    expect(tellingTekst(tel([{ belemmeringen: [{ id: 'x' }], doorbraken: [{ status: 'voorstel', lost_op: ['x'] }] }]))).toBe('1 belemmering: 1 alleen voorgesteld');
  });
});
