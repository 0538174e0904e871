// Search that finds what professionals type (issue 18), on the fixture site: word forms, words in no
// story, places by every name, words spread over stories, readable excerpts, Back, and results before
// facet counts. The zoek-*.mdx stories in tests/e2e/fixtures/content/verhalen say what each exercises.
// Expected titles come from the fixture files (./fixture.ts), never from the site's code.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { alleZoektitels, axe, nieuwePagina, startBrowser, url } from './browser.ts';
import { leesFixture, type Bestand } from './fixture.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await startBrowser();
});
afterAll(async () => browser?.close());

const fx = leesFixture();
const alles: Bestand[] = [...fx.verhalen, ...fx.labs];
const titel = (id: string) => fx.verhalen.find((v) => v.id === id)!.data.titel;
/** Published stories and labs whose own text (not trefwoorden) has a word matching `woord`. */
const metTekst = (woord: RegExp) => alles.filter((b) => woord.test(b.tekst)).map((b) => b.data.titel).sort();
/** What a story's page shows or searches besides its text: title, samenvatting, trefwoorden, barriers and breakthroughs. */
const doorzoekbaar = (b: Bestand) =>
  [b.tekst, b.data.titel, b.data.samenvatting, ...(b.data.trefwoorden ?? []), ...(b.data.belemmeringen ?? []).map((x) => x.omschrijving), ...(b.data.doorbraken ?? []).map((d) => d.omschrijving)].join(' ');
/** Published stories and labs with a word matching `woord` in any of that. */
const opPagina = (woord: RegExp) => alles.filter((b) => woord.test(doorzoekbaar(b))).map((b) => b.data.titel).sort();
const provincieVan = new Map(fx.gemeenten.map((g) => [g.id, g.provincie]));
const inProvincie = (provincie: string) => alles.filter((b) => b.data.gemeenten?.some((g) => provincieVan.get(g) === provincie)).map((b) => b.data.titel).sort();
const inGemeente = (gemeente: string) => alles.filter((b) => b.data.gemeenten?.includes(gemeente)).map((b) => b.data.titel).sort();

const vraag = <T>(fn: () => T | Promise<T>) => expect.poll(fn, { timeout: 15_000, interval: 100 });
const statusTekst = (page: Page) => page.locator('[data-aantal]').innerText();
const uitleg = (page: Page) => page.locator('[data-uitleg]').innerText();

/** Opens a search by its URL and waits for its answer; returns every result title, sorted. */
async function zoek(page: Page, q: string): Promise<string[]> {
  await page.goto(url(`zoeken/?q=${encodeURIComponent(q)}`));
  await vraag(() => statusTekst(page)).toContain(`"${q}"`);
  return (await alleZoektitels(page)).sort();
}

