// Issue 14: the content check (`npm run check`) against hostile input. Each case is one file in a
// temporary copy of the fixture content (tests/e2e/fixtures); the check must name the file and never throw, hang or let it through.
// The personal data and code of tests/helpers/vijandig.ts are the ones the form's browser test types.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { controleerInhoud, idVan, mdxBestanden } from '../inhoud/controle.ts';
import type { Probleem } from '../inhoud/problemen.ts';
import { tijdelijkProject } from '../../../tests/helpers/project.ts';
import { verhaal } from '../../../tests/helpers/verhaal.ts';
import { CODE, LOOKALIKES, PERSOONSGEGEVENS } from '../../../tests/helpers/vijandig.ts';

/** How each kind of finding starts its message. */
const BEGIN: Record<string, string> = {
  bsn: 'burgerservicenummer gevonden',
  telefoon: 'telefoonnummer gevonden',
  email: 'e-mailadres gevonden',
  iban: 'IBAN-rekeningnummer gevonden',
  adres: 'adres gevonden',
  geboortedatum: 'geboortedatum gevonden',
  kenteken: 'kenteken gevonden',
};

const slug = (naam: string) => naam.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');
const REDEN = 'Dit is het algemene nummer van het wijkteam, zo gedrukt in de openbare folder van de gemeente.';

const project = tijdelijkProject(false, 'fixture');
afterAll(() => project.opruimen());
const schrijf = (pad: string, inhoud: string | Buffer) => {
  mkdirSync(join(project.dir, pad, '..'), { recursive: true });
  writeFileSync(join(project.dir, pad), inhoud);
};

for (const g of PERSOONSGEGEVENS) schrijf(`content/verhalen/pg-${slug(g.naam)}.mdx`, verhaal(g.tekst));
for (const g of CODE) schrijf(`content/verhalen/code-${slug(g.naam)}.mdx`, verhaal(g.tekst));
for (const g of LOOKALIKES) schrijf(`content/verhalen/lijkt-${slug(g.naam)}.mdx`, verhaal(g.tekst));

