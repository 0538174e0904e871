// Open data: hand-checked rows on a small fixture, and a round trip (write, parse back, compare)
// on the fixture content of the test site (tests/e2e/fixtures) read from disk.
import { parse } from 'csv-parse/sync';
import { afterAll, describe, expect, it } from 'vitest';
import { FIXTURE, GEMEENTEN, SOORTEN } from '../../../tests/helpers/overzichten-fixture.ts';
import { maakContext } from './context.ts';
import {
  BELEMMERINGEN_KOLOMMEN,
  belemmeringenCsv,
  belemmeringenRijen,
  eenRegel,
  VERHAAL_VELDEN,
  verhaalRecord,
  VERHALEN_KOLOMMEN,
  verhalenCsv,
  verhalenJson,
  verhalenRijen,
  veiligeCel,
} from './opendata.ts';
import { leesInhoud } from '../../../tests/helpers/inhoud-van-schijf.ts';
import type { VerhaalGegevens } from './typen.ts';
import type { Verhaal } from '../../schema/index.ts';
import { tijdelijkProject } from '../../../tests/helpers/project.ts';

const url = (id: string) => `https://voorbeeld.nl/verhalen/${id}/`;
const ctx = maakContext(GEMEENTEN, SOORTEN, url, [{ id: 'pieter-hilhorst', naam: 'Pieter Hilhorst' }]);
const leesCsv = (csv: string) => parse(csv, { bom: true, columns: true, skip_empty_lines: false }) as Record<string, string>[];