describe('woordvormen en woorden die nergens staan', () => {
  it('finds the stories that say "dakloze" for "dakloze", "daklozen" and "dakloos", which no story says', async () => {
    const { page, fouten } = await nieuwePagina(browser);
    const verwacht = metTekst(/\bdakloze\b/i);
    expect(verwacht).toEqual([titel('zoek-dakloze-jongeren'), titel('zoek-den-haag')].sort());
    expect(metTekst(/daklozen|dakloos/i)).toEqual([]);
    for (const woord of ['dakloze', 'daklozen', 'dakloos']) {
      expect(await zoek(page, woord), woord).toEqual(verwacht);
      // Found as the word's own results: no wider search, nothing to explain.
      expect(await statusTekst(page)).toBe(`${verwacht.length} resultaten voor "${woord}".`);
      expect(await uitleg(page), woord).toBe('');
    }
    expect(fouten).toEqual([]);
  });

  it('never shows everything for a word in no story, though Pagefind falls back to "een"', async () => {
    const { page, fouten } = await nieuwePagina(browser);
    expect(alles.filter((b) => /eenzaam/i.test(b.tekst + JSON.stringify(b.data)))).toEqual([]);
    expect(alles.filter((b) => /\been\b/i.test(b.tekst)).length).toBeGreaterThan(5);
    expect(await zoek(page, 'eenzaamheid')).toEqual([]);
    expect(await statusTekst(page)).toBe('Geen resultaten voor "eenzaamheid".');
    expect(await uitleg(page)).toContain('Geen verhaal bevat "eenzaamheid".');
    // Nor when it stands next to a word that is found: then the stories with that word are a wider search, labelled.
    const metWijkteam = await zoek(page, 'wijkteam');
    expect(await zoek(page, 'eenzaamheid wijkteam')).toEqual(metWijkteam);
    expect(await statusTekst(page)).toBe(`Geen resultaten voor "eenzaamheid wijkteam". Breder gezocht: ${metWijkteam.length} resultaten.`);
    expect(await uitleg(page)).toContain('Geen verhaal bevat "eenzaamheid".');
    expect(await uitleg(page)).toContain('verhalen met een deel van de woorden ("wijkteam")');
    expect(fouten).toEqual([]);
  });

  it('says that no story has the typo "wijktem" instead of passing off Pagefind\'s fallback to "wijk" as results, and offers "wijkteam"', async () => {
    const { page, fouten } = await nieuwePagina(browser);
    // Pagefind's fallback for "wijktem" is "wijk", a word of these stories; none has "wijktem".
    expect(metTekst(/\bwijk\b/i).length).toBeGreaterThan(0);
    expect(metTekst(/wijktem/i)).toEqual([]);
    expect(metTekst(/\bwijkteam\b/i).length).toBeGreaterThan(0);
    const gevonden = await zoek(page, 'wijktem');
    expect(await statusTekst(page)).toBe(`Geen resultaten voor "wijktem". Breder gezocht: ${gevonden.length} resultaten.`);
    expect(await uitleg(page)).toContain('Geen verhaal bevat "wijktem".');
    expect(await uitleg(page)).toContain('Breder gezocht: woorden die beginnen met "wijkte".');
    // As labelled: the stories with such a word where the page shows it or its trefwoorden, not every
    // story with "wijk" or "wijkmanager", where Pagefind's stem of "wijkte" would lead.
    const metWijkte = opPagina(/\bwijkte\p{L}*/iu);
    expect(metWijkte.length).toBeGreaterThan(0);
    expect(metTekst(/\bwijk(?!te)\p{L}*/iu).filter((t) => !metWijkte.includes(t)).length).toBeGreaterThan(0);
    expect(gevonden).toEqual(metWijkte);
    await vraag(() => page.locator('[data-uitleg]').getByRole('link', { name: 'wijkteam', exact: true }).count()).toBe(1);
    expect(fouten).toEqual([]);
  });

  it('finds a story that only says "mantelzorgers", and for a typo offers that word and a search on the start of it', async () => {
    const { page, fouten } = await nieuwePagina(browser);
    expect(await zoek(page, 'mantelzorg')).toEqual([titel('zoek-mantelzorger')]);
    expect(await zoek(page, 'mantelzrog')).toEqual([titel('zoek-mantelzorger')]);
    expect(await statusTekst(page)).toBe('Geen resultaten voor "mantelzrog". Breder gezocht: 1 resultaat.');
    expect(await uitleg(page)).toContain('Breder gezocht: woorden die beginnen met "mantelz".');
    const suggestie = page.locator('[data-uitleg]').getByRole('link', { name: 'mantelzorgers' });
    await suggestie.click();
    await vraag(() => statusTekst(page)).toBe('1 resultaat voor "mantelzorgers".');
    expect(await page.getByRole('searchbox', { name: 'Zoekwoorden' }).inputValue()).toBe('mantelzorgers');
    expect(await page.evaluate(() => location.search)).toBe('?q=mantelzorgers');
    expect(fouten).toEqual([]);
  });
});

describe('plaatsen', () => {
  it.each(['Fryslân', 'Fryslan', 'Friesland', 'fryslân'])('"%s" finds the stories and labs in the province Fryslân', async (q) => {
    const { page, fouten } = await nieuwePagina(browser);
    const verwacht = inProvincie('Fryslân');
    expect(verwacht.length).toBeGreaterThan(0);
    expect(await zoek(page, q)).toEqual(verwacht);
    expect(await uitleg(page)).toContain('de provincie Fryslân');
    expect(fouten).toEqual([]);
  });

  it.each(["'s-Gravenhage", 's-Gravenhage', 'Den Haag', 'den haag'])('"%s" finds exactly the stories that play in \'s-Gravenhage', async (q) => {
    const { page, fouten } = await nieuwePagina(browser);
    const verwacht = inGemeente('s-gravenhage');
    expect(verwacht).toEqual([titel('zoek-den-haag')]);
    const gevonden = await zoek(page, q);
    expect(gevonden).toEqual(verwacht);
    // Not the Eindhoven story that says "Denk aan de Haagse aanpak".
    expect(gevonden).not.toContain(titel('zoek-denk-aan'));
    expect(await uitleg(page)).toContain("de gemeente 's-Gravenhage");
    expect(fouten).toEqual([]);
  });

  it('combines a place with words: "wachtlijsten Eindhoven" and "wachtlijsten Den Haag"', async () => {
    const { page, fouten } = await nieuwePagina(browser);
    expect(await zoek(page, 'wachtlijsten Eindhoven')).toEqual([titel('zoek-denk-aan')]);
    expect(await zoek(page, 'wachtlijsten Den Haag')).toEqual([]);
    // Nothing there, but the words are found elsewhere: offered as a search without the place.
    const aanbod = page.locator('[data-uitleg]').getByRole('link', { name: /1 resultaat voor "wachtlijsten"/ });
    await aanbod.click();
    await vraag(() => statusTekst(page)).toBe('1 resultaat voor "wachtlijsten".');
    expect(fouten).toEqual([]);
  });
});

