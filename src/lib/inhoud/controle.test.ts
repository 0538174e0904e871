import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { controleerInhoud } from './controle.ts';
import { formatteerAnnotatie, formatteerProbleem } from './problemen.ts';
import { FIXTURE_INHOUD, tijdelijkProject } from '../../../tests/helpers/project.ts';

const KAPOT = `---
titel: "Kapot verhaal"
samenvatting: "Test"
datum: 2024-13-01
gemeenten: [amsterdm]
domeinen: [schulden]
tags: [integral]
beloften: [2]
rapporteurs: [pieter-hilhorst]
belemmeringen:
  - id: geen-woning
    soort: entry-exit
    omschrijving: "Geen woning."
doorbraken:
  - { omschrijving: "Eerst een woning.",
      lost_op: [geen-wonig], status: voorstel, soort: mandaat-en-budget, bron: b }
privacy:
  gepseudonimiseerd: true
  toestemming: "n.v.t."
statuss: gepubliceerd
doelgroepen: [jongeren]
bronnen: [{ id: b, titel: Verslag }]
---

Tekst.
`;

describe('controleerInhoud', () => {
  let project: ReturnType<typeof tijdelijkProject> | undefined;
  afterEach(() => project?.opruimen());

  it('lists every problem of a broken story at once, with file, line, field and fix', () => {
    project = tijdelijkProject(false, 'fixture');
    project.schrijf('content/verhalen/kapot.mdx', KAPOT);
    const { problemen } = controleerInhoud(project.dir);
    expect(problemen.map(formatteerProbleem)).toEqual([
      'content/verhalen/kapot.mdx:2 status: verplicht veld "status" ontbreekt. Voeg "status:" toe aan de frontmatter (kies status: concept of gepubliceerd); zie content/verhalen/_sjabloon.mdx.',
      'content/verhalen/kapot.mdx:4 datum: deze datum bestaat niet; controleer dag en maand',
      'content/verhalen/kapot.mdx:5 gemeenten[0]: onbekende gemeente "amsterdm". Bedoelde je "amsterdam"?',
      'content/verhalen/kapot.mdx:7 tags[0]: onbekende tag "integral". Bedoelde je "integraal"?',
      'content/verhalen/kapot.mdx:12 belemmeringen[0].soort: onbekende soort belemmering "entry-exit". Bedoelde je "entry-exit-paradox"?',
      'content/verhalen/kapot.mdx:16 doorbraken[0].lost_op[0]: lost_op verwijst naar "geen-wonig", maar dit verhaal heeft geen belemmering met dat id. Bedoelde je "geen-woning"?',
      'content/verhalen/kapot.mdx:20 statuss: onbekend veld "statuss". Bedoelde je "status"?',
    ]);
  });

  it('suggests the id of a municipality written by its everyday name (content/gemeente-aliassen.yaml)', () => {
    project = tijdelijkProject(false, 'fixture');
    const bron = readFileSync(join(FIXTURE_INHOUD, 'verhalen/leeuwarden-frontlijnteam.mdx'), 'utf8').replace('gemeenten: [leeuwarden]', 'gemeenten: [Den Haag]');
    expect(bron).toContain('gemeenten: [Den Haag]');
    project.schrijf('content/verhalen/den-haag.mdx', bron);
    expect(controleerInhoud(project.dir).problemen.map(formatteerProbleem)).toEqual([
      'content/verhalen/den-haag.mdx:8 gemeenten[0]: onbekende gemeente "Den Haag". Bedoelde je "s-gravenhage"?',
    ]);
  });

  it('suggests the field meant inside a nested object: a contact, an adoption, a source', () => {
    project = tijdelijkProject(false, 'fixture');
    const tekst = readFileSync(join(FIXTURE_INHOUD, 'verhalen/leeuwarden-frontlijnteam.mdx'), 'utf8')
      .replace('    bron: verslag\nprivacy', '    bron: verslag\n    overgenomen_van: { verhal: x, doorbraak: y, bron: verslag }\nprivacy')
      .replace('privacy:', 'contact:\n  organisatie: Gemeente Leeuwarden\n  website: https://www.leeuwarden.nl/\n  bron: verslag\nprivacy:')
      .replace('titel: "Fixtureverslag over het frontlijnteam"', 'titel: "Fixtureverslag over het frontlijnteam"\n    auteur: X');
    project.schrijf('content/verhalen/geneste-velden.mdx', tekst);
    const berichten = controleerInhoud(project.dir).problemen.filter((p) => p.bestand.endsWith('geneste-velden.mdx')).map((p) => `${p.veld}: ${p.bericht}`);
    expect(berichten).toEqual(expect.arrayContaining([
      'contact.website: onbekend veld "website". Verwijder het, of kies uit: organisatie, url, telefoon, bron.',
      'doorbraken[0].overgenomen_van.verhal: onbekend veld "verhal". Bedoelde je "verhaal"?',
      'bronnen[0].auteur: onbekend veld "auteur". Bedoelde je "auteurs"?',
    ]));
  });

  it('reports YAML syntax errors with their line', () => {
    project = tijdelijkProject(false, 'fixture');
    project.schrijf('content/verhalen/yaml.mdx', '---\ntitel: Goed\nsamenvatting: a: b\ndatum: 2024-01-01\n---\n');
    const { problemen } = controleerInhoud(project.dir);
    expect(problemen).toHaveLength(1);
    expect(problemen[0]).toMatchObject({ bestand: 'content/verhalen/yaml.mdx', regel: 3 });
    expect(problemen[0]!.bericht).toMatch(/^ongeldige YAML/);
  });

  it('reports a file without frontmatter', () => {
    project = tijdelijkProject(false, 'fixture');
    project.schrijf('content/verhalen/leeg.mdx', 'Alleen tekst.\n');
    expect(controleerInhoud(project.dir).problemen.map(formatteerProbleem)).toEqual([
      'content/verhalen/leeg.mdx:1: het bestand begint niet met frontmatter tussen twee regels "---"',
    ]);
  });

  it('reports a file name that cannot be a page address, with the name to use', () => {
    project = tijdelijkProject(false, 'fixture');
    const goed = readFileSync(join(FIXTURE_INHOUD, 'verhalen/_sjabloon.mdx'), 'utf8');
    project.schrijf('content/verhalen/Schulden in Zwolle (2).mdx', goed);
    project.schrijf('content/verhalen/coöperatie-dordrecht.mdx', goed);
    const meldingen = controleerInhoud(project.dir).problemen.map(formatteerProbleem);
    expect(meldingen).toEqual([
      'content/verhalen/coöperatie-dordrecht.mdx:1: de bestandsnaam "coöperatie-dordrecht.mdx" wordt het webadres van de pagina en mag alleen kleine letters, cijfers en losse streepjes bevatten. Hernoem het bestand naar "cooperatie-dordrecht.mdx".',
      'content/verhalen/Schulden in Zwolle (2).mdx:1: de bestandsnaam "Schulden in Zwolle (2).mdx" wordt het webadres van de pagina en mag alleen kleine letters, cijfers en losse streepjes bevatten. Hernoem het bestand naar "schulden-in-zwolle-2.mdx".',
    ]);
  });

  it('checks the taxonomy files too', () => {
    project = tijdelijkProject(false, 'fixture');
    project.schrijf('content/tags.yaml', '- id: nabijheid\n  naam: Nabijheid\n  uitleg: x\n- id: nabijheid\n  naam: Dubbel\n  uitleg: y\n- id: Geen Id\n  naam: z\n  uitleg: z\n');
    const meldingen = controleerInhoud(project.dir).problemen.filter((p) => p.bestand === 'content/tags.yaml').map(formatteerProbleem);
    expect(meldingen).toEqual([
      'content/tags.yaml:4 [1].id: id "nabijheid" staat ook op item 0. Geef elk item een eigen id.',
      'content/tags.yaml:7 [2].id: gebruik alleen kleine letters, cijfers en streepjes (bijvoorbeeld "wijkteam-oost")',
    ]);
  });

  it('does not publish files that start with an underscore, and says so (issue 14: nothing is ignored silently); the template is checked in tests/unit/sjabloon.test.ts', () => {
    project = tijdelijkProject(false, 'fixture');
    const voor = controleerInhoud(project.dir).aantallen.verhalen;
    project.schrijf('content/verhalen/_kladje.mdx', KAPOT);
    const { problemen, aantallen } = controleerInhoud(project.dir);
    expect(problemen).toEqual([
      {
        bestand: 'content/verhalen/_kladje.mdx',
        regel: 1,
        bericht: 'dit bestand begint met "_" en wordt daarom niet gepubliceerd (alleen _sjabloon.mdx mag zo heten). Hernoem het naar content/verhalen/kladje.mdx.',
      },
    ]);
    expect(aantallen.verhalen).toBe(voor);
  });
});