// --- Places that were never scanned -------------------------------------------------------------
schrijf('content/verhalen/mevrouw-123456782-en-0612345678.mdx', verhaal('Tekst.'));
schrijf('content/verhalen/uitkomst-als-getal.mdx', verhaal('Tekst.', { extra: 'uitkomsten:\n  - { indicator: dossier, voor: 123456782, na: 1, eenheid: nummer, bron: verslag }\n' }));
schrijf('content/labs/lab-met-telefoon.mdx', `---
titel: Lab met een nummer
samenvatting: Een lab.
soort: thema
datum: 2015
labvraag: Wat werkt?
rapporteurs: [pieter-hilhorst]
status: gepubliceerd
bronnen: [{ id: verslag, titel: Verslag }]
---

Bel de coördinator op 06-12345678.
`);
// --- Exceptions: one value, one field, a reason of substance --------------------------------------
const vrij = (waarde: string, veld: string, reden = REDEN) => `\n  vrijstellingen:\n    - waarde: "${waarde}"\n      veld: ${veld}\n      reden: ${reden}`;
schrijf('content/verhalen/vrij-goed.mdx', verhaal('Bel het wijkteam op 020-1234567.', { privacy: vrij('020-1234567', 'tekst') }));
schrijf('content/verhalen/vrij-ander-veld.mdx', verhaal('Bel het wijkteam op 020-1234567.', { privacy: vrij('020-1234567', 'samenvatting') }));
schrijf('content/verhalen/vrij-korte-reden.mdx', verhaal('Bel het wijkteam op 020-1234567.', { privacy: vrij('020-1234567', 'tekst', 'is geen bsn') }));
schrijf('content/verhalen/vrij-oude-vorm.mdx', verhaal('Bel het wijkteam op 020-1234567.', { privacy: `\n  vrijstellingen:\n    - waarde: "020-1234567"\n      reden: ${REDEN}` }));
// --- Every file accounted for --------------------------------------------------------------------
schrijf('content/verhalen/verkeerde-extensie.md', verhaal('Tekst.'));
schrijf('content/verhalen/hoofdletters.MDX', verhaal('Tekst.'));
schrijf('content/verhalen/archief/lijkt-bedragen.mdx', verhaal('Een andere tekst die de gepubliceerde zou vervangen.'));
schrijf('content/verhalen/_concepten/nog-niet.mdx', verhaal('Tekst.'));
schrijf('content/verhalen/_verborgen.mdx', verhaal('Tekst.'));
schrijf('content/verhalen/windows-regeleinden.mdx', verhaal('Eerste regel.\n\nTweede alinea.').replace(/\n/g, '\r\n'));
schrijf('content/verhalen/met-bom.mdx', `\uFEFF${verhaal('Tekst.')}`);
schrijf('content/verhalen/alleen-frontmatter.mdx', verhaal('').replace(/\n\nEerste alinea over het wijkteam\.\n\n\n$/, '\n'));
// --- Hostile files -------------------------------------------------------------------------------
const bom = ['a: &a ["x","x","x","x","x","x","x","x","x"]', ...'bcdefgh'.split('').map((k, i) => `${k}: &${k} [${Array(9).fill(`*${'abcdefg'[i]}`).join(',')}]`)].join('\n');
schrijf('content/verhalen/alias-bom.mdx', verhaal('Tekst.').replace('status: gepubliceerd', `${bom}\nstatus: gepubliceerd`));
schrijf('content/verhalen/eigen-tag.mdx', verhaal('Tekst.').replace('titel: "Testverhaal over een wijkteam"', 'titel: !!js/function "function () { return 1 }"'));
schrijf('content/verhalen/dubbele-sleutel.mdx', verhaal('Tekst.').replace('status: gepubliceerd', 'status: concept\nstatus: gepubliceerd'));
schrijf('content/verhalen/proto-sleutel.mdx', verhaal('Tekst.').replace('status: gepubliceerd', '__proto__: { isAdmin: true }\nstatus: gepubliceerd'));
schrijf('content/verhalen/ongeldige-utf8.mdx', Buffer.concat([Buffer.from(verhaal('Tekst ')), Buffer.from([0xc3, 0x28, 0xff])]));
schrijf('content/verhalen/nul-byte.mdx', verhaal('Tekst\u0000met een NUL.'));
schrijf('content/verhalen/leeg.mdx', '');
schrijf('content/verhalen/vijf-megabyte.mdx', verhaal('Een lange zin over het wijkteam. '.repeat(160_000)));
schrijf('content/verhalen/diepe-citaten.mdx', verhaal(`${'>'.repeat(20_000)} diep`));
// 3,000 list items, each inside the one before ("- - - …" nests a list per marker).
schrijf('content/verhalen/diepe-lijst.mdx', verhaal(`${'- '.repeat(3000)}punt`));
schrijf('content/verhalen/diepe-lijst-ingesprongen.mdx', verhaal(Array.from({ length: 300 }, (_, i) => `${'  '.repeat(i)}- punt ${i}`).join('\n')));
schrijf('content/verhalen/diepe-yaml.mdx', verhaal('Tekst.').replace('status: gepubliceerd', `diep: ${'['.repeat(20_000)}${']'.repeat(20_000)}\nstatus: gepubliceerd`));
schrijf('content/verhalen/diepe-elementen.mdx', verhaal('<a>'.repeat(20_000) + '</a>'.repeat(20_000)));
schrijf('content/verhalen/diepe-nadruk.mdx', verhaal(`${'*'.repeat(20_000)}x${'*'.repeat(20_000)}`));
schrijf('content/verhalen/puntkomma-in-trefwoord.mdx', verhaal('Tekst.', { extra: 'trefwoorden: ["borg; huur"]\n' }));
schrijf('content/rapporteurs.yaml', `- id: pieter-hilhorst\n  naam: Pieter Hilhorst\n- id: nieuwe-rapporteur\n  naam: Nieuwe Rapporteur\n  rol: bereikbaar via 06-12345678 of nieuwe.rapporteur@gmail.com\n- id: wijkteam\n  naam: Wijkteam Noord\n  rol: algemeen nummer 020-1234567\n`);
// Exceptions for files without frontmatter: the same mechanism, with the file named.
schrijf('content/vrijstellingen.yaml', `- bestand: content/rapporteurs.yaml\n  veld: "[2].rol"\n  waarde: "020-1234567"\n  reden: ${REDEN}\n- bestand: content/rapporteurs.yaml\n  veld: "[2].naam"\n  waarde: "020-1234567"\n  reden: ${REDEN}\n- bestand: content/tags.yaml\n  veld: "[0].naam"\n  waarde: "x"\n  reden: kort\n`);

