// The built fixture site read as files, without a browser: the library works for any valid
// content (many stories, so pagination; stories without costs, tags, municipality or breakthrough),
// a concept story appears nowhere, and story Markdown is rendered safely.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { PER_PAGINA } from '../../src/lib/bibliotheek.ts';
import { fixtureDir, leesFixture, pagina, rapporteursVan } from './fixture.ts';
import { ALLE_VELDEN } from './fixtures/alle-velden.ts';

const fx = leesFixture();
/** Titles of the story cards on a list page (h2 on the list of all stories, h3 on hubs). */
const titelsOp = (html: string): string[] => [...html.matchAll(/<(h[23])><a href="[^"]*\/verhalen\/[^"]*">([^<]*)<\/a><\/\1>/g)].map((m) => m[2]!);
/** Titles over all pages of a list: page 1 at `pad`, the next ones at `pad/pagina/n`. */
function alleTitels(pad: string): { paginas: string[]; titels: string[] } {
  const paginas = [pagina(pad)];
  for (let n = 2; existsSync(join(fixtureDir(), 'dist', pad, 'pagina', String(n))); n++) paginas.push(pagina(`${pad}/pagina/${n}`));
  return { paginas, titels: paginas.flatMap(titelsOp) };
}
const aantalPaginas = (n: number) => Math.ceil(n / PER_PAGINA);

