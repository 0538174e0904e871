// Whom to ask goes through the same personal-data scan as every other field: a general number that the scan
// flags (not 14 0xx, 0800 or 0900) needs a reviewed exception, as any other value does.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FIXTURE_INHOUD, tijdelijkProject } from '../../../tests/helpers/project.ts';
import { controleerInhoud } from './controle.ts';

const VERHAAL = readFileSync(join(FIXTURE_INHOUD, 'verhalen/leeuwarden-frontlijnteam.mdx'), 'utf8');
const metContact = (telefoon: string, vrijstelling = '') =>
  VERHAAL.replace(
    'privacy:\n  gepseudonimiseerd: true\n  toestemming: "n.v.t."\n',
    `contact:\n  organisatie: Gemeente Leeuwarden\n  telefoon: "${telefoon}"\n  bron: verslag\nprivacy:\n  gepseudonimiseerd: true\n  toestemming: "n.v.t."\n${vrijstelling}`,
  );

function problemen(tekst: string) {
  const project = tijdelijkProject(false, 'fixture');
  try {
    project.schrijf('content/verhalen/met-contact.mdx', tekst);
    return controleerInhoud(project.dir).problemen.filter((p) => p.bestand.endsWith('met-contact.mdx'));
  } finally {
    project.opruimen();
  }
}

describe('contact and the personal-data scan', () => {
  it('lets a 14 0xx number pass', () => {
    expect(metContact('14 058')).not.toBe(VERHAAL);
    expect(problemen(metContact('14 058'))).toEqual([]);
  });

  it('flags a general landline number at contact.telefoon, and a reviewed exception silences it', () => {
    const gemeld = problemen(metContact('058 233 8000'));
    expect(gemeld.map((p) => p.veld)).toEqual(['contact.telefoon']);
    expect(gemeld[0]!.bericht).toMatch(/^telefoonnummer gevonden/);
    const vrijstelling =
      '  vrijstellingen:\n    - waarde: 058 233 8000\n      veld: contact.telefoon\n      reden: Dit is het algemene nummer van het stadhuis, zoals de bron het noemt; het hoort bij geen persoon.\n';
    expect(problemen(metContact('058 233 8000', vrijstelling))).toEqual([]);
  });
});