const start = performance.now();
const { problemen } = controleerInhoud(project.dir);
const duur = performance.now() - start;
const van = (pad: string): Omit<Probleem, 'bestand'>[] => problemen.filter((p) => p.bestand === pad).map(({ bestand: _, ...rest }) => rest);
const berichten = (pad: string) => van(pad).map((p) => p.bericht);

describe('personal data, also obfuscated, fails npm run check', () => {
  for (const g of PERSOONSGEGEVENS) {
    it(`${g.naam}: ${JSON.stringify(g.tekst)}`, () => {
      const gevonden = van(`content/verhalen/pg-${slug(g.naam)}.mdx`);
      expect(gevonden.map((p) => [p.regel, p.bericht.slice(0, BEGIN[g.soort]!.length)])).toEqual([[25, BEGIN[g.soort]]]);
    });
  }
});

describe('code fails npm run check', () => {
  for (const g of CODE) {
    it(g.naam, () => expect(berichten(`content/verhalen/code-${slug(g.naam)}.mdx`).join('\n')).toMatch(/niet toegestaan/));
  }
});

describe('look-alikes pass npm run check', () => {
  for (const g of LOOKALIKES) it(g.naam, () => expect(van(`content/verhalen/lijkt-${slug(g.naam)}.mdx`)).toEqual([]));
});

describe('everything that is published is scanned', () => {
  it('the file name, which becomes the address, the sitemap and the open data', () => {
    const pad = 'content/verhalen/mevrouw-123456782-en-0612345678.mdx';
    expect(van(pad).map((p) => [p.veld, p.bericht.split(' (')[0]])).toEqual([
      ['bestandsnaam', 'burgerservicenummer gevonden'],
      ['bestandsnaam', 'telefoonnummer gevonden'],
    ]);
  });
  it('numbers in the frontmatter', () => {
    expect(van('content/verhalen/uitkomst-als-getal.mdx').map((p) => [p.veld, p.bericht.split(' (')[0]])).toEqual([['uitkomsten[0].voor', 'burgerservicenummer gevonden']]);
  });
  it('labs', () => expect(berichten('content/labs/lab-met-telefoon.mdx').map((b) => b.split(' (')[0])).toEqual(['telefoonnummer gevonden']));
  it('exceptions for a taxonomy file live in content/vrijstellingen.yaml, name file, field and value, and are checked', () => {
    expect(van('content/rapporteurs.yaml').map((p) => p.regel)).not.toContain(8);
    expect(van('content/vrijstellingen.yaml').map((p) => [p.regel, p.veld, p.bericht.slice(0, 46)])).toEqual([
      [5, undefined, 'deze vrijstelling wordt niet (meer) gebruikt: '],
      [12, '[2].reden', 'leg in een hele zin (minstens vijf woorden) ui'],
    ]);
  });
  it('taxonomy files such as rapporteurs.yaml, which newcomers edit', () => {
    expect(van('content/rapporteurs.yaml').map((p) => [p.regel, p.veld, p.bericht.split(' (')[0]])).toEqual([
      [5, '[1].rol', 'telefoonnummer gevonden'],
      [5, '[1].rol', 'e-mailadres gevonden'],
    ]);
  });
});

