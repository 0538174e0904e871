// Text components on the fixture site: a story whose text uses every component is compiled by
// @astrojs/mdx (it is among Astro's MDX content modules, the others are not), its page shows each
// component as accessible HTML without JavaScript, prints it, Pagefind finds its words, and a GFM
// table in the same MDX text is a table. Expected values come from the fixture file itself.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { alleZoektitels, axe, nieuwePagina, startBrowser, url } from './browser.ts';
import { fixtureDir, leesFixture, onderdelen, pagina } from './fixture.ts';

const fx = leesFixture();
const ID = 'leeuwarden-frontlijnteam';
const verhaal = fx.verhalen.find((v) => v.id === ID)!;
const delen = onderdelen(verhaal.tekst);
const een = (naam: string) => delen.find((d) => d.naam === naam)!;
/** The number the page gives a source: its place in the story's list of sources. */
const nummer = (bron: string) => (verhaal.data.bronnen as { id: string }[]).findIndex((b) => b.id === bron) + 1;
/** Text as a reader sees it: Markdown emphasis gone, typographic quotes (the renderer's) straight, whitespace folded. */
const gelezen = (tekst: string) => tekst.replaceAll('**', '').replace(/[“”]/g, '"').replace(/\s+/g, ' ').trim();

let browser: Browser;
let page: Page;
beforeAll(async () => {
  browser = await startBrowser();
  page = (await nieuwePagina(browser)).page;
  await page.goto(url(`verhalen/${ID}/`));
});
afterAll(async () => browser?.close());

describe('tekstonderdelen op de testsite', () => {
  it('the fixture uses every component', () => {
    expect(new Set(delen.map((d) => d.naam))).toEqual(new Set(['Citaat', 'Kerngetal', 'Tijdlijn', 'Moment', 'Kader']));
  });

  it('are compiled by @astrojs/mdx for exactly the texts that use them', () => {
    const modules = readFileSync(join(fixtureDir(), '.astro/content-modules.mjs'), 'utf8');
    const inModules = [...modules.matchAll(/\["(content\/[^"]+\.mdx)"/g)].map((m) => m[1]).sort();
    const metOnderdelen = [...fx.verhalen.map((v) => ({ ...v, map: 'verhalen' })), ...fx.labs.map((l) => ({ ...l, map: 'labs' }))]
      .filter((b) => onderdelen(b.tekst).length > 0)
      .map((b) => `content/${b.map}/${b.id}.mdx`)
      .sort();
    expect(inModules).toEqual(metOnderdelen);
    expect(inModules).toContain(`content/verhalen/${ID}.mdx`);
  });

  it('Citaat: a quotation in a figure, with who said it and the numbered source', async () => {
    const c = een('Citaat');
    const figuur = page.locator('article figure.citaat');
    expect(await figuur.count()).toBe(1);
    expect(gelezen(await figuur.locator('blockquote').innerText())).toBe(gelezen(c.inhoud));
    expect(await figuur.locator('blockquote strong').count()).toBe(1); // Markdown inside still renders
    expect(gelezen(await figuur.locator('figcaption').innerText())).toBe(`${c.attributen.wie}, ${c.attributen.rol} bron [${nummer(c.attributen.bron!)}]`);
    expect(await figuur.locator('figcaption a').getAttribute('href')).toBe(`#bron-${c.attributen.bron}`);
  });

  it('Kerngetal: the value as written, what it counts, and the numbered source', async () => {
    const k = een('Kerngetal');
    const figuur = page.locator('article figure.kerngetal');
    const waarde = figuur.locator('p').first();
    expect(await waarde.innerText()).toBe(k.attributen.waarde);
    // The components' stylesheet (src/styles/verhaaltekst.css) reaches the page: the value stands out.
    expect(await waarde.evaluate((el) => getComputedStyle(el).fontWeight)).toBe('700');
    expect(gelezen(await figuur.locator('figcaption').innerText())).toBe(`${k.attributen.label} bron [${nummer(k.attributen.bron!)}]`);
    expect(await figuur.locator('figcaption a').getAttribute('href')).toBe(`#bron-${k.attributen.bron}`);
  });

  it('Tijdlijn: an ordered list under its caption, each Moment with its date (machine-readable when in figures)', async () => {
    const t = een('Tijdlijn');
    const momenten = delen.filter((d) => d.naam === 'Moment');
    const figuur = page.locator('article figure.tijdlijn');
    expect(await figuur.locator('figcaption').innerText()).toBe(t.attributen.titel);
    const items = figuur.locator('ol > li');
    expect(await items.count()).toBe(momenten.length);
    for (const [i, m] of momenten.entries()) {
      const datum = m.attributen.datum!;
      const li = items.nth(i);
      expect(await li.innerText()).toContain(gelezen(m.inhoud));
      if (/^\d/.test(datum)) expect(await li.locator('time').getAttribute('datetime')).toBe(datum);
      else expect(await li.locator('strong').first().innerText()).toBe(datum);
    }
    // The Dutch date of the second moment (2011-03) is written out.
    expect(await items.nth(1).locator('time').innerText()).toBe('maart 2011');
  });

  it('Kader: an aside with its title and Markdown text', async () => {
    const k = een('Kader');
    const kader = page.locator('article aside.kader');
    expect(await kader.locator('p').first().innerText()).toBe(k.attributen.titel);
    expect(gelezen(await kader.innerText())).toBe(`${k.attributen.titel} ${gelezen(k.inhoud)}`);
  });

  it('a GFM table in the same MDX text is a table', async () => {
    expect(await page.locator('article table th').allTextContents()).toEqual(['Principe', 'Wat het betekent']);
  });

  it('have no axe violations, need no JavaScript, and print', async () => {
    expect(await axe(page)).toEqual([]);
    expect(pagina(`verhalen/${ID}`)).not.toMatch(/<script/i);
    await page.emulateMedia({ media: 'print' });
    for (const sel of ['figure.citaat', 'figure.kerngetal', 'figure.tijdlijn', 'aside.kader']) {
      expect(await page.locator(`article ${sel}`).isVisible(), sel).toBe(true);
    }
    await page.emulateMedia({ media: 'screen' });
  });

  it.each([
    ['Tijdlijn', 'keukentafelronde'],
    ['Kader', 'klokkenluidersregeling'],
  ])('words in a %s are found by search', async (_, woord) => {
    expect(verhaal.tekst).toContain(woord);
    const { page: zoekpagina } = await nieuwePagina(browser);
    await zoekpagina.goto(url(`zoeken/?q=${woord}`));
    await expect.poll(() => zoekpagina.locator('[data-aantal]').innerText(), { timeout: 15_000 }).toContain(woord);
    expect(await alleZoektitels(zoekpagina)).toEqual([verhaal.data.titel]);
  });
});