describe('lists of the fixture site', () => {
  it('paginate the stories, newest first, and link the pages', () => {
    const verwacht = fx.verhalen.map((v) => v.data.titel);
    expect(verwacht.length, 'the fixture needs more stories than fit on one page').toBeGreaterThan(PER_PAGINA);
    const { paginas, titels } = alleTitels('verhalen');
    expect(titelsOp(paginas[0]!)).toEqual(verwacht.slice(0, PER_PAGINA));
    expect(paginas[0]).toContain(`Verhaal 1 tot en met ${PER_PAGINA} van ${verwacht.length}`);
    expect(paginas[0]).toMatch(/href="[^"]*\/verhalen\/pagina\/2\/" rel="next"/);
    expect(paginas).toHaveLength(aantalPaginas(verwacht.length));
    expect(titels).toEqual(verwacht);
  });

  it.each([
    ['domein zorg', 'domeinen/zorg', 'Domein: Zorg', (v: (typeof fx.verhalen)[number]) => v.data.domeinen?.includes('zorg')],
    ['rapporteur pieter-hilhorst', 'rapporteurs/pieter-hilhorst', 'Pieter Hilhorst', (v: (typeof fx.verhalen)[number]) => rapporteursVan(v.data, fx.rapporteurs).some((r) => r.id === 'pieter-hilhorst')],
  ])('paginate the hub of %s the same way', (_, pad, kop, hoort) => {
    const verwacht = fx.verhalen.filter(hoort).map((v) => v.data.titel);
    expect(verwacht.length).toBeGreaterThan(PER_PAGINA);
    const { paginas, titels } = alleTitels(pad);
    expect(paginas).toHaveLength(aantalPaginas(verwacht.length));
    expect(titels).toEqual(verwacht);
    expect(paginas[0]).toMatch(new RegExp(`href="[^"]*/${pad}/pagina/2/" rel="next"`));
    expect(paginas[1]).toContain(`<title>${kop}, pagina 2 | 3D-lab kennisbank</title>`);
  });

  it('paginate the barriers of one kind', () => {
    const aantal = fx.verhalen.flatMap((v) => v.data.belemmeringen ?? []).filter((b) => b.soort === 'ontbrekend-mandaat').length;
    expect(aantal).toBeGreaterThan(PER_PAGINA);
    const paginas = alleTitels('belemmeringen/ontbrekend-mandaat').paginas;
    expect(paginas).toHaveLength(aantalPaginas(aantal));
    expect(paginas.reduce((n, html) => n + (html.match(/<li class="belemmering/g) ?? []).length, 0)).toBe(aantal);
  });

  it('make hubs for municipalities with stories only, and for every province', () => {
    const metVerhalen = new Set(fx.verhalen.flatMap((v) => v.data.gemeenten ?? []));
    for (const g of fx.gemeenten) {
      expect(existsSync(join(fixtureDir(), 'dist/gemeenten', g.id)), g.id).toBe(metVerhalen.has(g.id));
      if (!metVerhalen.has(g.id)) continue;
      const titels = alleTitels(`gemeenten/${g.id}`).titels;
      expect(titels).toEqual(fx.verhalen.filter((v) => v.data.gemeenten?.includes(g.id)).map((v) => v.data.titel));
    }
    expect(pagina('provincies/fryslan')).toContain('Leeuwarden: het frontlijnteam in de wijk');
    // Goes is the fixture's only municipality in Zeeland, and has no story.
    expect(pagina('provincies/zeeland')).toContain('Nog geen verhalen uit deze provincie.');
    expect(pagina('domeinen/onderwijs')).toContain('Nog geen verhalen in dit domein.');
  });
});

describe('story pages of the fixture site', () => {
  it('render a story without costs, tags, municipality or breakthrough', () => {
    const html = pagina('verhalen/reeks-03');
    expect(html).toContain('Gemeente niet genoemd in de bron');
    expect(html).toContain('Nog zonder oplossing');
    expect(html).not.toContain('Integrale kosten');
    expect(html).toContain('id="bronnen-kop"'); // sources are required now
    // Shares the barrier kind with the other stories of the series, so it has related stories.
    expect(html).toMatch(/Vergelijkbare oplossingen[\s\S]*Reeksverhaal/);
  });

  it('render outcomes, monthly costs as yearly totals, and the lab', () => {
    const html = pagina('verhalen/uitkomsten-en-maandkosten').replace(/<!--.*?-->/g, '');
    expect(html).toMatch(/<caption[^>]*>Uitkomsten voor en na<\/caption>/);
    expect(html).toMatch(/<th scope="row">Uithuisplaatsingen<\/th><td class="bedrag" data-kop="Voor">1\.250<\/td><td class="bedrag" data-kop="Na">3<\/td>/);
    // 1.500 x 12 = 18.000 now; 250,50 x 12 = 3.006 for the alternative; no one-off row.
    // Each amount carries its column's name, shown before it when the table stacks on a phone.
    expect(html).toMatch(/<th scope="row">Per jaar<\/th><td class="bedrag" data-kop="Huidige situatie">€ 18\.000<\/td><td class="bedrag" data-kop="Alternatief">€ 3\.006<\/td><td class="bedrag" data-kop="Alternatief kost">€ 14\.994 minder<\/td>/);
    expect(html).not.toContain('<th scope="row">Eenmalig</th>');
    expect(html).toContain('€ 250,50');
    expect(pagina('labs/wijkteams-en-welzijn')).toContain('Buurtcoaches in Eindhoven: minder uithuisplaatsingen');
  });

  it('mark external links in Markdown with rel="noopener noreferrer", internal ones not', () => {
    const html = pagina('verhalen/uitkomsten-en-maandkosten');
    expect(html).toContain('<a href="https://www.example.org/rapport" rel="noopener noreferrer">het rapport</a>');
    expect(html).toContain('<a href="/verhalen/">de verhalen</a>');
  });

  it('render code blocks without the inline styles of syntax highlighting, which the CSP would block', () => {
    const html = pagina('verhalen/uitkomsten-en-maandkosten');
    expect(html).toContain('<pre><code class="language-js">const a = 1;');
    expect(html).not.toMatch(/\sstyle=/);
  });
});

describe('a new rapporteur named in the story itself', () => {
  // eindhoven-geld-per-probleem names Sanne Verhoeven (Wijkteam Woensel), who is not in rapporteurs.yaml.
  const verhaal = fx.verhalen.find((v) => v.id === 'eindhoven-geld-per-probleem')!;

  it('is shown on the story page, linked to her own page, like a listed rapporteur', () => {
    expect(verhaal.data.rapporteurs).toEqual([{ naam: 'Sanne Verhoeven', organisatie: 'Wijkteam Woensel' }]);
    expect(fx.rapporteurs.map((r) => r.naam)).not.toContain('Sanne Verhoeven');
    expect(pagina('verhalen/eindhoven-geld-per-probleem')).toMatch(/<dt>Rapporteur<\/dt>\s*<dd><a href="[^"]*\/rapporteurs\/sanne-verhoeven\/">Sanne Verhoeven<\/a> \(Wijkteam Woensel\)<\/dd>/);
  });

  it('has a page with her organisation and stories, and is on the list of rapporteurs', () => {
    const html = pagina('rapporteurs/sanne-verhoeven');
    expect(html).toContain('<h1>Sanne Verhoeven</h1>');
    expect(html).toContain('<p class="inleiding">Wijkteam Woensel</p>');
    expect(titelsOp(html)).toEqual([verhaal.data.titel]);
    expect(pagina('rapporteurs')).toMatch(/<a href="[^"]*\/rapporteurs\/sanne-verhoeven\/">Sanne Verhoeven<\/a> <span class="meta">\(1 verhaal\)<\/span>/);
  });

  it('is in the open data with an id and her name', () => {
    const dist = join(fixtureDir(), 'dist/data');
    const json = JSON.parse(readFileSync(join(dist, 'verhalen.json'), 'utf8')) as { verhalen: { id: string; rapporteurs: string[]; rapporteurs_naam: string[] }[] };
    const record = json.verhalen.find((v) => v.id === verhaal.id)!;
    expect([record.rapporteurs, record.rapporteurs_naam]).toEqual([['sanne-verhoeven'], ['Sanne Verhoeven']]);
    const rij = (parse(readFileSync(join(dist, 'verhalen.csv'), 'utf8'), { bom: true, columns: true }) as Record<string, string>[]).find((r) => r.id === verhaal.id)!;
    expect([rij.rapporteurs, rij.rapporteurs_naam]).toEqual(['sanne-verhoeven', 'Sanne Verhoeven']);
  });
});

describe('every field the form asks for', () => {
  /**
   * Where each field of tests/e2e/fixtures/alle-velden.ts shows on the page of the story the form made of it,
   * written by hand (row numbers left out: "kosten[].bedrag"). A new field of the form fails the first test
   * until it is shown somewhere and listed here.
   */
  const OP_DE_PAGINA: Record<string, string> = {
    titel: 'Alle velden uit het formulier: een kas voor kleine noden',
    samenvatting: 'Een buurtteam betaalt kleine noden uit een eigen kas, zodat een kapotte ketel geen schuld wordt.',
    datum: 'Datum april 2013',
    'gemeenten[]': 'Gemeente Leeuwarden',
    wijk: 'Wijk Vossepark',
    lab: 'Lab Lab schulden als testcase',
    'domeinen[]': 'Domeinen Inkomen',
    'doelgroepen[]': 'Doelgroep Ouderen',
    'tags[]': 'Tags #preventief',
    'beloften[]': 'Beloften 8. Preventie',
    'rapporteurs[]': 'Rapporteurs Jos van der Lans',
    'nieuweRapporteurs[].naam': ', Lotte Visser',
    'nieuweRapporteurs[].organisatie': 'Lotte Visser (Buurtteam Vossepark)',
    'belemmeringen[].naam': 'geen potje voor kleine noden',
    'belemmeringen[].soort': 'Soort belemmering: Verkokerde financiering en perverse prikkels',
    'belemmeringen[].omschrijving': 'Een nieuwe ketel van 1.450 euro past in geen enkel budget van het buurtteam.',
    // Under the barrier it solves.
    'doorbraken[].lostOp[]': 'geen potje voor kleine noden Een nieuwe ketel van 1.450 euro past in geen enkel budget van het buurtteam. Doorbroken Effect gemeten Het buurtteam betaalt',
    'doorbraken[].omschrijving': 'Effect gemeten Het buurtteam betaalt kleine noden uit een eigen kas. bron [1]',
    'doorbraken[].door': 'Door: Coördinator van het buurtteam',
    'doorbraken[].status': 'Effect gemeten Het buurtteam',
    'doorbraken[].soort': 'Soort doorbraak: Ontschotte financiering',
    'doorbraken[].bron': 'uit een eigen kas. bron [1]',
    'doorbraken[].effect': 'Gemeten effect: Een derde minder aanvragen voor bijzondere bijstand.',
    'doorbraken[].datum': 'Wanneer: september 2012',
    'doorbraken[].plaats': 'Waar: Vossepark en Bilgaard',
    'kosten[].omschrijving': 'Ketel via de bijzondere bijstand',
    'kosten[].bedrag': 'Sociale dienst € 1.450 eenmalig',
    'kosten[].onbekend': 'Ketel uit de kas van het buurtteam Buurtteam onbekend eenmalig',
    'kosten[].per': '€ 1.450 eenmalig bron [1]',
    'kosten[].betaler': 'Ketel via de bijzondere bijstand Sociale dienst',
    'kosten[].scenario': 'Huidige situatie Ketel via de bijzondere bijstand',
    'kosten[].bron': 'eenmalig bron [1] Alternatief',
    kostenToelichting: 'Integrale kosten De evaluatie noemt het bedrag van de kas niet.',
    'uitkomsten[].indicator': 'Aanvragen bijzondere bijstand 42 28 per kwartaal bron [1]',
    'uitkomsten[].voor': 'bijstand 42',
    'uitkomsten[].na': '42 28',
    'uitkomsten[].eenheid': '28 per kwartaal',
    'uitkomsten[].bron': 'per kwartaal bron [1]',
    'contact.organisatie': 'Wie kun je vragen? Buurtteam Vossepark',
    'contact.url': '<a href="https://example.org/buurtteam-vossepark">example.org</a>',
    'contact.telefoon': 'telefoon 14 058 bron [1]',
    'contact.bron': '14 058 bron [1] Zo noemt de bron het',
    gepseudonimiseerd: 'Privacy Namen en herkenbare details van burgers zijn vervangen.',
    toestemming: 'De betrokkenen gaven toestemming voor publicatie.',
    'bronnen[].titel': 'Evaluatie van de kas voor kleine noden',
    'bronnen[].auteurs': 'A. Jansen en B. de Wit, Evaluatie',
    'bronnen[].organisatie': '(Buurtteam Vossepark, maart 2013)',
    'bronnen[].datum': 'maart 2013',
    'bronnen[].url': '<a href="https://example.org/evaluatie-kas">Evaluatie van de kas voor kleine noden</a>',
    'bronnen[].deel': 'Hoofdstuk 2,',
    'bronnen[].pagina': 'p. 14–15',
    'bronnen[].dia': 'dia 3.',
    'bronnen[].geciteerdIn': 'Geciteerd in: Jaarverslag sociaal domein 2013.',
    // Synonyms for search, not shown on the page (tests/e2e/zoeken-woorden.test.ts): in the search index's metadata.
    trefwoorden: '<span data-pagefind-meta="trefwoorden[data-waarde]" data-waarde="noodfonds, cv-ketel"></span>',
    tekst: 'Wat er gebeurde Een oudere bewoner kon zijn kapotte ketel niet betalen. Wat hielp Het buurtteam betaalde de ketel uit de kas.',
  };
  /** Keys of rows, not fields: they link rows and are not shown. */
  const GEEN_VELD = new Set(['belemmeringen[].sleutel', 'bronnen[].sleutel']);

  const html = pagina('verhalen/alle-velden-uit-het-formulier');
  // The visible text of the article, without Pagefind's hidden metadata (which repeats place and keywords).
  const artikel = html.slice(html.indexOf('<article'), html.indexOf('</article>')).replace(/<div hidden class="zoekmetadata">[\s\S]*?<\/div>/, '');
  const tekst = artikel
    .replace(/<[^>]+>/g, ' ')
    .replace(/&#39;/g, "'").replace(/&quot;/g, '"').replace(/&amp;/g, '&')
    .replace(/\s+/g, ' ')
    .replace(/ ([,.)])/g, '$1');

  it('lists where every field of the sample shows', () => {
    const velden = new Set<string>();
    const loop = (x: unknown, pad: string) => {
      if (Array.isArray(x)) return x.length && typeof x[0] !== 'object' ? velden.add(`${pad}[]`) : x.forEach((y) => loop(y, `${pad}[]`));
      if (x && typeof x === 'object') return Object.entries(x).forEach(([k, v]) => loop(v, pad ? `${pad}.${k}` : k));
      velden.add(pad);
    };
    loop(ALLE_VELDEN, '');
    expect([...velden].filter((v) => !GEEN_VELD.has(v) && !(v in OP_DE_PAGINA))).toEqual([]);
  });

  it.each(Object.entries(OP_DE_PAGINA))('shows %s on the story page', (_, verwacht) => {
    if (verwacht.startsWith('<')) expect(html).toContain(verwacht);
    else expect(tekst).toContain(verwacht);
  });

  it('shows no yearly total for a story with only one-off costs (no "Per jaar: € 0 · € 0 · gelijk")', () => {
    const totalen = html.slice(html.indexOf('<caption>Totalen'), html.indexOf('</table>', html.indexOf('<caption>Totalen')));
    expect(totalen).toContain('<th scope="row">Eenmalig</th>');
    expect(totalen).not.toContain('Per jaar');
    expect(totalen).not.toContain('Eerste jaar');
  });
});

describe('a concept story', () => {
  const concept = fx.concepten.find((v) => v.id === 'nog-niet-openbaar')!;

  it('appears in no built file: pages, feed, sitemap, open data', () => {
    expect(concept.data.status).toBe('concept');
    const dist = join(fixtureDir(), 'dist');
    const bestanden = readdirSync(dist, { recursive: true, encoding: 'utf8' }).filter((f) => /\.(html|xml|json|csv|txt)$/.test(f));
    expect(bestanden.filter((f) => f.endsWith('.html')).length).toBeGreaterThan(3);
    expect(existsSync(join(dist, 'verhalen', concept.id))).toBe(false);
    for (const f of bestanden) {
      const tekst = readFileSync(join(dist, f), 'utf8');
      expect(tekst, f).not.toContain(concept.id);
      expect(tekst, f).not.toContain('Zwanenburg');
    }
  });

  it("is in the content data the datalaag integration put in a file (Astro's module had the shape it expects), and the pages came from it", () => {
    const map = join(fixtureDir(), '.cache/astro/datalaag');
    const bestanden = readdirSync(map);
    expect(bestanden).toHaveLength(1);
    const store = readFileSync(join(map, bestanden[0]!), 'utf8');
    expect(store).toContain('uitkomsten-en-maandkosten');
    expect(store).toContain(concept.id); // the store holds concepts too; the pages leave them out
  });
});

describe('spaces around links and emphasis', () => {
  // Astro 7's default whitespace rule ('jsx') glued a line of text to a link or <strong> on the next
  // source line ("telt alsdoorbroken"); astro.config.mjs sets HTML-aware compression instead.
  const zichtbareTekst = (pad: string) => pagina(pad).replace(/<[^>]+>/g, '').replace(/\s+/g, ' ');
  it.each([
    ['beloften', 'telt als doorbroken als'],
    ['doorbraken', 'Zie ook de belemmeringenkaart'],
    ['belemmeringen', 'zie de uitleg bij de statussen'],
    ['verantwoording', 'mail de redactie op redactie@'],
    ['bijdragen', 'staat in content/verhalen/_sjabloon.mdx'],
    ['verhalen', 'nieuwste eerst. Zoek je iets specifieks?'],
  ])('/%s/ reads "%s"', (pad, zin) => {
    expect(zichtbareTekst(pad)).toContain(zin);
  });
});