describe('open data on a fixture', () => {
  it('writes one CSV row per story with lists joined by ";"', () => {
    const [a, b] = verhalenRijen(FIXTURE, ctx);
    expect(a).toEqual({
      id: 'a',
      url: 'https://voorbeeld.nl/verhalen/a/',
      titel: 'Verhaal a',
      samenvatting: 'Samenvatting van a.',
      datum: '2024-03-01',
      gemeenten: 'leeuwarden',
      gemeenten_cbs: 'GM0080',
      gemeenten_naam: 'Leeuwarden',
      wijk: '',
      lab: '',
      domeinen: 'zorg',
      doelgroepen: 'jongeren',
      tags: 'integraal',
      beloften: '1;2',
      rapporteurs: 'pieter-hilhorst',
      rapporteurs_naam: 'Pieter Hilhorst',
      belemmeringen: 'a1;a2;a3',
      soorten_belemmering: 'ontbrekend-mandaat;strijdige-regels',
      aantal_belemmeringen: '3',
      aantal_opgelost: '3',
      aantal_doorbroken: '3',
      aantal_in_proef: '0',
      aantal_alleen_voorgesteld: '0',
      aantal_zonder_oplossing: '0',
      aantal_doorbraken: '2',
      trefwoorden: 'voorschot;mandaat',
      overgenomen_van: '',
      nagevolgd_in: '',
      contact_organisatie: '',
      contact_url: '',
      contact_telefoon: '',
      titel_en: '',
      samenvatting_en: '',
    });
    // b's only breakthrough is a trial: its barriers are not solved.
    expect(b).toMatchObject({ gemeenten: 'leeuwarden;amsterdam', gemeenten_cbs: 'GM0080;GM0363', beloften: '2', trefwoorden: '', aantal_opgelost: '0', aantal_doorbroken: '0', aantal_in_proef: '2' });
  });

  it('writes one CSV row per barrier; only implemented breakthroughs make it solved', () => {
    const rijen = belemmeringenRijen(FIXTURE, ctx);
    expect(rijen).toHaveLength(7);
    expect(rijen.map((r) => `${r.verhaal}/${r.belemmering}:${r.stand}:${r.opgelost}:${r.aantal_doorbraken}`)).toEqual([
      'a/a1:doorbroken:ja:1', 'a/a2:doorbroken:ja:1', 'a/a3:doorbroken:ja:1', 'b/b1:proef:nee:1', 'b/b2:proef:nee:1', 'c/c1:open:nee:0', 'd/d1:voorstel:nee:1',
    ]);
    expect(rijen[2]).toMatchObject({
      soort: 'strijdige-regels',
      soort_naam: 'Naam strijdige-regels',
      omschrijving: 'Nog een regel die botst.',
      doorbraken: 'Het wijkteam betaalt het voorschot.',
      doorbraken_door: 'Wijkteammedewerker',
      statussen_doorbraak: 'ingevoerd',
      soorten_doorbraak: 'mandaat-en-budget',
    });
    expect(rijen[4]).toMatchObject({ gemeenten: 'leeuwarden;amsterdam', doorbraken_door: '', statussen_doorbraak: 'proef', soorten_doorbraak: 'ontschotte-financiering' });
    expect(rijen[5]).toMatchObject({ doorbraken: '', statussen_doorbraak: '', soorten_doorbraak: '' });
  });

  it('neutralises cells a spreadsheet would run as a formula (OWASP CSV injection)', () => {
    const kwaad: VerhaalGegevens = { id: 'kwaad', data: { ...FIXTURE[0]!.data, titel: '=HYPERLINK("https://example.org","klik")', samenvatting: '@SUM(1+1)', wijk: '-2+3', trefwoorden: ['+31'] } };
    const [rij] = leesCsv(verhalenCsv([kwaad], ctx));
    expect(rij!.titel).toBe(`'=HYPERLINK("https://example.org","klik")`);
    expect(rij!.samenvatting).toBe(`'@SUM(1+1)`);
    expect(rij!.wijk).toBe(`'-2+3`);
    expect(rij!.trefwoorden).toBe(`'+31`);
    expect(veiligeCel('\tx')).toBe(`'\tx`);
    expect(veiligeCel('\rx')).toBe(`'\rx`);
    expect(veiligeCel('Gewone tekst, ook met = erin')).toBe('Gewone tekst, ook met = erin');
  });

  it('quotes a cell with a bare line break, so that a reader splitting rows at any line break keeps one row per story', () => {
    const regels: VerhaalGegevens = {
      id: 'regels',
      data: { ...FIXTURE[0]!.data, doorbraken: [
        { omschrijving: 'Eerste', lost_op: ['a1'], door: 'Team oost', status: 'ingevoerd', soort: 'mandaat-en-budget', bron: 'b' },
        { omschrijving: 'Tweede', lost_op: ['a1'], door: 'Team west', status: 'voorstel', soort: 'mandaat-en-budget', bron: 'b' },
      ] },
    };
    const csv = belemmeringenCsv([regels], ctx);
    // Who made each breakthrough, one per line (a list of texts, which may hold commas and semicolons).
    expect(csv).toContain(',"Team oost\nTeam west",');
    // Outside quoted cells every line break is a row break: the header plus one row per barrier of the story.
    const buitenAanhalingstekens = csv.replace(/"(?:[^"]|"")*"/g, '');
    expect(buitenAanhalingstekens.split('\r\n').filter(Boolean)).toHaveLength(1 + regels.data.belemmeringen.length);
    expect(buitenAanhalingstekens).not.toMatch(/[^\r]\n|\r[^\n]/);
  });

  it('quotes cells with commas, quotes and line breaks so that they parse back', () => {
    const lastig: VerhaalGegevens = {
      id: 'lastig',
      data: { ...FIXTURE[0]!.data, titel: 'Komma, "aanhalingstekens" en\nregel', doorbraken: [
        { omschrijving: 'Eerste; met puntkomma', lost_op: ['a1'], door: 'Team, "oost"', status: 'ingevoerd', soort: 'mandaat-en-budget', bron: 'b' },
        { omschrijving: 'Tweede', lost_op: ['a1'], status: 'voorstel', soort: 'mandaat-en-budget', bron: 'b' },
      ] },
    };
    const [rij] = leesCsv(verhalenCsv([lastig], ctx));
    expect(rij!.titel).toBe('Komma, "aanhalingstekens" en\nregel');
    const [b] = leesCsv(belemmeringenCsv([lastig], ctx));
    expect(b!.doorbraken!.split('\n')).toEqual(['Eerste; met puntkomma', 'Tweede']);
    expect(b!.doorbraken_door!.split('\n')).toEqual(['Team, "oost"', '']);
  });

  it('refuses a list value that contains the separator', () => {
    const fout: VerhaalGegevens = { id: 'fout', data: { ...FIXTURE[0]!.data, trefwoorden: ['a;b'] } };
    expect(() => verhalenRijen([fout], ctx)).toThrow('verhaal fout, trefwoorden: "a;b" bevat een puntkomma');
  });

  it('keeps every structured field in JSON, in documented order, without the privacy review notes', () => {
    const r = verhaalRecord(FIXTURE[0]!, ctx);
    expect(Object.keys(r)).toEqual(['id', 'url', 'titel', 'samenvatting', 'datum', 'gemeenten', 'cbs', 'domeinen', 'doelgroepen', 'tags', 'beloften', 'rapporteurs', 'rapporteurs_naam', 'belemmeringen', 'doorbraken', 'privacy', 'status', 'bronnen', 'trefwoorden']);
    expect(r.privacy).toEqual({ gepseudonimiseerd: true, toestemming: true });
    expect(r.cbs).toEqual(['GM0080']);
    expect(Object.keys(r).every((k) => VERHAAL_VELDEN.some((v) => v.naam === k))).toBe(true);
  });

  it('gives a new rapporteur named in the story an id from the name, and the name beside it', () => {
    const nieuw: VerhaalGegevens = { id: 'nieuw', data: { ...FIXTURE[0]!.data, rapporteurs: ['pieter-hilhorst', { naam: 'Sanne Verhoeven', organisatie: 'Wijkteam Woensel' }] } };
    const r = verhaalRecord(nieuw, ctx);
    expect([r.rapporteurs, r.rapporteurs_naam]).toEqual([['pieter-hilhorst', 'sanne-verhoeven'], ['Pieter Hilhorst', 'Sanne Verhoeven']]);
    const [rij] = verhalenRijen([nieuw], ctx);
    expect([rij!.rapporteurs, rij!.rapporteurs_naam]).toEqual(['pieter-hilhorst;sanne-verhoeven', 'Pieter Hilhorst;Sanne Verhoeven']);
    // A listed id the list lacks is a broken build, not an empty name.
    expect(() => verhaalRecord({ id: 'weg', data: { ...FIXTURE[0]!.data, rapporteurs: ['niemand'] } }, ctx)).toThrow('rapporteur "niemand" staat niet in content/rapporteurs.yaml');
  });

  it('writes a BOM and CRLF, with the documented columns as header', () => {
    const csv = verhalenCsv(FIXTURE, ctx);
    expect(csv.startsWith('\uFEFFid,url,titel,')).toBe(true);
    expect(csv.split('\r\n')[0]).toBe(`\uFEFF${VERHALEN_KOLOMMEN.map((k) => k.naam).join(',')}`);
    expect(belemmeringenCsv(FIXTURE, ctx).split('\r\n')[0]).toBe(`\uFEFF${BELEMMERINGEN_KOLOMMEN.map((k) => k.naam).join(',')}`);
  });
});

