import { describe, expect, it } from 'vitest';
import { leesFrontmatter } from './frontmatter.ts';
import { annotaties, nieuweVrijstellingen, samenvatting, vrijstellingenUitBestand, vrijstellingenVan } from './vrijstellingen.ts';

const REDEN = 'Dit is het algemene nummer van het wijkteam, zo gedrukt in de openbare folder.';
const bestand = (vrijstellingen: string) => ({
  pad: 'content/verhalen/x.mdx',
  gelezen: leesFrontmatter(`---\ntitel: x\nprivacy:\n  vrijstellingen:\n${vrijstellingen}---\nTekst.\n`),
});
const item = (waarde: string, veld: string) => `    - waarde: "${waarde}"\n      veld: ${veld}\n      reden: ${REDEN}\n`;

describe('exceptions listed for the editors', () => {
  const nu = vrijstellingenVan(bestand(item('020-1234567', 'tekst') + item('020-1234567', 'samenvatting')));

  it('reads each exception with its line, field and reason', () => {
    expect(nu.map((v) => [v.regel, v.veld, v.waarde])).toEqual([
      [5, 'tekst', '020-1234567'],
      [8, 'samenvatting', '020-1234567'],
    ]);
  });

  it('counts the same value in another field as a new exception', () => {
    const basis = vrijstellingenVan(bestand(item('020-1234567', 'tekst')));
    expect(nieuweVrijstellingen(nu, basis).map((v) => v.veld)).toEqual(['samenvatting']);
    expect(nieuweVrijstellingen(nu, nu)).toEqual([]);
  });

  it('shows them prominently, with the value masked (the summary is public)', () => {
    const tekst = samenvatting(nu);
    expect(tekst).toContain('### ⚠️ 2 nieuwe vrijstellingen van de privacycontrole');
    expect(tekst).toContain('Een redacteur moet elke vrijstelling goedkeuren');
    expect(tekst).toContain('| content/verhalen/x.mdx:5 | tekst | 0201***67 |');
    expect(tekst).not.toContain('020-1234567');
    expect(annotaties(nu)[0]).toMatch(/^::warning file=content\/verhalen\/x\.mdx,line=5,title=vrijstelling voor tekst::Nieuwe vrijstelling \(0201\*\*\*67 in tekst\)/);
  });

  it('says so when there are none', () => expect(samenvatting([])).toContain('voegt geen vrijstellingen toe'));
});

describe('exceptions for taxonomy files (content/vrijstellingen.yaml)', () => {
  it('are listed at their line in that file, with the file they apply to', () => {
    const tekst = `- bestand: content/rapporteurs.yaml\n  veld: "[2].rol"\n  waarde: "020-1234567"\n  reden: ${REDEN}\n`;
    expect(vrijstellingenUitBestand(tekst)).toEqual([
      { bestand: 'content/vrijstellingen.yaml', regel: 1, veld: 'content/rapporteurs.yaml: [2].rol', waarde: '020-1234567', reden: REDEN },
    ]);
    expect(samenvatting(vrijstellingenUitBestand(tekst))).toContain('| content/vrijstellingen.yaml:1 | content/rapporteurs.yaml: [2].rol | 0201***67 |');
  });
});
