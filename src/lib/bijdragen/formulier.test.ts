import { afterEach, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { controleerInhoud, leesReferenties } from '../inhoud/controle.ts';
import { ROOT, tijdelijkProject } from '../../../tests/helpers/project.ts';
import gemeentenJson from '../../../content/gemeenten.json' with { type: 'json' };
import { bedrag, gemeenteId, naarFrontmatter, veldSleutel, verwerk, type GemeenteKeuze } from './formulier.ts';
import { voorbeeldInvoer } from '../../../tests/helpers/formulier-voorbeeld.ts';
import { MICROMARK_PARSERS } from '../veiligheid/micromark.ts';
import { VOORBEELDDOMEINEN } from '../veiligheid/persoonsgegevens.ts';
import { CODE, LOOKALIKES, PERSOONSGEGEVENS } from '../../../tests/helpers/vijandig.ts';

const gemeenten: GemeenteKeuze[] = gemeentenJson.map((g) => ({ id: g.id, naam: g.naam, provincie: g.provincie }));
const refs = leesReferenties(ROOT);
const gegevens = { refs, gemeenten, bestaand: ['een-budget-voor-het-wijkteam-in-zwolle-eerst-helpen-dan'], emailDomeinen: VOORBEELDDOMEINEN };

describe('form input to frontmatter', () => {
  it('maps names to ids, barrier names to ids and links, and Dutch amounts to numbers', () => {
    const fm = naarFrontmatter(voorbeeldInvoer(), gemeenten);
    expect(fm.gemeenten).toEqual(['zwolle', 's-gravenhage']);
    expect(fm.beloften).toEqual([2, 6]);
    expect(fm.belemmeringen).toEqual([
      expect.objectContaining({ id: 'borg-pas-na-schuldregeling', soort: 'strijdige-regels' }),
      expect.objectContaining({ id: 'geen-mandaat' }),
    ]);
    expect((fm.doorbraken as { lost_op: string[] }[])[0]!.lost_op).toEqual(['borg-pas-na-schuldregeling', 'geen-mandaat']);
    expect((fm.kosten as { posten: { bedrag: number }[] }).posten.map((p) => p.bedrag)).toEqual([60000, 1200]);
    expect(fm.bronnen).toEqual([{ id: 'bron-1', titel: 'Verslag van het 3D-lab', organisatie: 'Gemeente Zwolle', datum: '2024-05' }]);
    expect(fm.doorbraken).toEqual([expect.objectContaining({ status: 'ingevoerd', soort: 'mandaat-en-budget', bron: 'bron-1' })]);
    expect((fm.kosten as { posten: { bron: string }[] }).posten.map((p) => p.bron)).toEqual(['bron-1', 'bron-1']);
    expect(fm.trefwoorden).toEqual(['borg', 'huurwoning']);
    expect(fm).not.toHaveProperty('lab');
  });

  it('leaves out empty cost rows and sources', () => {
    const leegBron = { sleutel: 'r1', titel: '', auteurs: '', organisatie: '', datum: '', url: '', deel: '', pagina: '' };
    const invoer = { ...voorbeeldInvoer(), kosten: [{ omschrijving: '', bedrag: '', onbekend: false, per: 'jaar', betaler: '', scenario: 'huidig', bron: '' }], bronnen: [leegBron] };
    const fm = naarFrontmatter(invoer, gemeenten);
    expect(fm).not.toHaveProperty('kosten');
    expect(fm.bronnen).toEqual([]);
  });

  it('reads amounts as a Dutch person writes them', () => {
    expect(bedrag('12.000')).toBe(12000);
    expect(bedrag('€ 1.200,50')).toBe(1200.5);
    expect(bedrag('400')).toBe(400);
    expect(bedrag('12,5')).toBe(12.5);
    expect(bedrag('veel')).toBe('veel');
  });

  it('finds a gemeente by name or id, and keeps a typo as a slug for the suggestion', () => {
    expect(gemeenteId("'s-Gravenhage", gemeenten)).toBe('s-gravenhage');
    expect(gemeenteId('LEEUWARDEN ', gemeenten)).toBe('leeuwarden');
    expect(gemeenteId('Amsterdm', gemeenten)).toBe('amsterdm');
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
    expect(perVeld.domeinen).toBe('Noem minstens één domein');
    expect(perVeld['belemmeringen.1.naam']).toBe('Belemmering 2: geef elke belemmering een eigen korte naam; deze naam komt al eerder voor');
    expect(perVeld['belemmeringen.1.soort']).toBe('Belemmering 2: kies een soort belemmering');
    expect(perVeld['doorbraken.0.lost_op']).toBe('Doorbraak 1: vink aan welke belemmering deze doorbraak oplost');
    expect(perVeld['kosten.0.bedrag']).toBe('Kostenpost 1: schrijf het bedrag als getal in euro, bijvoorbeeld 12000 of 12.000, of vink aan dat de bron het bedrag niet geeft');
    expect(perVeld['gemeenten.1']).toBe('Gemeente 2: onbekende gemeente "amsterdm". Bedoelde je "Amsterdam"?');
    invoer.gemeenten = ['Den Haag'];
    expect(verwerk(invoer, gegevens, MICROMARK_PARSERS).fouten.find((f) => f.veld === 'gemeenten.0')?.bericht).toBe(
      'Gemeente 1: onbekende gemeente "den-haag". Kies een gemeente uit de lijst; typ een deel van de naam.',
    );
    expect(perVeld['privacy.gepseudonimiseerd']).toBe('Vink aan dat je namen en herkenbare details van burgers hebt vervangen');
  });

  it('maps schema paths to form fields', () => {
    expect(veldSleutel(['tags', 3])).toBe('tags');
    expect(veldSleutel(['belemmeringen', 2, 'id'])).toBe('belemmeringen.2.naam');
    expect(veldSleutel(['doorbraken', 0, 'lost_op', 1])).toBe('doorbraken.0.lost_op');
    expect(veldSleutel(['kosten', 'posten', 1, 'per'])).toBe('kosten.1.per');
    expect(veldSleutel(['kosten', 'posten'])).toBe('kosten');
    expect(veldSleutel(['privacy', 'toestemming'])).toBe('privacy.toestemming');
    expect(veldSleutel(['gemeenten'])).toBe('gemeenten.0');
    expect(veldSleutel([])).toBe('tekst');
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
