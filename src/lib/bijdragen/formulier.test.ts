import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { controleerInhoud, leesReferenties } from '../inhoud/controle.ts';
import { FIXTURE_INHOUD, ROOT, tijdelijkProject } from '../../../tests/helpers/project.ts';
import { ALLE_VELDEN, ALLE_VELDEN_BESTAND } from '../../../tests/e2e/fixtures/alle-velden.ts';
import gemeentenJson from '../../../content/gemeenten.json' with { type: 'json' };
import { bedrag, gemeenteId, gemeenteRegister, naarFrontmatter, veldSleutel, verwerk, type FormulierInvoer, type GemeenteKeuze } from './formulier.ts';
import { voorbeeldInvoer } from '../../../tests/helpers/formulier-voorbeeld.ts';
import { MICROMARK_PARSERS } from '../veiligheid/micromark.ts';
import { beschrijving, COMPONENTNAMEN } from '../verhaaltekst/woordenschat.ts';
import { VOORBEELDDOMEINEN } from '../veiligheid/persoonsgegevens.ts';
import { CODE, LOOKALIKES, PERSOONSGEGEVENS } from '../../../tests/helpers/vijandig.ts';

const gemeenten: GemeenteKeuze[] = gemeentenJson.map((g) => ({ id: g.id, naam: g.naam, provincie: g.provincie }));
const refs = leesReferenties(ROOT);
const gegevens = { refs, gemeenten, aliassen: refs.gemeenteAliassen ?? [], bestaand: ['een-budget-voor-het-wijkteam-in-zwolle-eerst-helpen-dan'], emailDomeinen: VOORBEELDDOMEINEN };
const register = gemeenteRegister(gegevens);
/** The messages of a form input, by field key. */
const foutenVan = (invoer: FormulierInvoer) => Object.fromEntries(verwerk(invoer, gegevens, MICROMARK_PARSERS).fouten.map((f) => [f.veld, f.bericht]));

describe('form input to frontmatter', () => {
  it('maps names to ids, barrier names to ids and links, and Dutch amounts to numbers', () => {
    const fm = naarFrontmatter(voorbeeldInvoer(), register);
    expect(fm.gemeenten).toEqual(['zwolle', 's-gravenhage']);
    expect(fm.beloften).toEqual([2, 6]);
    expect(fm.belemmeringen).toEqual([
      expect.objectContaining({ id: 'borg-pas-na-schuldregeling', soort: 'strijdige-regels' }),
      expect.objectContaining({ id: 'geen-mandaat' }),
    ]);
    expect((fm.doorbraken as { lost_op: string[] }[])[0]!.lost_op).toEqual(['borg-pas-na-schuldregeling', 'geen-mandaat']);
    expect((fm.kosten as { posten: { bedrag: number }[] }).posten.map((p) => p.bedrag)).toEqual([60000, 1200]);
    expect(fm.bronnen).toEqual([{ id: 'bron-1', titel: 'Verslag van het 3D-lab', organisatie: 'Gemeente Zwolle', datum: '2024-05', dia: 7 }]);
    expect(fm.uitkomsten).toEqual([{ indicator: 'Gezinnen in de opvang', voor: 12, na: 4, eenheid: 'gezinnen per jaar', bron: 'bron-1' }]);
    expect(fm.rapporteurs).toEqual(['pieter-hilhorst', { naam: 'Sanne Verhoeven', organisatie: 'Wijkteam Woensel' }]);
    expect(fm.doorbraken).toEqual([expect.objectContaining({ status: 'ingevoerd', soort: 'mandaat-en-budget', bron: 'bron-1' })]);
    expect((fm.kosten as { posten: { bron: string }[] }).posten.map((p) => p.bron)).toEqual(['bron-1', 'bron-1']);
    expect(fm.trefwoorden).toEqual(['borg', 'huurwoning']);
    expect(fm).not.toHaveProperty('lab');
  });

  it('leaves out empty cost, outcome, source and rapporteur rows', () => {
    const leegBron = { sleutel: 'r1', titel: '', auteurs: '', organisatie: '', datum: '', url: '', deel: '', pagina: '', dia: '', geciteerdIn: '' };
    const invoer = {
      ...voorbeeldInvoer(),
      kosten: [{ omschrijving: '', bedrag: '', onbekend: false, per: 'jaar', betaler: '', scenario: 'huidig', bron: 'r1' }],
      uitkomsten: [{ indicator: '', voor: '', na: '', eenheid: '', bron: 'r1' }],
      nieuweRapporteurs: [{ naam: ' ', organisatie: '' }],
      bronnen: [leegBron],
    };
    const fm = naarFrontmatter(invoer, register);
    expect(fm).not.toHaveProperty('kosten');
    expect(fm).not.toHaveProperty('uitkomsten');
    expect(fm.rapporteurs).toEqual(['pieter-hilhorst']);
    expect(fm.bronnen).toEqual([]);
  });

  it('never offers publishing: the file is a concept, also from a draft of an older form', () => {
    const oud = { ...voorbeeldInvoer(), status: 'gepubliceerd' } as FormulierInvoer;
    expect(naarFrontmatter(oud, register).status).toBe('concept');
    expect(verwerk(oud, gegevens, MICROMARK_PARSERS).mdx).toContain('\nstatus: concept\n');
  });

  it('reads amounts as a Dutch person writes them', () => {
    expect(bedrag('12.000')).toBe(12000);
    expect(bedrag('€ 1.200,50')).toBe(1200.5);
    expect(bedrag('400')).toBe(400);
    expect(bedrag('12,5')).toBe(12.5);
    expect(bedrag('veel')).toBe('veel');
  });

  it('finds a gemeente by name, everyday name (content/gemeente-aliassen.yaml), without accents, or id; keeps a typo as a slug', () => {
    expect(gemeenteId("'s-Gravenhage", register)).toBe('s-gravenhage');
    expect(gemeenteId('Den Haag', register)).toBe('s-gravenhage');
    expect(gemeenteId('den bosch', register)).toBe('s-hertogenbosch');
    expect(gemeenteId('Sudwest-Fryslan', register)).toBe('sudwest-fryslan');
    expect(gemeenteId('LEEUWARDEN ', register)).toBe('leeuwarden');
    expect(gemeenteId('Amsterdm', register)).toBe('amsterdm');
  });
});

