// The library must work for any valid content: many stories (pagination), stories without
// costs, sources, tags or municipality, and a concept story that must not appear anywhere.
import { existsSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { tijdelijkProject } from '../helpers/project.ts';

const EXTRA = 22;
const GEMEENTEN = [[], ['utrecht'], ['amsterdam', 's-gravenhage']];

function verhaal(i: number, status = 'gepubliceerd'): string {
  const nr = String(i).padStart(2, '0');
  return `---
titel: "Proefverhaal ${nr}"
samenvatting: Een kort proefverhaal zonder kosten en zonder doorbraak.
datum: 2030-01-${nr}
gemeenten: [${GEMEENTEN[i % 3]!.join(', ')}]
domeinen: [zorg]
rapporteurs: [pieter-hilhorst]
belemmeringen:
  - id: proef
    soort: ontbrekend-mandaat
    omschrijving: Niemand mocht beslissen.
privacy:
  gepseudonimiseerd: true
  toestemming: "n.v.t."
status: ${status}
doelgroepen: [ouderen]
bronnen: [{ id: verslag, titel: Verslag van het lab }]
---

Tekst van proefverhaal ${nr}.
`;
}

const project = tijdelijkProject(true);
const dist = join(project.dir, 'dist');
const lees = (pad: string) => readFileSync(join(dist, pad, 'index.html'), 'utf8');
const titels = (html: string): string[] => [...html.matchAll(/<h2><a href="[^"]*">([^<]*)<\/a><\/h2>/g)].map((m) => m[1]!);

// An empty domain must still get a page: take the real stories about onderwijs out of this copy.
const verhalenMap = join(project.dir, 'content/verhalen');
for (const f of readdirSync(verhalenMap)) {
  if (!f.startsWith('_') && /^domeinen:.*\bonderwijs\b/m.test(readFileSync(join(verhalenMap, f), 'utf8'))) rmSync(join(verhalenMap, f));
}

beforeAll(() => {
  for (let i = 1; i <= EXTRA; i++) project.schrijf(`content/verhalen/proefverhaal-${String(i).padStart(2, '0')}.mdx`, verhaal(i));
  project.schrijf(
    'content/verhalen/proefverhaal-01.mdx',
    verhaal(1).replace(
      'privacy:',
      `lab: wijkteams-en-welzijn
uitkomsten:
  - indicator: Uithuisplaatsingen
    voor: 1250
    na: 3
    eenheid: per jaar
    bron: verslag
kosten:
  posten:
    - omschrijving: Begeleiding
      bedrag: 1500
      per: maand
      betaler: Zorgverzekeraar
      scenario: huidig
      bron: verslag
    - omschrijving: Buurtcoach
      bedrag: 250.5
      per: maand
      betaler: Gemeente
      scenario: alternatief
      bron: verslag
privacy:`,
    ),
  );
  project.schrijf('content/verhalen/proef-concept.mdx', verhaal(28, 'concept').replace('Proefverhaal 28', 'Geheim conceptverhaal'));
  const r = project.bouw();
  if (r.status !== 0) throw new Error(`build mislukt:\n${r.uitvoer}`);
}, 180_000);
afterAll(() => project.opruimen());

describe('the library with 22 more stories', () => {
  // Counted in the copy before the test stories are added.
  const bestaand = readdirSync(verhalenMap).filter(
    (f) => f.endsWith('.mdx') && !f.startsWith('_') && /^status: gepubliceerd$/m.test(readFileSync(join(verhalenMap, f), 'utf8')),
  ).length;
  const totaal = bestaand + EXTRA;

  it('paginates 20 per page, newest first, and links the pages', () => {
    const pagina1 = lees('verhalen');
    const alle: string[] = titels(pagina1);
    expect(alle).toHaveLength(20);
    expect(alle.slice(0, 2)).toEqual(['Proefverhaal 22', 'Proefverhaal 21']);
    expect(pagina1).toContain(`Verhaal 1 tot en met 20 van ${totaal}`);
    expect(pagina1).toMatch(/href="[^"]*\/verhalen\/pagina\/2\/"/);
    for (let n = 2; n <= Math.ceil(totaal / 20); n++) alle.push(...titels(lees(`verhalen/pagina/${n}`)));
    expect(alle).toHaveLength(totaal);
    expect(new Set(alle).size).toBe(totaal);
    expect(existsSync(join(dist, `verhalen/pagina/${Math.ceil(totaal / 20) + 1}`))).toBe(false);
    expect(alle.join()).not.toContain('Geheim conceptverhaal');
  });

  it('paginates hubs too, with the same page links', () => {
    const domein = [lees('domeinen/zorg'), lees('domeinen/zorg/pagina/2')];
    const titelsDomein = domein.flatMap(titels);
    for (let i = 1; i <= EXTRA; i++) expect(titelsDomein).toContain(`Proefverhaal ${String(i).padStart(2, '0')}`);
    expect(titels(domein[0]!)).toHaveLength(20);
    expect(domein[0]).toMatch(/href="[^"]*\/domeinen\/zorg\/pagina\/2\/" rel="next"/);
    expect(domein[1]).toContain('<title>Domein: Zorg, pagina 2 | 3D-lab kennisbank</title>');
    // 22 test barriers plus Hakan's of the same type: two pages of barriers.
    const soort2 = lees('belemmeringen/ontbrekend-mandaat/pagina/2');
    expect(soort2).toContain('class="belemmering');
    expect(lees('rapporteurs/pieter-hilhorst/pagina/2')).toContain('Pieter Hilhorst, pagina 2');
  });

  it('renders a story without costs, sources, tags or municipality', () => {
    const html = lees('verhalen/proefverhaal-03');
    expect(html).toContain('Gemeente niet genoemd in de bron');
    expect(html).toContain('Nog zonder oplossing');
    expect(html).not.toContain('Integrale kosten');
    expect(html).toContain('id="bronnen-kop"');
    // Shares the barrier type with the other test stories, so it has related stories.
    expect(html).toMatch(/Vergelijkbare oplossingen[\s\S]*Proefverhaal/);
  });

  it('renders outcomes, monthly costs as yearly totals, and the lab', () => {
    const html = lees('verhalen/proefverhaal-01').replace(/<!--.*?-->/g, '');
    expect(html).toContain('<caption>Uitkomsten voor en na</caption>');
    expect(html).toMatch(/<th scope="row">Uithuisplaatsingen<\/th><td class="bedrag">1\.250<\/td><td class="bedrag">3<\/td>/);
    // 1.500 x 12 = 18.000 now; 250,50 x 12 = 3.006 for the alternative; no one-off row.
    expect(html).toMatch(/<th scope="row">Per jaar<\/th><td class="bedrag">€ 18\.000<\/td><td class="bedrag">€ 3\.006<\/td><td class="bedrag">€ 14\.994 minder<\/td>/);
    expect(html).not.toContain('<th scope="row">Eenmalig</th>');
    expect(html).toContain('€ 250,50');
    expect(lees('labs/wijkteams-en-welzijn')).toContain('Proefverhaal 01');
  });

  it('makes hubs for municipalities with stories only, and for their provinces', () => {
    expect(lees('gemeenten/utrecht')).toContain('Proefverhaal 01');
    expect(lees('gemeenten/s-gravenhage')).toContain('Proefverhaal 02');
    expect(existsSync(join(dist, 'gemeenten/zwolle'))).toBe(false);
    expect(lees('provincies/zuid-holland')).toContain('Proefverhaal 02');
    // Zeeland has no story in the real content nor in the test stories.
    expect(lees('provincies/zeeland')).toContain('Nog geen verhalen uit deze provincie.');
    const soort = lees('belemmeringen/ontbrekend-mandaat');
    expect(soort).toContain('Proefverhaal 22');
    expect(soort).not.toContain('Geheim conceptverhaal');
    expect(lees('domeinen/onderwijs')).toContain('Nog geen verhalen in dit domein.');
  });
});
