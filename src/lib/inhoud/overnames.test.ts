// The second pass of the content check: a breakthrough taken over from a breakthrough in another story.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { tijdelijkProject } from '../../../tests/helpers/project.ts';
import { controleerInhoud, type InhoudBestand } from './controle.ts';
import { leesFrontmatter } from './frontmatter.ts';
import { OvernameIndex } from './overnames.ts';

/** A story file with only what the index reads; line numbers are those of this text. */
function verhaal(id: string, doorbraken: string, status = 'gepubliceerd'): InhoudBestand {
  const bron = `---\nstatus: ${status}\ndoorbraken:\n${doorbraken}---\n`;
  return { soort: 'verhaal', id, pad: `content/verhalen/${id}.mdx`, bron, gelezen: leesFrontmatter(bron) };
}
const overname = (verhaalId: string, doorbraak: string, id?: string) =>
  `  - omschrijving: x\n${id ? `    id: ${id}\n` : ''}    overgenomen_van:\n      verhaal: ${verhaalId}\n      doorbraak: ${doorbraak}\n      bron: b\n`;

function problemen(...bestanden: InhoudBestand[]) {
  const index = new OvernameIndex();
  for (const b of bestanden) index.voegToe(b);
  return index.problemen().map((p) => `${p.bestand}:${p.regel} ${p.veld}: ${p.bericht}`);
}

const leeuwarden = verhaal('leeuwarden-frontlijn', '  - id: frontlijnteam\n    omschrijving: x\n  - id: eigen-budget\n    omschrijving: y\n');

describe('overgenomen_van across stories', () => {
  it('accepts a chain across three stories', () => {
    expect(problemen(leeuwarden, verhaal('enschede', overname('leeuwarden-frontlijn', 'frontlijnteam', 'wijkteam')), verhaal('utrecht', overname('enschede', 'wijkteam')))).toEqual([]);
  });

  it('names a story that does not exist, with the closest id', () => {
    expect(problemen(leeuwarden, verhaal('enschede', overname('leeuwarden-frontlin', 'frontlijnteam')))).toEqual([
      'content/verhalen/enschede.mdx:6 doorbraken[0].overgenomen_van.verhaal: verwijst naar verhaal "leeuwarden-frontlin", maar content/verhalen/leeuwarden-frontlin.mdx bestaat niet. Bedoelde je "leeuwarden-frontlijn"?',
    ]);
  });

  it('names a breakthrough id the other story does not have, and lists the ones it has', () => {
    expect(problemen(leeuwarden, verhaal('enschede', overname('leeuwarden-frontlijn', 'wijkteams-overal')))).toEqual([
      'content/verhalen/enschede.mdx:7 doorbraken[0].overgenomen_van.doorbraak: het verhaal "leeuwarden-frontlijn" heeft geen doorbraak met id "wijkteams-overal". Kies uit: frontlijnteam, eigen-budget.',
    ]);
    const zonderIds = verhaal('eindhoven', '  - omschrijving: x\n');
    expect(problemen(zonderIds, verhaal('enschede', overname('eindhoven', 'schaar')))[0]).toContain('Geef de doorbraak in content/verhalen/eindhoven.mdx eerst een id.');
  });

  it('refuses a reference to the same story and to a concept', () => {
    expect(problemen(verhaal('enschede', `  - id: a\n    omschrijving: x\n${overname('enschede', 'a')}`))[0]).toContain(
      'doorbraken[1].overgenomen_van.verhaal: een doorbraak kan niet zijn overgenomen uit hetzelfde verhaal.',
    );
    const concept = verhaal('concept', '  - id: a\n    omschrijving: x\n', 'concept');
    expect(problemen(concept, verhaal('enschede', overname('concept', 'a')))[0]).toContain('het verhaal "concept" is een concept en wordt niet gepubliceerd');
    // A concept may point to a concept: neither is published.
    expect(problemen(concept, verhaal('ander-concept', overname('concept', 'a'), 'concept'))).toEqual([]);
  });

  it('reports a loop once, at the file that sorts first', () => {
    const a = verhaal('a', overname('c', 'z', 'x'));
    const b = verhaal('b', overname('a', 'x', 'y'));
    const c = verhaal('c', overname('b', 'y', 'z'));
    const p = problemen(c, b, a);
    expect(p).toHaveLength(1);
    expect(p[0]).toMatch(/^content\/verhalen\/a\.mdx:7 doorbraken\[0\]\.overgenomen_van: deze overname maakt een kring/);
  });

  it('ignores malformed data (the schema reports it) and labs', () => {
    const kapot = verhaal('kapot', '  - overgenomen_van: nieuw-zeeland\n');
    const lab = { ...leeuwarden, soort: 'lab' as const, id: 'lab' };
    expect(problemen(kapot, lab)).toEqual([]);
  });
});

describe('npm run check resolves overgenomen_van in the real content', () => {
  it('reports a reference to a breakthrough the origin story does not have, with its line', () => {
    const project = tijdelijkProject();
    try {
      expect(controleerInhoud(project.dir).problemen).toEqual([]);
      const pad = 'content/verhalen/jeugdbescherming-amsterdam-minder-dwang.mdx';
      const tekst = readFileSync(join(project.dir, pad), 'utf8').replace('doorbraak: family-group-conferencing', 'doorbraak: family-group-conference');
      project.schrijf(pad, tekst);
      const regel = tekst.split('\n').findIndex((r) => r.includes('doorbraak: family-group-conference')) + 1;
      expect(controleerInhoud(project.dir).problemen).toEqual([
        {
          bestand: pad,
          regel,
          veld: 'doorbraken[0].overgenomen_van.doorbraak',
          bericht: 'het verhaal "nieuw-zeeland-family-group-conferencing" heeft geen doorbraak met id "family-group-conference". Bedoelde je "family-group-conferencing"?',
        },
      ]);
    } finally {
      project.opruimen();
    }
  });
});