describe('woorden in verschillende verhalen', () => {
  it('finds "huisvesting na scheiding" with a wider search on some of the words, labelled, each result saying which', async () => {
    const { page, fouten } = await nieuwePagina(browser);
    const gevonden = await zoek(page, 'huisvesting na scheiding');
    // No story has both words; each has one.
    expect(metTekst(/huisvesting/i).filter((t) => metTekst(/scheiding/i).includes(t))).toEqual([]);
    expect(gevonden).toEqual(expect.arrayContaining([titel('zoek-den-haag'), titel('zoek-scheiding')]));
    expect(await statusTekst(page)).toBe(`Geen resultaten voor "huisvesting na scheiding". Breder gezocht: ${gevonden.length} resultaten.`);
    expect(await uitleg(page)).toContain('Geen verhaal heeft alle woorden. Breder gezocht: verhalen met een deel van de woorden ("huisvesting" of "scheiding")');
    const scheiding = page.locator('[data-resultaten] > li', { hasText: titel('zoek-scheiding') });
    expect(await scheiding.innerText()).toContain('Bevat: scheiding');
    expect(await axe(page)).toEqual([]);
    expect(fouten).toEqual([]);
  });
});

describe('uittreksels', () => {
  it('are a sentence of the story with the match marked', async () => {
    const { page, fouten } = await nieuwePagina(browser);
    await zoek(page, 'scheiding');
    const regel = page.locator('[data-resultaten] > li', { hasText: titel('zoek-scheiding') }).locator('.zoeken__uittreksel');
    const zin = fx.verhalen.find((v) => v.id === 'zoek-scheiding')!.tekst.trim().split(/(?<=\.)\s+/)[0]!;
    expect(await regel.innerText()).toBe(`In de tekst: ${zin}`);
    expect(await regel.locator('mark').allInnerTexts()).toEqual(['scheiding']);
    expect(fouten).toEqual([]);
  });

  it('are the breakthrough\'s own sentence for a match there, without its status label in front', async () => {
    const { page, fouten } = await nieuwePagina(browser);
    const verhaal = fx.verhalen.find((v) => v.id === 'paspoort-uit-de-buurtteamkas')!;
    const doorbraak = verhaal.data.doorbraken![0]!;
    expect(doorbraak.status).toBe('ingevoerd');
    expect(await zoek(page, 'vrijwilligerswerk')).toEqual([verhaal.data.titel]);
    const regel = page.locator('[data-resultaten] > li').locator('.zoeken__uittreksel');
    expect(await regel.innerText()).toBe(`In de tekst: ${doorbraak.omschrijving}`);
    expect(fouten).toEqual([]);
  });

  it('never show the trefwoorden, which still find the story', async () => {
    const { page, fouten } = await nieuwePagina(browser);
    const trefwoorden = fx.verhalen.find((v) => v.id === 'zoek-dakloze-jongeren')!.data.trefwoorden!;
    const resultaten = () => page.locator('[data-resultaten]').innerText();
    // Found only through a trefwoord: no excerpt.
    expect(await zoek(page, 'zwerfjongeren')).toEqual([titel('zoek-dakloze-jongeren')]);
    for (const t of trefwoorden) expect(await resultaten()).not.toContain(t);
    // Found in the text and in the trefwoorden ("dakloze jongeren"): the excerpt is the story's sentence.
    expect(await zoek(page, 'dakloze')).toContain(titel('zoek-dakloze-jongeren'));
    const regel = page.locator('[data-resultaten] > li', { hasText: titel('zoek-dakloze-jongeren') }).locator('.zoeken__uittreksel');
    expect(await regel.innerText()).toBe('In de tekst: Dakloze jongeren zochten samen een plek om te slapen.');
    for (const t of trefwoorden.slice(1)) expect(await resultaten()).not.toContain(t);
    expect(fouten).toEqual([]);
  });
});