describe('validation with the content schema', () => {
  it('has no errors for a complete story and gives a free file name', () => {
    const r = verwerk(voorbeeldInvoer(), gegevens, MICROMARK_PARSERS);
    expect(r.fouten).toEqual([]);
    expect(r.slug).toBe('een-budget-voor-het-wijkteam-in-zwolle-eerst-helpen-dan-2');
    expect(r.bestand).toBe(`content/verhalen/${r.slug}.mdx`);
    expect(r.mdx.startsWith('---\ntitel: "Een budget voor het wijkteam')).toBe(true);
    expect(r.mdx).toContain('lost_op: [borg-pas-na-schuldregeling, geen-mandaat]');
    expect(r.mdx).toContain('domeinen: [schulden, wonen]');
    expect(r.mdx).toContain('\n## Wat er gebeurde\n');
    const fm = parse(r.mdx.split('---\n')[1]!);
    expect(fm.doorbraken[0].lost_op).toEqual(['borg-pas-na-schuldregeling', 'geen-mandaat']);
  });

  it('names the form field of each error, once per field', () => {
    const invoer = voorbeeldInvoer();
    invoer.samenvatting = 'x'.repeat(281);
    invoer.domeinen = [];
    invoer.gemeenten = ['Zwolle', 'Amsterdm'];
    invoer.belemmeringen[1]!.naam = 'borg pas na schuldregeling';
    invoer.belemmeringen[1]!.soort = '';
    invoer.doorbraken[0]!.lostOp = [];
    invoer.kosten[0]!.bedrag = 'zestigduizend';
    invoer.gepseudonimiseerd = false;
    invoer.tekst = ' ';
    const { fouten, mdx } = verwerk(invoer, gegevens, MICROMARK_PARSERS);
    expect(mdx).toBe('');
    const perVeld = Object.fromEntries(fouten.map((f) => [f.veld, f.bericht]));
    expect(Object.keys(perVeld)).toEqual([
      'samenvatting', 'gemeenten.1', 'domeinen', 'belemmeringen.1.soort', 'doorbraken.0.lost_op', 'kosten.0.bedrag',
      'privacy.gepseudonimiseerd', 'belemmeringen.1.naam', 'tekst',
    ]);
    expect(perVeld.samenvatting).toBe('De samenvatting is 281 tekens; maak haar hoogstens 280 tekens');
    expect(perVeld.domeinen).toBe('Vink minstens één domein aan');
    expect(perVeld['belemmeringen.1.naam']).toBe('Belemmering 2: geef elke belemmering een eigen korte naam; deze naam komt al eerder voor');
    expect(perVeld['belemmeringen.1.soort']).toBe('Belemmering 2: kies een soort belemmering');
    expect(perVeld['doorbraken.0.lost_op']).toBe('Doorbraak 1: vink aan welke belemmering deze doorbraak oplost');
    expect(perVeld['kosten.0.bedrag']).toBe('Kostenpost 1: schrijf het bedrag als getal in euro, bijvoorbeeld 12000 of 12.000, of vink aan dat de bron het bedrag niet geeft');
    expect(perVeld['gemeenten.1']).toBe('Gemeente 2: onbekende gemeente "Amsterdm". Bedoelde je "Amsterdam"?');
    expect(perVeld['privacy.gepseudonimiseerd']).toBe('Vink aan dat je namen en herkenbare details van burgers hebt vervangen');
  });

  it('says back the municipality as typed, with the name meant or the choice between two', () => {
    const invoer = voorbeeldInvoer();
    invoer.gemeenten = ['', 'Den Haagg', 'Bergen', 'Gotham'];
    const perVeld = foutenVan(invoer);
    expect(perVeld['gemeenten.1']).toBe('Gemeente 2: onbekende gemeente "Den Haagg". Bedoelde je "\'s-Gravenhage"?');
    expect(perVeld['gemeenten.2']).toBe('Gemeente 3: "Bergen" zijn 2 gemeenten. Kies "Bergen (L.)" of "Bergen (NH.)" uit de lijst');
    expect(perVeld['gemeenten.3']).toBe('Gemeente 4: onbekende gemeente "Gotham". Kies een gemeente uit de lijst; typ een deel van de naam.');
  });

  it('points errors about a new rapporteur to their row, and sends a listed one to the list', () => {
    const invoer = voorbeeldInvoer();
    invoer.nieuweRapporteurs = [{ naam: '', organisatie: '' }, { naam: 'Pieter Hilhorst', organisatie: '' }, { naam: '', organisatie: 'Wijkteam' }];
    const perVeld = foutenVan(invoer);
    expect(perVeld).toEqual({
      'nieuweRapporteurs.1.naam': 'Nieuwe rapporteur 2: je staat al in de lijst van rapporteurs hierboven: vink je naam daar aan en verwijder deze rij',
      'nieuweRapporteurs.2.naam': 'Nieuwe rapporteur 3: vul je naam in, of verwijder deze rij',
    });
    expect(foutenVan({ ...invoer, rapporteurs: [], nieuweRapporteurs: [] })).toEqual({
      rapporteurs: 'Kies jezelf uit de lijst van rapporteurs, of vul je naam in bij ‘Sta je niet in de lijst?’',
    });
  });

  it('words each message for its control: tick a box, choose from a list, fill in a field by its label', () => {
    const invoer = voorbeeldInvoer();
    invoer.doelgroepen = [];
    invoer.kosten[0]!.betaler = ' ';
    invoer.uitkomsten = [{ indicator: '', voor: '1', na: '2', eenheid: '', bron: 'r1' }];
    invoer.doorbraken[0]!.status = '';
    invoer.contact = { organisatie: 'Buurtteam', url: '', telefoon: '', bron: '' };
    expect(foutenVan(invoer)).toEqual({
      'contact.url': 'Vul het webadres of het algemene telefoonnummer van de organisatie in',
      'contact.bron': 'Kies de bron waar dit op steunt; vul die bron eerst in bij Bronnen',
      doelgroepen: 'Vink minstens één doelgroep aan: voor wie is dit verhaal?',
      'doorbraken.0.status': 'Doorbraak 1: kies hoe ver deze doorbraak kwam',
      'kosten.0.betaler': 'Kostenpost 1: vul in wie betaalt, bijvoorbeeld ‘gemeente’',
      'uitkomsten.0.indicator': 'Uitkomst 1: vul in wat er is gemeten, bijvoorbeeld ‘uithuisplaatsingen’',
      'uitkomsten.0.eenheid': 'Uitkomst 1: vul de eenheid in, bijvoorbeeld ‘per jaar’ of ‘procent’',
    });
  });

  it('checks outcomes as numbers with a source, in the row they came from', () => {
    const invoer = voorbeeldInvoer();
    invoer.uitkomsten = [{ indicator: '', voor: '', na: '', eenheid: '', bron: 'r1' }, { indicator: 'Wachttijd', voor: 'zes', na: '1', eenheid: 'weken', bron: '' }];
    expect(foutenVan(invoer)).toEqual({
      'uitkomsten.1.voor': 'Uitkomst 2: schrijf bij ‘Voor’ een getal, bijvoorbeeld 12 of 12,5',
      'uitkomsten.1.bron': 'Uitkomst 2: kies de bron waar dit op steunt; vul die bron eerst in bij Bronnen',
    });
  });

  it('maps schema paths to form fields', () => {
    expect(veldSleutel(['tags', 3])).toBe('tags');
    expect(veldSleutel(['belemmeringen', 2, 'id'])).toBe('belemmeringen.2.naam');
    expect(veldSleutel(['doorbraken', 0, 'lost_op', 1])).toBe('doorbraken.0.lost_op');
    expect(veldSleutel(['kosten', 'posten', 1, 'per'])).toBe('kosten.1.per');
    expect(veldSleutel(['kosten', 'posten'])).toBe('kosten');
    expect(veldSleutel(['privacy', 'toestemming'])).toBe('privacy.toestemming');
    expect(veldSleutel(['gemeenten'])).toBe('gemeenten.0');
    expect(veldSleutel(['uitkomsten', 0, 'na'])).toBe('uitkomsten.0.na');
    expect(veldSleutel(['bronnen', 0, 'geciteerd_in'])).toBe('bronnen.0.geciteerdIn');
    // Empty rows are not in the file: item 0 of gemeenten came from row 2; new rapporteurs follow the ticked ones.
    const rijen = { gemeenten: [2], bronnen: [1], kosten: [], uitkomsten: [], nieuweRapporteurs: [3], gekozenRapporteurs: 1 };
    expect(veldSleutel(['gemeenten', 0], rijen)).toBe('gemeenten.2');
    expect(veldSleutel(['bronnen', 0, 'titel'], rijen)).toBe('bronnen.1.titel');
    expect(veldSleutel(['rapporteurs', 0], rijen)).toBe('rapporteurs');
    expect(veldSleutel(['rapporteurs', 1, 'organisatie'], rijen)).toBe('nieuweRapporteurs.3.organisatie');
    expect(veldSleutel([])).toBe('tekst');
  });
});

