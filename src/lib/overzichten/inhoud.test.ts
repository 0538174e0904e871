// The overviews on the fixture content (tests/e2e/fixtures), checked against a plain count over
// the raw frontmatter. The hand-counted cases are in overzichten.test.ts.
import { afterAll, describe, expect, it } from 'vitest';
import { tijdelijkProject } from '../../../tests/helpers/project.ts';
import { leesInhoud } from '../../../tests/helpers/inhoud-van-schijf.ts';
import { beloftemeter } from './beloftemeter.ts';
import { belemmeringskaart } from './belemmeringskaart.ts';
import { gemeenteTelling } from './gemeenten.ts';

interface Ruw {
  beloften?: number[];
  gemeenten?: string[];
  belemmeringen: { id: string; soort: string }[];
  doorbraken?: { lost_op: string[]; door?: string; soort: string; status: string }[];
}

describe('overviews on the fixture content', () => {
  const project = tijdelijkProject(false, 'fixture');
  afterAll(() => project.opruimen());
  const inhoud = leesInhoud(project.dir);
  const ruw = inhoud.ruw.map((r) => r.data as unknown as Ruw);

  it('Beloftemeter matches a plain count', () => {
    const meter = beloftemeter(inhoud.verhalen, inhoud.beloften);
    expect(meter.rijen).toHaveLength(10);
    for (const rij of meter.rijen) {
      let verhalen = 0;
      let belemmeringen = 0;
      let doorbraken = 0;
      const gemeenten = new Set<string>();
      for (const v of ruw) {
        if (!(v.beloften ?? []).includes(rij.nummer)) continue;
        verhalen += 1;
        belemmeringen += v.belemmeringen.length;
        doorbraken += (v.doorbraken ?? []).length;
        for (const g of v.gemeenten ?? []) gemeenten.add(g);
      }
      const doorbrakenGeteld = Object.values(rij.doorbraken).reduce((a, b) => a + b, 0);
      expect([rij.verhalen.length, rij.telling.belemmeringen, doorbrakenGeteld, rij.gemeenten.length], `belofte ${rij.nummer}`).toEqual([verhalen, belemmeringen, doorbraken, gemeenten.size]);
      expect(new Set(rij.gemeenten)).toEqual(gemeenten);
    }
  });

  it('the barrier map matches a plain count', () => {
    const kaart = belemmeringskaart(inhoud.verhalen, inhoud.soorten, inhoud.soortenDoorbraak);
    const telling = new Map<string, number>();
    const perSoort = new Map<string, number>();
    for (const v of ruw) {
      for (const b of v.belemmeringen) perSoort.set(b.soort, (perSoort.get(b.soort) ?? 0) + 1);
      for (const d of v.doorbraken ?? []) {
        const soorten = new Set(d.lost_op.map((id) => v.belemmeringen.find((b) => b.id === id)!.soort));
        for (const s of soorten) {
          const sleutel = `${s}|${d.soort}`;
          telling.set(sleutel, (telling.get(sleutel) ?? 0) + 1);
        }
      }
    }
    for (const rij of kaart.rijen) {
      expect(rij.telling.belemmeringen, rij.soort).toBe(perSoort.get(rij.soort) ?? 0);
      for (const [kolom, cel] of Object.entries(rij.cellen)) {
        expect(cel.doorbrekend + cel.voorgesteld, `${rij.soort} x ${kolom}`).toBe(telling.get(`${rij.soort}|${kolom}`) ?? 0);
      }
    }
    const totaal = ruw.reduce((n, v) => n + (v.doorbraken ?? []).length, 0);
    expect(Object.values(kaart.perSoortDoorbraak).reduce((a, b) => a + b.doorbrekend + b.voorgesteld, 0)).toBe(totaal);
  });

  it('municipality counts match a plain count', () => {
    const t = gemeenteTelling(inhoud.verhalen, inhoud.gemeenten);
    const per = new Map<string, number>();
    for (const v of ruw) for (const g of new Set(v.gemeenten ?? [])) per.set(g, (per.get(g) ?? 0) + 1);
    expect(Object.fromEntries(t.metVerhalen.map((g) => [g.id, g.verhalen.length]))).toEqual(Object.fromEntries(per));
    expect(t.zonderVerhalen).toBe(inhoud.gemeenten.length - per.size);
    expect(t.verhalenZonderGemeente).toHaveLength(ruw.filter((v) => !(v.gemeenten ?? []).length).length);
  });
});