describe('exceptions name one value, one field and a reason an editor can judge', () => {
  it('silence exactly that value in that field', () => expect(van('content/verhalen/vrij-goed.mdx')).toEqual([]));
  it('do not silence the value in another field', () => {
    expect(berichten('content/verhalen/vrij-ander-veld.mdx').map((b) => b.slice(0, 40))).toEqual([
      'deze vrijstelling wordt niet (meer) gebr',
      'telefoonnummer gevonden (0201***67). Ver',
    ]);
  });
  it('need a reason of substance', () => {
    expect(van('content/verhalen/vrij-korte-reden.mdx').map((p) => p.veld)).toEqual(['privacy.vrijstellingen[0].reden']);
  });
  it('in the old shape (no field) say how to migrate', () => {
    const [migratie, ...rest] = van('content/verhalen/vrij-oude-vorm.mdx');
    expect(migratie!.veld).toBe('privacy.vrijstellingen[0].veld');
    expect(migratie!.bericht).toMatch(/^verplicht veld "veld" ontbreekt\. .*\(een vrijstelling noemt sinds versie 1\.2 ook het veld/);
    expect(rest.map((p) => p.bericht.slice(0, 23))).toEqual(['telefoonnummer gevonden']);
  });
});

describe('every content file is accounted for', () => {
  it.each([
    ['content/verhalen/verkeerde-extensie.md', 'heeft niet de extensie .mdx'],
    ['content/verhalen/hoofdletters.MDX', 'heeft niet de extensie .mdx'],
    ['content/verhalen/archief/lijkt-bedragen.mdx', 'staat in een submap'],
    ['content/verhalen/_concepten/nog-niet.mdx', 'staat in een submap'],
    ['content/verhalen/_verborgen.mdx', 'begint met "_"'],
  ])('%s is reported', (pad, reden) => expect(berichten(pad)).toEqual([expect.stringContaining(reden)]));
  it('a story in a subfolder does not replace the published one', () => {
    // The loader stores entries by id (the file name): only files directly in the folder are read.
    const bestanden = mdxBestanden(project.dir, 'verhalen');
    expect(bestanden.filter((f) => idVan(f) === 'lijkt-bedragen')).toEqual([join(project.dir, 'content/verhalen/lijkt-bedragen.mdx')]);
    expect(new Set(bestanden.map(idVan)).size).toBe(bestanden.length);
  });
  it('the template stays allowed', () => expect(van('content/verhalen/_sjabloon.mdx')).toEqual([]));
  it.each(['windows-regeleinden', 'met-bom', 'alleen-frontmatter'])('%s is accepted', (naam) => expect(van(`content/verhalen/${naam}.mdx`)).toEqual([]));
});

describe('hostile files fail with a message naming the file, in Dutch', () => {
  it.each([
    ['alias-bom', 2, /^ongeldige YAML: te veel verwijzingen/],
    ['eigen-tag', 2, /^ongeldige YAML: YAML-tags \(zoals !!js\/function of !eigen\) zijn niet toegestaan/],
    ['dubbele-sleutel', 21, /^ongeldige YAML: dit veld staat twee keer in hetzelfde blok/],
    ['proto-sleutel', 20, /^ongeldige YAML: de veldnaam "__proto__" is niet toegestaan/],
    ['ongeldige-utf8', 1, /^het bestand is geen geldige UTF-8-tekst/],
    ['nul-byte', 25, /^het bestand bevat een NUL-teken/],
    ['leeg', 1, /^het bestand is leeg/],
    ['vijf-megabyte', 1, /^het bestand is \d+ kB; een verhaal mag hoogstens 1000 kB zijn/],
    ['diepe-yaml', 20, /^ongeldige YAML: de gegevens zijn te diep genest/],
    ['diepe-elementen', 1, /^de tekst is te diep genest om te controleren/],
    ['diepe-nadruk', 1, /^de tekst is te diep genest om te controleren/],
    ['diepe-citaten', 25, /^citaten of lijsten zijn hier \d+ niveaus diep genest/],
    ['diepe-lijst', 25,
    /^citaten of lijsten zijn hier \d+ niveaus diep genest/],
    ['diepe-lijst-ingesprongen', 66, /^citaten of lijsten zijn hier \d+ niveaus diep genest/],
  ])('%s', (naam, regel, bericht) => {
    const gevonden = van(`content/verhalen/${naam}.mdx`);
    expect(gevonden[0]?.regel).toBe(regel);
    expect(gevonden[0]?.bericht).toMatch(bericht);
  });
  it('a semicolon in a keyword, which used to pass the check and crash the build', () => {
    expect(van('content/verhalen/puntkomma-in-trefwoord.mdx').map((p) => p.veld)).toEqual(['trefwoorden[0]']);
  });
  it('the whole check stays fast', () => expect(duur).toBeLessThan(20_000));
});
