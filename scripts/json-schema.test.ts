import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { ROOT } from '../tests/helpers/project.ts';
import { leesFrontmatter } from '../src/lib/inhoud/frontmatter.ts';
import { VRIJSTELLINGEN_BESTAND } from '../src/schema/index.ts';
import { schemaBestanden } from './json-schema.ts';

describe('JSON Schema from the zod schema', () => {
  const bestanden = schemaBestanden();

  it.each(Object.keys(bestanden))('%s is committed and up to date (else run "npm run schema")', (pad) => {
    expect(existsSync(join(ROOT, pad)), `${pad} ontbreekt: draai "npm run schema"`).toBe(true);
    expect(readFileSync(join(ROOT, pad), 'utf8'), `${pad} is verouderd: draai "npm run schema"`).toBe(bestanden[pad]);
  });

  it('describes the story contract', () => {
    const s = JSON.parse(bestanden['public/schema/verhaal.schema.json']!);
    expect(s.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
    expect(s.required).toEqual(expect.arrayContaining(['titel', 'samenvatting', 'datum', 'domeinen', 'rapporteurs', 'belemmeringen', 'privacy', 'status']));
    expect(s.required).not.toContain('tags'); // has a default, so a writer may leave it out
    expect(s.properties.samenvatting.maxLength).toBe(280);
    expect(s.properties.domeinen.items.enum).toContain('schulden');
    expect(s.properties.kosten.properties.posten.items.properties.per.enum).toEqual(['jaar', 'maand', 'eenmalig']);
    expect(s.properties.privacy.properties.gepseudonimiseerd.const).toBe(true);
    expect(s.properties.gemeenten.description).toContain('content/gemeenten.json');
    expect(s.additionalProperties).toBe(false);
  });

  it('describes the text components with their attributes', () => {
    const s = JSON.parse(bestanden['public/schema/componenten.schema.json']!);
    expect(Object.keys(s.properties)).toEqual(['Citaat', 'Kerngetal', 'Tijdlijn', 'Moment', 'Kader']);
    expect(s.properties.Kerngetal.required).toEqual(['waarde', 'label', 'bron']);
    expect(s.properties.Citaat.required).toEqual(['wie', 'bron']);
    expect(Object.keys(s.properties.Citaat.properties)).toEqual(['wie', 'rol', 'bron']);
    expect(s.properties.Moment.description).toContain('alleen binnen <Tijdlijn>');
    expect(JSON.parse(bestanden['public/schema/verhaal.schema.json']!).description).toContain('componenten.schema.json');
  });

  it('matches the real content by shape', () => {
    // A small structural check without a JSON Schema validator: every key of every story is a known property.
    const s = JSON.parse(bestanden['public/schema/verhaal.schema.json']!);
    const bron = readFileSync(join(ROOT, 'content/verhalen/paspoort-lening-uit-buurtteamkas.mdx'), 'utf8');
    const data = leesFrontmatter(bron).data as Record<string, unknown>;
    for (const k of Object.keys(data)) expect(Object.keys(s.properties)).toContain(k);
    const tags = JSON.parse(bestanden['public/schema/tags.schema.json']!);
    expect(tags.type).toBe('array');
    for (const tag of parse(readFileSync(join(ROOT, 'content/tags.yaml'), 'utf8'))) {
      for (const k of tags.items.required) expect(tag).toHaveProperty(k);
    }
  });

  it('every data file in content/ has its schema mapped for VS Code (.vscode/settings.json)', () => {
    const instellingen = JSON.parse(readFileSync(join(ROOT, '.vscode/settings.json'), 'utf8')) as {
      'yaml.schemas': Record<string, string>;
      'json.schemas': { fileMatch: string[]; url: string }[];
    };
    const gekoppeld = new Map<string, string>([
      ...Object.entries(instellingen['yaml.schemas']).map(([schema, bestand]) => [bestand, schema] as const),
      ...instellingen['json.schemas'].flatMap((k) => k.fileMatch.map((bestand) => [bestand, k.url] as const)),
    ]);
    // The exceptions file exists only once an editor approves an exception; its schema is mapped anyway.
    const dataBestanden = [...readdirSync(join(ROOT, 'content')).filter((f) => /\.(ya?ml|json)$/.test(f)).map((f) => `content/${f}`), VRIJSTELLINGEN_BESTAND];
    for (const bestand of dataBestanden) {
      const schema = gekoppeld.get(bestand);
      expect(schema, `${bestand} heeft geen schema in .vscode/settings.json`).toBeDefined();
      expect(Object.keys(bestanden), `${bestand}: ${schema} wordt niet door "npm run schema" geschreven`).toContain(schema!.replace(/^\.\//, ''));
    }
  });

  it('describes the exceptions file and the everyday names of municipalities', () => {
    const vrijstellingen = JSON.parse(bestanden['public/schema/vrijstellingen.schema.json']!);
    expect(vrijstellingen.type).toBe('array');
    expect(vrijstellingen.items.required).toEqual(['waarde', 'veld', 'reden', 'bestand']);
    expect(vrijstellingen.items.additionalProperties).toBe(false);
    const aliassen = JSON.parse(bestanden['public/schema/gemeente-aliassen.schema.json']!);
    expect(aliassen.items.required).toEqual(['gemeente', 'namen']);
    for (const alias of parse(readFileSync(join(ROOT, 'content/gemeente-aliassen.yaml'), 'utf8'))) {
      expect(Object.keys(alias).sort()).toEqual(['gemeente', 'namen']);
    }
  });
});