describe('doelgroepen', () => {
  it('finds every story for a target group by a search word of the group that no story says, and never shows it', async () => {
    const { page, fouten } = await nieuwePagina(browser);
    const groep = fx.doelgroepen.find((d) => d.id === 'mensen-met-schulden')!;
    expect(groep.zoekwoorden).toEqual(['geldzorgen', 'schuldenaars']);
    const verwacht = fx.verhalen.filter((v) => v.data.doelgroepen.includes(groep.id)).map((v) => v.data.titel).sort();
    expect(verwacht.length).toBeGreaterThan(0);
    for (const woord of groep.zoekwoorden!) {
      expect(metTekst(new RegExp(woord, 'i'))).toEqual([]);
      expect(fx.verhalen.filter((v) => JSON.stringify(v.data).toLowerCase().includes(woord))).toEqual([]);
      expect(await zoek(page, woord)).toEqual(verwacht);
      // Found as the word itself, not through a wider search, and the word shows nowhere in the results.
      expect(await statusTekst(page)).toBe(`${verwacht.length} ${verwacht.length === 1 ? 'resultaat' : 'resultaten'} voor "${woord}".`);
      expect(await uitleg(page)).toBe('');
      expect((await page.locator('[data-resultaten]').innerText()).toLowerCase()).not.toContain(woord);
      // Each result says which group found it.
      const redenen = await page.locator('[data-resultaten] > li').evaluateAll((lis) => lis.map((li) => [...li.querySelectorAll('p')].map((p) => p.textContent).find((t) => t?.startsWith('Gevonden via')) ?? ''));
      expect(redenen).toEqual(verwacht.map(() => `Gevonden via de doelgroep: ${groep.naam}`));
    }
    // The group's name is not a search word of its own: "Mensen met schulden" brings no story along for "mensen".
    expect(await zoek(page, 'mensen')).toEqual(opPagina(/\bmensen\b/i));
    expect(fouten).toEqual([]);
  });
});

describe('geschiedenis', () => {
  it('makes each search a history entry (not each keystroke): Back returns to the previous query and its filters', async () => {
    const { page, fouten } = await nieuwePagina(browser);
    await page.goto(url('zoeken/'));
    const begin = await page.evaluate(() => history.length);
    const veld = page.getByRole('searchbox', { name: 'Zoekwoorden' });
    await veld.click();
    await veld.pressSequentially('paspoort', { delay: 30 });
    await vraag(() => statusTekst(page)).toContain('"paspoort"');
    await veld.press('Enter');
    await veld.fill('');
    await veld.pressSequentially('wijkteam', { delay: 30 });
    await vraag(() => statusTekst(page)).toContain('"wijkteam"');
    await page.getByRole('group', { name: 'Gemeente' }).getByRole('checkbox', { name: /^Leeuwarden \(\d+\)$/ }).check();
    await vraag(() => page.evaluate(() => location.search)).toBe('?q=wijkteam&gemeente=leeuwarden');
    const lengte = await page.evaluate(() => history.length);

    await page.goBack();
    await vraag(() => page.evaluate(() => location.search)).toBe('?q=wijkteam');
    await vraag(() => statusTekst(page)).toMatch(/^\d+ resultaten voor "wijkteam"\.$/);
    expect(await page.getByRole('checkbox', { name: /^Leeuwarden \(\d+\)$/ }).isChecked()).toBe(false);

    await page.goBack();
    await vraag(() => page.evaluate(() => location.search)).toBe('?q=paspoort');
    await vraag(() => statusTekst(page)).toContain('"paspoort"');
    expect(await veld.inputValue()).toBe('paspoort');

    await page.goForward();
    await page.goForward();
    await vraag(() => page.evaluate(() => location.search)).toBe('?q=wijkteam&gemeente=leeuwarden');
    await vraag(() => statusTekst(page)).toContain('met 1 filter');
    expect(await page.getByRole('checkbox', { name: /^Leeuwarden \(\d+\)$/ }).isChecked()).toBe(true);
    // Three searches, three entries after the empty page: typing letter by letter added none.
    expect(lengte - begin).toBe(3);
    expect(fouten).toEqual([]);
  });
});

describe('eerst resultaten, dan aantallen', () => {
  it('shows the first results before the facet counts are loaded; the counts follow', async () => {
    const { page, fouten } = await nieuwePagina(browser);
    let laat: () => void = () => {};
    const vastgehouden = new Promise<void>((r) => (laat = r));
    let gevraagd = false;
    await page.route('**/zoeken/facetten.dat', async (route) => {
      gevraagd = true;
      await vastgehouden;
      await route.continue();
    });
    await page.goto(url('zoeken/?q=paspoort'));
    await vraag(() => statusTekst(page)).toMatch(/^\d+ (?:resultaat|resultaten) voor "paspoort"\.$/);
    expect(await page.locator('[data-resultaten] > li').count()).toBeGreaterThan(0);
    expect(await page.locator('[data-filters] input').count()).toBe(0);
    await vraag(() => gevraagd).toBe(true);
    laat();
    await vraag(() => page.locator('[data-filters] input').count()).toBeGreaterThan(0);
    expect(fouten).toEqual([]);
  });
});