describe('open data round trip on the fixture content', () => {
  const project = tijdelijkProject(false, 'fixture');
  afterAll(() => project.opruimen());
  const inhoud = leesInhoud(project.dir);
  const echt = maakContext(inhoud.gemeenten, inhoud.soorten, url, inhoud.rapporteurs);
  /** Ids and names as the files give them; a new rapporteur (named in the story) is in the fixture once. */
  const rapporteurNaam = new Map(inhoud.rapporteurs.map((r) => [r.id, r.naam]));
  const nieuweIds: Record<string, string> = { 'Sanne Verhoeven': 'sanne-verhoeven', 'Lotte Visser': 'lotte-visser' };
  const ids = (rs: Verhaal['rapporteurs']) => rs.map((r) => (typeof r === 'string' ? r : nieuweIds[r.naam]));
  const namen = (rs: Verhaal['rapporteurs']) => rs.map((r) => (typeof r === 'string' ? rapporteurNaam.get(r) : r.naam));
  const gemeente = new Map(inhoud.gemeenten.map((g) => [g.id, g]));
  const split = (s: string) => (s === '' ? [] : s.split(';'));

  it('verhalen.json parses back to the collection data', () => {
    expect(inhoud.verhalen.length).toBeGreaterThan(0);
    const json = JSON.parse(JSON.stringify(verhalenJson(inhoud.verhalen, echt, { titel: 't', licentie: 'CC BY 4.0', bron: 'b', schema: 's' })));
    expect(json.aantal).toBe(inhoud.verhalen.length);
    expect(json.verhalen.map((v: { id: string }) => v.id)).toEqual(inhoud.verhalen.map((v) => v.id));
    json.verhalen.forEach((record: Record<string, unknown>, i: number) => {
      const v = inhoud.verhalen[i]!;
      const { id, url: u, cbs, ...velden } = record;
      expect(id).toBe(v.id);
      expect(u).toBe(url(v.id));
      expect(cbs).toEqual(v.data.gemeenten.map((g) => gemeente.get(g)!.cbs));
      const { privacy, rapporteurs, ...rest } = v.data;
      expect(velden).toEqual(
        JSON.parse(JSON.stringify({ ...rest, rapporteurs: ids(rapporteurs), rapporteurs_naam: namen(rapporteurs), privacy: { gepseudonimiseerd: privacy.gepseudonimiseerd, toestemming: privacy.toestemming } })),
      );
    });
  });

  it('verhalen.csv parses back to the collection data', () => {
    const rijen = leesCsv(verhalenCsv(inhoud.verhalen, echt));
    expect(rijen).toHaveLength(inhoud.verhalen.length);
    rijen.forEach((r, i) => {
      const d = inhoud.verhalen[i]!.data;
      expect(r.id).toBe(inhoud.verhalen[i]!.id);
      expect(r.titel).toBe(d.titel);
      expect(r.samenvatting).toBe(eenRegel(d.samenvatting));
      expect(r.datum).toBe(d.datum);
      expect(split(r.gemeenten!)).toEqual(d.gemeenten);
      expect(split(r.gemeenten_cbs!)).toEqual(d.gemeenten.map((g) => gemeente.get(g)!.cbs));
      expect(split(r.gemeenten_naam!)).toEqual(d.gemeenten.map((g) => gemeente.get(g)!.naam));
      expect(r.wijk).toBe(d.wijk ?? '');
      expect(r.lab).toBe(d.lab ?? '');
      expect(split(r.domeinen!)).toEqual(d.domeinen);
      expect(split(r.tags!)).toEqual(d.tags);
      expect(split(r.beloften!).map(Number)).toEqual(d.beloften);
      expect(split(r.rapporteurs!)).toEqual(ids(d.rapporteurs));
      expect(split(r.rapporteurs_naam!)).toEqual(namen(d.rapporteurs));
      expect(split(r.belemmeringen!)).toEqual(d.belemmeringen.map((b) => b.id));
      expect(Number(r.aantal_belemmeringen)).toBe(d.belemmeringen.length);
      expect(Number(r.aantal_doorbraken)).toBe(d.doorbraken.length);
      expect(split(r.trefwoorden!)).toEqual(d.trefwoorden ?? []);
    });
  });

  it('belemmeringen.csv has one row per barrier, with the breakthroughs that name it in lost_op', () => {
    const rijen = leesCsv(belemmeringenCsv(inhoud.verhalen, echt));
    const verwacht = inhoud.verhalen.flatMap((v) => v.data.belemmeringen.map((b) => ({ v, b })));
    expect(rijen).toHaveLength(verwacht.length);
    rijen.forEach((r, i) => {
      const { v, b } = verwacht[i]!;
      const doorbraken = v.data.doorbraken.filter((d) => d.lost_op.includes(b.id));
      expect([r.verhaal, r.belemmering, r.soort]).toEqual([v.id, b.id, b.soort]);
      expect(r.soort_naam).toBe(inhoud.soorten.find((s) => s.id === b.soort)!.naam);
      expect(r.omschrijving).toBe(eenRegel(b.omschrijving));
      expect(split(r.gemeenten!)).toEqual(v.data.gemeenten);
      expect(r.opgelost).toBe(doorbraken.some((d) => d.status === 'ingevoerd' || d.status === 'effect-gemeten') ? 'ja' : 'nee');
      expect(Number(r.aantal_doorbraken)).toBe(doorbraken.length);
      expect(r.doorbraken === '' ? [] : r.doorbraken!.split('\n')).toEqual(doorbraken.map((d) => eenRegel(d.omschrijving)));
      if (doorbraken.length) expect(r.doorbraken_door!.split('\n')).toEqual(doorbraken.map((d) => eenRegel(d.door ?? '')));
    });
  });
});
