import { describe, expect, it } from 'vitest';
import { volledigheid } from './volledigheid.ts';

const d = { omschrijving: 'x', lost_op: ['a'], status: 'ingevoerd' as const, soort: 's', bron: 'b' };
const post = { omschrijving: 'x', per: 'jaar' as const, betaler: 'g', scenario: 'huidig' as const, bron: 'b' };
const volledig = {
  gemeenten: ['leeuwarden'],
  doorbraken: [d],
  bronnen: [{ id: 'b', titel: 'Evaluatie', pagina: '12' }],
  kosten: { posten: [{ ...post, bedrag: 1200 }] },
  uitkomsten: [{ indicator: 'x', voor: 1, na: 0, eenheid: 'x', bron: 'b' }],
};

describe('volledigheid', () => {
  it('is complete when a story has municipality, breakthrough, checkable source, costs and outcomes', () => {
    expect(volledigheid(volledig)).toEqual({ niveau: 'volledig', aanwezig: ['gemeente', 'doorbraak', 'bron', 'kosten', 'uitkomsten'], ontbreekt: [] });
  });

  it('names what is missing; an unknown amount is no cost and a title alone is no checkable source', () => {
    const r = volledigheid({ ...volledig, bronnen: [{ id: 'b', titel: 'Nabij is beter' }], kosten: { posten: [{ ...post, bedrag: 'onbekend' }] } });
    expect(r).toEqual({ niveau: 'gedeeltelijk', aanwezig: ['gemeente', 'doorbraak', 'uitkomsten'], ontbreekt: ['bron', 'kosten'] });
  });

  it('is brief without a breakthrough, however much else it has', () => {
    expect(volledigheid({ ...volledig, doorbraken: [] }).niveau).toBe('beknopt');
    expect(volledigheid({ gemeenten: [], doorbraken: [d], bronnen: [{ id: 'b', titel: 't' }] }).niveau).toBe('beknopt');
  });
});
