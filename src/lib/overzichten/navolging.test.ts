// Open data for learning that travels: adoption links both ways, contact and English, on hand-made stories
// whose expected values are written out below (a chain Leeuwarden 2010 -> Amsterdam 2012 -> Utrecht 2014).
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { GEMEENTEN, SOORTEN } from '../../../tests/helpers/overzichten-fixture.ts';
import { verhaalSchema } from '../../schema/index.ts';
import { maakContext } from './context.ts';
import { NAVOLGING_KOLOMMEN, navolgingCsv } from './navolging.ts';
import { OPEN_DATA_VERSIE, verhalenJson, verhalenRijen, WIJZIGINGEN } from './opendata.ts';
import type { VerhaalGegevens } from './typen.ts';

function verhaal(id: string, gemeente: string, doorbraak: Record<string, unknown>, extra: Record<string, unknown> = {}): VerhaalGegevens {
  return {
    id,
    data: verhaalSchema.parse({
      titel: `Verhaal ${id}`,
      samenvatting: 'Kort.',
      datum: '2015',
      gemeenten: [gemeente],
      domeinen: ['zorg'],
      doelgroepen: ['jongeren'],
      rapporteurs: ['redactie'],
      belemmeringen: [{ id: 'b', soort: 'strijdige-regels', omschrijving: 'x' }],
      doorbraken: [{ omschrijving: `Doorbraak ${id}`, lost_op: ['b'], status: 'ingevoerd', soort: 'mandaat-en-budget', bron: 'r', ...doorbraak }],
      privacy: { gepseudonimiseerd: true, toestemming: 'n.v.t.' },
      status: 'gepubliceerd',
      bronnen: [{ id: 'r', titel: 'R' }],
      ...extra,
    }),
  };
}

const VERHALEN = [
  verhaal('utrecht-buurtteam', 'utrecht', { datum: '2014', overgenomen_van: { verhaal: 'amsterdam-team', doorbraak: 'team', bron: 'r', toelichting: 'Alleen het\nteam.' } }),
  verhaal('amsterdam-team', 'amsterdam', { id: 'team', datum: '2012', overgenomen_van: { verhaal: 'leeuwarden-frontlijn', doorbraak: 'frontlijn', bron: 'r' } }, {
    contact: { organisatie: 'Gemeente Amsterdam', url: 'https://www.amsterdam.nl/', telefoon: '14 020', bron: 'r' },
    engels: { titel: 'A team', samenvatting: 'One team for all.' },
  }),
  verhaal('leeuwarden-frontlijn', 'leeuwarden', { id: 'frontlijn', datum: '2010' }),
];
const ctx = maakContext(GEMEENTEN, SOORTEN, (id) => `https://voorbeeld.nl/verhalen/${id}/`, [{ id: 'redactie', naam: 'Redactie' }]);
const META = { titel: 't', licentie: 'l', bron: 'b', schema: 's' };
const csv = (tekst: string) => parse(tekst, { bom: true, columns: true }) as Record<string, string>[];

describe('open data: adoption, contact and English', () => {
  it('verhalen.json carries the links both ways, the contact and the English summary, announced in version 1.2.0', () => {
    const json = verhalenJson(VERHALEN, ctx, META);
    expect(WIJZIGINGEN.find((w) => w.versie === '1.2.0')!.wijzigingen.join(' ')).toContain('nagevolgd_in');
    expect(WIJZIGINGEN[0]!.versie).toBe(OPEN_DATA_VERSIE);
    const [utrecht, amsterdam, leeuwarden] = json.verhalen;
    expect(leeuwarden!.nagevolgd_in).toEqual([{ doorbraak: 'frontlijn', verhaal: 'amsterdam-team', url: 'https://voorbeeld.nl/verhalen/amsterdam-team/', doorbraak_daar: 'team', datum: '2012' }]);
    expect(amsterdam!.nagevolgd_in).toEqual([{ doorbraak: 'team', verhaal: 'utrecht-buurtteam', url: 'https://voorbeeld.nl/verhalen/utrecht-buurtteam/', datum: '2014' }]);
    expect(amsterdam!.doorbraken[0]!.overgenomen_van).toEqual({ verhaal: 'leeuwarden-frontlijn', doorbraak: 'frontlijn', bron: 'r' });
    expect(utrecht).not.toHaveProperty('nagevolgd_in');
    expect(amsterdam!.contact).toEqual({ organisatie: 'Gemeente Amsterdam', url: 'https://www.amsterdam.nl/', telefoon: '14 020', bron: 'r' });
    expect(amsterdam!.engels).toEqual({ titel: 'A team', samenvatting: 'One team for all.' });
    // The documented order: nagevolgd_in right after doorbraken, contact and engels at the end.
    expect(Object.keys(amsterdam!)).toEqual(expect.arrayContaining(['doorbraken', 'nagevolgd_in', 'contact', 'engels']));
    const sleutels = Object.keys(amsterdam!);
    expect(sleutels.indexOf('nagevolgd_in')).toBe(sleutels.indexOf('doorbraken') + 1);
    expect(sleutels.slice(-2)).toEqual(['contact', 'engels']);
  });

  it('verhalen.csv gets the new columns at the end, empty where a story has nothing', () => {
    const rijen = verhalenRijen(VERHALEN, ctx);
    expect(rijen.map((r) => [r.id, r.overgenomen_van, r.nagevolgd_in])).toEqual([
      ['utrecht-buurtteam', 'amsterdam-team', ''],
      ['amsterdam-team', 'leeuwarden-frontlijn', 'utrecht-buurtteam'],
      ['leeuwarden-frontlijn', '', 'amsterdam-team'],
    ]);
    expect(rijen[1]).toMatchObject({ contact_organisatie: 'Gemeente Amsterdam', contact_url: 'https://www.amsterdam.nl/', contact_telefoon: '14 020', titel_en: 'A team', samenvatting_en: 'One team for all.' });
    // Version 1.2.0's columns at the end, then only 1.3.0's (rapporteurs_naam).
    expect(Object.keys(rijen[0]!).slice(-8)).toEqual(['overgenomen_van', 'nagevolgd_in', 'contact_organisatie', 'contact_url', 'contact_telefoon', 'titel_en', 'samenvatting_en', 'rapporteurs_naam']);
  });

  it('navolging.csv has one row per adoption, from where to where and when', () => {
    const rijen = csv(navolgingCsv(VERHALEN, ctx));
    expect(Object.keys(rijen[0]!)).toEqual(NAVOLGING_KOLOMMEN.map((k) => k.naam));
    expect(rijen).toEqual([
      {
        van_verhaal: 'leeuwarden-frontlijn', van_doorbraak: 'frontlijn', van_plaats: 'Leeuwarden', van_gemeenten_cbs: 'GM0080', van_datum: '2010',
        naar_verhaal: 'amsterdam-team', naar_url: 'https://voorbeeld.nl/verhalen/amsterdam-team/', naar_doorbraak: 'team', naar_plaats: 'Amsterdam', naar_gemeenten_cbs: 'GM0363', naar_datum: '2012',
        toelichting: '',
      },
      {
        van_verhaal: 'amsterdam-team', van_doorbraak: 'team', van_plaats: 'Amsterdam', van_gemeenten_cbs: 'GM0363', van_datum: '2012',
        naar_verhaal: 'utrecht-buurtteam', naar_url: 'https://voorbeeld.nl/verhalen/utrecht-buurtteam/', naar_doorbraak: '', naar_plaats: 'Utrecht', naar_gemeenten_cbs: 'GM0344', naar_datum: '2014',
        toelichting: 'Alleen het team.',
      },
    ]);
  });
});