describe('formatteerAnnotatie', () => {
  it('writes a GitHub Actions error annotation with escaped message', () => {
    expect(formatteerAnnotatie({ bestand: 'content/verhalen/a.mdx', regel: 7, veld: 'tags[0]', bericht: 'onbekend: "x"\nfix' })).toBe(
      '::error file=content/verhalen/a.mdx,line=7,title=tags[0]::onbekend: "x"%0Afix',
    );
  });
});

describe('a check that throws', () => {
  it('still names the file and lets the other files be checked', async () => {
    const { controleerBestand, leesBestand } = await import('./controle.ts');
    const { leesReferenties } = await import('./controle.ts');
    const { ROOT } = await import('../../../tests/helpers/project.ts');
    const { join } = await import('node:path');
    const bestand = leesBestand(ROOT, join(ROOT, 'tests/e2e/fixtures/content/verhalen/schuld-en-opvang.mdx'), 'verhaal');
    const diep = () => {
      throw new RangeError('Maximum call stack size exceeded\n    at parse');
    };
    const kapot = () => {
      throw new TypeError('x is undefined\n    at y');
    };
    const problemen = controleerBestand(bestand, leesReferenties(join(ROOT, 'tests/e2e/fixtures')), [diep, diep, kapot]);
    expect(problemen.map((p) => p.bericht)).toEqual([
      'de tekst is te diep genest om te controleren (bijvoorbeeld duizenden elementen of nadrukken in elkaar). Maak de structuur platter.',
      'dit bestand liet de controle vastlopen (x is undefined). Vereenvoudig het bestand en meld het probleem aan de redactie.',
    ]);
  });
});
