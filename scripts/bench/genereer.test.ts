// The synthetic stories must be stories the real site accepts: same schema, same content check.
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { visit } from 'unist-util-visit';
import { afterAll, describe, expect, it } from 'vitest';
import { maakVerhaalSchema, maakLabSchema, type Verhaal } from '../../src/schema/index.ts';
import { controleerInhoud, leesReferenties, TAXONOMIE_BESTANDEN } from '../../src/lib/inhoud/controle.ts';
import { leesFrontmatter } from '../../src/lib/inhoud/frontmatter.ts';
import { parseMdx } from '../../src/lib/veiligheid/bestanden.ts';
import { ROOT } from '../../tests/helpers/project.ts';
import { COMPONENTNAMEN } from '../../src/lib/verhaaltekst/woordenschat.ts';
import { aantalLabs, genereerLabs, genereerVerhaal, genereerVerhalen, MAX_WOORDEN, MIN_WOORDEN } from './genereer.ts';
import { leesTaxonomie } from './project.ts';

const N = 400;
const tax = leesTaxonomie(ROOT);
const labs = genereerLabs(aantalLabs(N), tax);
const verhalen = genereerVerhalen(N, tax, labs.map((l) => l.id));
const refs = { ...leesReferenties(ROOT), labs: labs.map((l) => l.id) };
const schema = maakVerhaalSchema(refs);
const gelezen = verhalen.map((v) => ({ ...v, fm: leesFrontmatter(v.bron) }));
const data = gelezen.map((v) => schema.parse(v.fm.data) as Verhaal);

describe('synthetic stories', () => {
  it('pass the real story schema with the real taxonomy references', () => {
    const fouten = gelezen.flatMap((v) => {
      const r = schema.safeParse(v.fm.data);
      return r.success ? [] : [`${v.id}: ${r.error.message}`];
    });
    expect(fouten).toEqual([]);
    expect(gelezen.every((v) => v.fm.syntaxfouten.length === 0)).toBe(true);
  });

  it('labs pass the lab schema', () => {
    expect(labs).toHaveLength(3);
    for (const lab of labs) expect(maakLabSchema(refs).safeParse(leesFrontmatter(lab.bron).data).success).toBe(true);
  });

  it('use every gemeente, tag, soort belemmering and belofte at N >= 400', () => {
    const gebruikt = (f: (v: Verhaal) => readonly (string | number)[]) => new Set(data.flatMap(f));
    expect(gebruikt((v) => v.gemeenten)).toEqual(new Set(tax.gemeenten.map((g) => g.id)));
    expect(tax.gemeenten).toHaveLength(342);
    expect(gebruikt((v) => v.tags)).toEqual(new Set(tax.tags));
    expect(gebruikt((v) => v.belemmeringen.map((b) => b.soort))).toEqual(new Set(tax.soorten));
    expect(gebruikt((v) => v.beloften)).toEqual(new Set(tax.beloften));
    expect(gebruikt((v) => (v.lab ? [v.lab] : []))).toEqual(new Set(labs.map((l) => l.id)));
  });

  it('vary like real stories: length, tables, barriers, breakthroughs, costs, outcomes', () => {
    const woorden = verhalen.map((v) => v.woorden);
    expect(Math.min(...woorden)).toBeGreaterThanOrEqual(MIN_WOORDEN);
    expect(Math.max(...woorden)).toBeLessThanOrEqual(MAX_WOORDEN);
    expect(Math.max(...woorden)).toBeGreaterThan(1000);
    expect(Math.min(...woorden)).toBeLessThan(300);
    const aandeel = (f: (v: Verhaal) => boolean) => data.filter(f).length / N;
    expect(aandeel((v) => v.kosten !== undefined)).toBeGreaterThan(0.3);
    expect(aandeel((v) => v.kosten !== undefined)).toBeLessThan(0.5);
    expect(aandeel((v) => v.uitkomsten !== undefined)).toBeGreaterThan(0.1);
    expect(aandeel((v) => v.doorbraken.length > 0)).toBeGreaterThan(0.5);
    expect(new Set(data.map((v) => v.belemmeringen.length))).toEqual(new Set([1, 2, 3, 4]));
    expect(verhalen.filter((v) => v.tabel).length / N).toBeGreaterThan(0.1);
    expect(new Set(verhalen.map((v) => v.id)).size).toBe(N);
  });

  it('bodies are valid MDX, and the stories said to have a table render a GFM table', () => {
    for (const v of gelezen) {
      const r = parseMdx(v.fm.body);
      if ('fout' in r) throw new Error(`${v.id}: ${r.fout.reden}`);
      const boom = r.boom;
      let tabellen = 0;
      visit(boom, 'table', () => void tabellen++);
      const namen = new Set<string>();
      visit(boom, (n) => {
        if (n.type === 'mdxJsxFlowElement') namen.add((n as unknown as { name: string }).name);
        else expect(n.type, v.id).not.toMatch(/^mdx/);
      });
      expect(tabellen > 0, v.id).toBe(v.tabel);
      expect([...namen].sort(), v.id).toEqual([...v.componenten].sort());
    }
  });

  it('about one in five uses text components, each of the vocabulary somewhere', () => {
    const met = verhalen.filter((v) => v.componenten.length > 0);
    expect(met.length / N).toBeGreaterThan(0.18);
    expect(met.length / N).toBeLessThan(0.22);
    expect(new Set(met.flatMap((v) => v.componenten))).toEqual(new Set(COMPONENTNAMEN));
  });

  it('is deterministic', () => {
    expect(genereerVerhaal(123, tax, labs.map((l) => l.id)).bron).toBe(verhalen[123]!.bron);
  });
});

describe('written to a content folder', () => {
  const dir = mkdtempSync(join(tmpdir(), '3dlab-bench-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('pass the full content check (npm run check) without a single problem', () => {
    mkdirSync(join(dir, 'content/verhalen'), { recursive: true });
    mkdirSync(join(dir, 'content/labs'), { recursive: true });
    for (const bestand of Object.values(TAXONOMIE_BESTANDEN)) cpSync(join(ROOT, bestand), join(dir, bestand));
    for (const v of verhalen.slice(0, 120)) writeFileSync(join(dir, 'content/verhalen', `${v.id}.mdx`), v.bron);
    for (const l of labs) writeFileSync(join(dir, 'content/labs', `${l.id}.mdx`), l.bron);
    const r = controleerInhoud(dir);
    expect(r.problemen).toEqual([]);
    expect(r.aantallen).toEqual({ verhalen: 120, labs: 3 });
    expect(readFileSync(join(dir, 'content/gemeenten.json'), 'utf8')).toContain('"s-gravenhage"');
  });
});

describe('adoption in synthetic stories', () => {
  it('chains of four stories, each taking over the first breakthrough of the one 25 before, that npm run check accepts', () => {
    const overnames = data.flatMap((v, i) => {
      const o = v.doorbraken[0]?.overgenomen_van;
      return o ? [`${i} <- ${verhalen.findIndex((w) => w.id === o.verhaal)}`] : [];
    });
    // 25, 50, 75 take over from 0, 25, 50; 100 starts a new chain; ... (where both have a breakthrough).
    expect(overnames.length).toBeGreaterThan(5);
    for (const o of overnames) {
      const [i, van] = o.split(' <- ').map(Number);
      expect(i! - van!, o).toBe(25);
      expect((i! / 25) % 4, o).not.toBe(0);
    }
  });
});