describe('every field of the form reaches the file', () => {
  it('the sample of the test site fills every field (in at least one row: an amount or "onbekend")', () => {
    const alle = new Set<string>();
    const gevuld = new Set<string>();
    const loop = (x: unknown, pad: string) => {
      if (Array.isArray(x)) {
        alle.add(pad);
        return x.forEach((y) => loop(y, `${pad}[]`));
      }
      if (x && typeof x === 'object') return Object.entries(x).forEach(([k, v]) => loop(v, pad ? `${pad}.${k}` : k));
      alle.add(pad);
      // A filled field fills its row and list too: "kosten[].bedrag" -> "kosten[]" -> "kosten".
      if (x !== '' && x !== false) for (let p = pad; p; p = p.replace(/(\[\]|\.?[^.[]+)$/, '')) gevuld.add(p);
    };
    loop(ALLE_VELDEN, '');
    expect([...alle].filter((p) => !gevuld.has(p))).toEqual([]);
  });

  it(`still makes ${ALLE_VELDEN_BESTAND} of the test site from it (there published by the editors)`, () => {
    const fixtureRefs = leesReferenties(dirname(FIXTURE_INHOUD));
    const fixtureGemeenten = (JSON.parse(readFileSync(join(FIXTURE_INHOUD, 'gemeenten.json'), 'utf8')) as GemeenteKeuze[]).map(({ id, naam, provincie }) => ({ id, naam, provincie }));
    const r = verwerk(ALLE_VELDEN, { refs: fixtureRefs, gemeenten: fixtureGemeenten, aliassen: fixtureRefs.gemeenteAliassen ?? [], bestaand: [], emailDomeinen: VOORBEELDDOMEINEN }, MICROMARK_PARSERS);
    expect(r.fouten).toEqual([]);
    const bestand = readFileSync(join(dirname(FIXTURE_INHOUD), ALLE_VELDEN_BESTAND), 'utf8');
    expect(r.mdx).toBe(bestand.replace(/^# .*\n/gm, '').replace('\nstatus: gepubliceerd\n', '\nstatus: concept\n'));
  });
});

describe('the MDX of the form passes npm run check', () => {
  let project: ReturnType<typeof tijdelijkProject> | undefined;
  afterEach(() => project?.opruimen());

  it('in a copy of the project', () => {
    project = tijdelijkProject();
    const r = verwerk(voorbeeldInvoer(), gegevens, MICROMARK_PARSERS);
    project.schrijf(r.bestand, r.mdx);
    const { problemen, aantallen } = controleerInhoud(project.dir);
    expect(problemen).toEqual([]);
    expect(aantallen.verhalen).toBe(controleerInhoud(ROOT).aantallen.verhalen + 1);
  });
});

describe('the safety gates of npm run check, in the form (issue 14)', () => {
  const metTekst = (tekst: string, extra: Partial<ReturnType<typeof voorbeeldInvoer>> = {}) => verwerk({ ...voorbeeldInvoer(), tekst, ...extra }, gegevens, MICROMARK_PARSERS);

  it.each(PERSOONSGEGEVENS.map((g) => [g.naam, g] as const))('refuses %s, at the text, without a file name or file', (_, g) => {
    const r = metTekst(g.tekst);
    expect(r.fouten.map((f) => f.veld)).toEqual(['tekst']);
    expect(r.privacy.map((v) => [v.soort, v.vrijgesteld])).toEqual([[g.soort, false]]);
    expect([r.mdx, r.slug, r.bestand]).toEqual(['', '', '']);
  });
  it.each(CODE.map((g) => [g.naam, g.tekst]))('refuses code: %s', (_, tekst) => {
    const r = metTekst(tekst);
    expect(r.fouten.map((f) => f.veld)).toEqual(['tekst']);
    expect(r.mdx).toBe('');
  });
  it.each(LOOKALIKES.map((g) => [g.naam, g.tekst]))('lets the look-alike through: %s', (_, tekst) => expect(metTekst(tekst).fouten).toEqual([]));

  // Each button under the text box inserts its component's snippet (Tekstonderdelen.astro); <Moment> belongs in a <Tijdlijn>.
  it.each(COMPONENTNAMEN.filter((naam) => !beschrijving(naam).binnen))("accepts the snippet of the <%s> button, on lines of its own", (naam) => {
    const r = metTekst(`Eerste alinea.\n\n${beschrijving(naam).voorbeeld}\n\nLaatste alinea.`);
    expect(r.fouten).toEqual([]);
    expect(r.mdx).toContain(beschrijving(naam).voorbeeld);
  });

  it('names several findings in one field once each, with the hint about exceptions once', () => {
    const r = metTekst('Bel 06-12345678 of mail moeder.jansen@gmail.com, BSN 123456782.');
    expect(r.fouten.map((f) => f.veld)).toEqual(['tekst']);
    const bericht = r.fouten[0]!.bericht;
    for (const begin of ['Burgerservicenummer gevonden', 'Telefoonnummer gevonden', 'E-mailadres gevonden']) expect(bericht).toContain(begin);
    expect(bericht.match(/vrijstelling aan/g)).toHaveLength(1);
    expect(bericht).toContain('Is een van deze waarden toch geen persoonsgegeven');
  });

  it('scans every field, and shows the finding at its own field', () => {
    const invoer = voorbeeldInvoer();
    invoer.belemmeringen[1]!.omschrijving = 'Mevrouw (geb. 12-03-1985) kreeg geen hulp.';
    const r = verwerk({ ...invoer, titel: 'Mevrouw met BSN 123456782' }, gegevens, MICROMARK_PARSERS);
    expect(r.fouten.map((f) => [f.veld, f.bericht.split(' (')[0]])).toEqual([
      ['titel', 'Burgerservicenummer gevonden'],
      ['belemmeringen.1.omschrijving', 'Geboortedatum gevonden'],
    ]);
    expect(r.slug).toBe('');
  });

  it('writes a requested exception into the file, and keeps the value out of the file name', () => {
    const vrijstellingen = [{ waarde: '14 020 2', veld: 'titel', reden: 'Dit is geen nummer van een persoon maar een telling uit het rapport.' }];
    const zonder = verwerk({ ...voorbeeldInvoer(), titel: 'Wijkteam 020-1234567 helpt' }, gegevens, MICROMARK_PARSERS);
    expect(zonder.privacy.map((v) => [v.veld, v.waarde])).toEqual([['titel', '020-1234567']]);
    const met = verwerk(
      { ...voorbeeldInvoer(), titel: 'Wijkteam 020-1234567 helpt', vrijstellingen: [{ waarde: '020-1234567', veld: 'titel', reden: 'Dit is het algemene nummer van het wijkteam uit de openbare folder.' }] },
      gegevens,
      MICROMARK_PARSERS,
    );
    expect(met.fouten).toEqual([]);
    expect(met.slug).toBe('wijkteam-helpt');
    expect(parse(met.mdx.split('---')[1]!).privacy.vrijstellingen).toEqual([
      { waarde: '020-1234567', veld: 'titel', reden: 'Dit is het algemene nummer van het wijkteam uit de openbare folder.' },
    ]);
    // An exception for another value or field covers nothing.
    expect(verwerk({ ...voorbeeldInvoer(), titel: 'Wijkteam 020-1234567 helpt', vrijstellingen }, gegevens, MICROMARK_PARSERS).fouten.map((f) => f.veld)).toEqual(['titel']);
  });
});
