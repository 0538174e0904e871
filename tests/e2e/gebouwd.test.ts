// The built fixture site read as files, without a browser: the library works for any valid
// content (many stories, so pagination; stories without costs, tags, municipality or breakthrough),
// a concept story appears nowhere, and story Markdown is rendered safely.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PER_PAGINA } from '../../src/lib/bibliotheek.ts';
import { fixtureDir, leesFixture, pagina } from './fixture.ts';

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
    ['rapporteur pieter-hilhorst', 'rapporteurs/pieter-hilhorst', 'Pieter Hilhorst', (v: (typeof fx.verhalen)[number]) => v.data.rapporteurs.includes('pieter-hilhorst')],
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
    expect(html).toContain('<caption>Uitkomsten voor en na</caption>');
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
