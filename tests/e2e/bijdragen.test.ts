// The submission form at /bijdragen/ of the fixture site, used as a rapporteur would: typing,
// choosing from lists, adding rows, making a mistake, reading the error, fixing it, and taking the
// file to GitHub (in the link, or copied for a long story, also on a phone) or to the editors by e-mail.
// The file it makes must pass the content check next to the fixture content.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { controleerInhoud } from '../../src/lib/inhoud/controle.ts';
import { MAX_URL_LENGTE } from '../../src/lib/bijdragen/github.ts';
import { REDACTIE_EMAIL, REPOSITORY, BRANCH } from '../../src/site.config.ts';
import { tijdelijkProject } from '../helpers/project.ts';
import { CODE, LOOKALIKES, PERSOONSGEGEVENS } from '../helpers/vijandig.ts';
import { axe, nieuwePagina, startBrowser, url } from './browser.ts';
import { fixtureDir, leesFixture } from './fixture.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await startBrowser();
});
afterAll(async () => browser?.close());

const LANGE_SAMENVATTING =
  'Een gezin met schulden kon niet verhuizen, omdat de woningcorporatie eerst een borg wilde en de schuldhulpverlening eerst een vast adres. ' +
  'Twee loketten wachtten op elkaar. Het wijkteam in Holtenbroek betaalde de borg uit een eigen budget en regelde de schuld daarna met de schuldeisers. ' +
  'Binnen drie maanden woonde het gezin weer zelfstandig.';

/** Fills in a whole story, except the domain; the summary is too long. */
async function vulIn(page: Page) {
  await page.getByLabel('Titel', { exact: true }).fill('Een borg uit het wijkteambudget in Zwolle');
  await page.getByLabel('Samenvatting').fill(LANGE_SAMENVATTING);
  await page.getByLabel('Datum', { exact: true }).fill('2024-05-02');
  await page.getByLabel('Gemeente 1').pressSequentially('Zwolle');
  await page.getByRole('button', { name: 'Nog een gemeente' }).click();
  // An everyday name (content/gemeente-aliassen.yaml of the fixture).
  await page.getByLabel('Gemeente 2').pressSequentially('Den Haag');
  await page.getByLabel('Wijk (optioneel)').fill('Holtenbroek');

  const tags = page.getByRole('group', { name: 'Tags' });
  await tags.getByLabel('Integraal', { exact: true }).check();
  await tags.getByLabel('Ruimte voor professionals').check();
  await page.getByRole('group', { name: 'Grote Beloften' }).getByLabel('6. Ruimte voor professionals').check();
  await page.getByRole('group', { name: 'Doelgroepen' }).getByRole('checkbox').first().check();

  const b1 = page.locator('[data-rijen="belemmeringen"] > li').nth(0);
  await b1.getByLabel('Korte naam').fill('Borg pas na schuldregeling');
  await b1.getByLabel('Soort belemmering').selectOption({ label: 'Strijdige regels' });
  await b1.getByLabel('Omschrijving').fill('De corporatie vraagt een borg; de schuldhulp wil eerst een vast adres.');
  await page.getByRole('button', { name: 'Belemmering toevoegen' }).click();
  const b2 = page.locator('[data-rijen="belemmeringen"] > li').nth(1);
  await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('veld-belemmeringen-1-naam');
  await b2.getByLabel('Korte naam').fill('Geen mandaat');
  await b2.getByLabel('Soort belemmering').selectOption({ label: 'Ontbrekend mandaat' });
  await b2.getByLabel('Omschrijving').fill('De medewerker mocht geen geld uitgeven zonder handtekening van een manager.');

  const d1 = page.locator('[data-rijen="doorbraken"] > li').nth(0);
  await d1.getByLabel('Omschrijving').fill('Het wijkteam betaalt de borg uit een eigen budget en regelt de schuld daarna.');
  const lostOp = d1.getByRole('group', { name: 'Welke belemmeringen lost deze doorbraak op?' });
  await lostOp.getByLabel('Borg pas na schuldregeling').check();
  await lostOp.getByLabel('Geen mandaat').check();
  await d1.getByLabel('Door wie (optioneel)').fill('Wijkteammedewerker met een eigen budget');
  await d1.getByLabel('Hoe ver kwam deze doorbraak?').selectOption('ingevoerd');
  await d1.getByLabel('Soort doorbraak').selectOption({ index: 1 });

  const k1 = page.locator('[data-rijen="kosten"] > li').nth(0);
  await k1.getByLabel('Omschrijving').fill('Opvang van het gezin');
  await k1.getByLabel('Bedrag in euro').fill('60.000');
  await k1.getByLabel('Wie betaalt?').fill('Gemeente');
  await page.getByRole('button', { name: 'Kostenpost toevoegen' }).click();
  const k2 = page.locator('[data-rijen="kosten"] > li').nth(1);
  await k2.getByLabel('Omschrijving').fill('Borg voor de woning');
  await k2.getByLabel('Bedrag in euro').fill('1200');
  await k2.getByLabel('Per').selectOption({ label: 'eenmalig' });
  await k2.getByLabel('Wie betaalt?').fill('Wijkteam');
  await k2.getByLabel('Scenario').selectOption('alternatief');

  await page.getByRole('group', { name: 'Rapporteurs' }).getByLabel('Pieter Hilhorst').check();
  await page.locator('[data-rijen="bronnen"] > li').first().getByLabel('Titel van de bron').fill('Verslag van het 3D-lab Zwolle');
  await page.getByLabel('Tekst van het verhaal').fill('## Wat er gebeurde\n\nHet gezin woonde tijdelijk bij familie.\n\n## Wat hielp\n\nHet wijkteam betaalde de borg.');
  await page.getByLabel(/Ik heb namen en herkenbare details/).check();
  await page.getByLabel('Niet nodig: niemand is herkenbaar').check();
}

const verstuur = (page: Page) => page.getByRole('button', { name: 'Controleer en maak het bestand' }).click();
const GITHUB = REPOSITORY.replace(/\/$/, '');
/** The texts of the messages next to the fields, without the hidden "Fout: " for screen readers. */
const veldMeldingen = (page: Page) => page.locator('#bijdrageformulier .veld__fout').evaluateAll((els) => els.map((e) => e.lastChild?.textContent ?? ''));

describe('bijdragen via het formulier', () => {
  let project: ReturnType<typeof tijdelijkProject> | undefined;
  afterEach(() => project?.opruimen());

  it('shows errors next to the fields and in a summary, then gives a GitHub link whose file passes the check', async () => {
    const { page, fouten } = await nieuwePagina(browser);
    await page.goto(url('bijdragen/'));
    await vulIn(page);
    await verstuur(page);

    // The summary gets focus and links to each field; the field says the same.
    const samenvatting = page.locator('#foutsamenvatting');
    await expect.poll(() => samenvatting.isVisible()).toBe(true);
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('foutsamenvatting');
    const links = await samenvatting.getByRole('link').allTextContents();
    expect(links).toEqual([`De samenvatting is ${LANGE_SAMENVATTING.length} tekens; maak haar hoogstens 280 tekens`, 'Vink minstens één domein aan']);
    expect(await veldMeldingen(page)).toEqual(links);

    // Next to the field: the message, aria-invalid and aria-describedby.
    const veld = page.getByLabel('Samenvatting');
    expect(await veld.getAttribute('aria-invalid')).toBe('true');
    const beschreven = (await veld.getAttribute('aria-describedby'))!.split(' ');
    expect(beschreven).toContain('fout-samenvatting');
    expect(await page.locator('#fout-samenvatting').innerText()).toContain('maak haar hoogstens 280 tekens');
    expect(await page.locator('[data-veld="domeinen"] .veld__fout').innerText()).toContain('Vink minstens één domein aan');
    expect(await page.locator('#resultaat').isVisible()).toBe(false);
    expect(await axe(page)).toEqual([]);

    // The link in the summary takes the person to the field.
    await samenvatting.getByRole('link', { name: /De samenvatting is/ }).click();
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('veld-samenvatting');

    // Fix both and send again.
    await veld.fill('Twee loketten wachtten op elkaar. Het wijkteam betaalde de borg uit een eigen budget en regelde de schuld daarna.');
    await page.getByRole('group', { name: 'Domeinen' }).getByLabel('Schulden').check();
    await page.getByRole('group', { name: 'Domeinen' }).getByLabel('Wonen').check();
    await verstuur(page);
    await expect.poll(() => page.locator('#resultaat').isVisible()).toBe(true);
    expect(await samenvatting.isVisible()).toBe(false);
    expect(await veld.getAttribute('aria-invalid')).toBeNull();
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('resultaat-titel');

    const href = await page.getByRole('link', { name: 'Open als pull request op GitHub' }).getAttribute('href');
    const github = new URL(href!);
    expect(`${github.origin}${github.pathname}`).toBe(`${GITHUB}/new/${BRANCH}`);
    expect(github.searchParams.get('filename')).toBe('content/verhalen/een-borg-uit-het-wijkteambudget-in-zwolle.mdx');
    const mdx = github.searchParams.get('value')!;
    expect(mdx).toContain('gemeenten: [zwolle, s-gravenhage]');
    expect(mdx).toContain('lost_op: [borg-pas-na-schuldregeling, geen-mandaat]');
    // Publishing is the editors' step: the form never writes anything but a concept.
    expect(mdx).toContain('\nstatus: concept\n');
    expect(await page.locator('#resultaat-voorbeeld').textContent()).toBe(mdx);
    // The text is in the link, so the steps say so and do not ask to paste.
    expect(await page.getByText('Je tekst staat er al in; verander niets.').isVisible()).toBe(true);
    expect(await page.getByText('Het tekstvak is leeg.', { exact: false }).isVisible()).toBe(false);
    // The way without GitHub: the editors' address, with the file name in the subject.
    const mail = page.locator('#resultaat').getByRole('link', { name: REDACTIE_EMAIL });
    expect(await mail.getAttribute('href')).toBe(`mailto:${REDACTIE_EMAIL}?subject=${encodeURIComponent('Verhaal voor de kennisbank: een-borg-uit-het-wijkteambudget-in-zwolle.mdx')}`);
    expect(await axe(page)).toEqual([]);

    // The decoded file passes `npm run check` in a copy of the fixture content.
    project = tijdelijkProject(false, 'fixture');
    project.schrijf(github.searchParams.get('filename')!, mdx);
    const { problemen, aantallen } = controleerInhoud(project.dir);
    expect(problemen).toEqual([]);
    expect(aantallen.verhalen).toBeGreaterThan(0);

    // The download holds the same file.
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: /Download het bestand/ }).click()]);
    expect(download.suggestedFilename()).toBe('een-borg-uit-het-wijkteambudget-in-zwolle.mdx');
    expect(readFileSync((await download.path())!, 'utf8')).toBe(mdx);

    // Changing the form afterwards withdraws the old file, so it cannot be sent by mistake.
    await page.getByLabel('Wijk (optioneel)').fill('Dieze');
    expect(await page.locator('#resultaat').isVisible()).toBe(false);
    expect(fouten).toEqual([]);
  });

  it('inserts a text component at the cursor with its button, and the file with it passes the check', async () => {
    const { page, fouten } = await nieuwePagina(browser);
    await page.goto(url('bijdragen/'));
    await vulIn(page);
    await page.getByLabel('Samenvatting').fill('Twee loketten wachtten op elkaar; het wijkteam betaalde de borg.');
    await page.getByRole('group', { name: 'Domeinen' }).getByLabel('Schulden').check();
    const tekst = page.getByLabel('Tekst van het verhaal');
    const voor = await tekst.inputValue();
    // The cursor after the first paragraph ("…bij familie."), in the middle of the text.
    const na = voor.indexOf('familie.') + 'familie.'.length;
    await tekst.evaluate((el: HTMLTextAreaElement, pos) => el.setSelectionRange(pos, pos), na);
    const knoppen = page.getByRole('group', { name: /Onderdelen voor de tekst/ });
    expect(await knoppen.getByRole('button').allTextContents()).toEqual(['Citaat', 'Kerngetal', 'Tijdlijn', 'Moment', 'Kader']);
    await knoppen.getByRole('button', { name: 'Kerngetal' }).click();
    // On lines of its own, with the first value selected: typing replaces it.
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('veld-tekst');
    await page.keyboard.type('-40%');
    const snippet = '<Kerngetal waarde="-40%" label="minder ondertoezichtstellingen in drie jaar" bron="bron-1" />';
    expect(await tekst.inputValue()).toBe(`${voor.slice(0, na)}\n\n${snippet}\n\n${voor.slice(na).trimStart()}`);

    await verstuur(page);
    await expect.poll(() => page.locator('#resultaat').isVisible()).toBe(true);
    const mdx = (await page.locator('#resultaat-voorbeeld').textContent())!;
    expect(mdx).toContain(snippet);
    project = tijdelijkProject(false, 'fixture');
    project.schrijf('content/verhalen/met-kerngetal.mdx', mdx);
    expect(controleerInhoud(project.dir).problemen).toEqual([]);
    expect(fouten).toEqual([]);
  });

  it('on a phone (390 px): a long story with mistakes, fixed, copied with the button; the copied text passes the check unchanged', async () => {
    const { page, fouten } = await nieuwePagina(browser, { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
    const context = page.context();
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(url()).origin });
    // No network in tests: GitHub's page is answered locally.
    await context.route(/^https:\/\/github\.com\//, (route) => route.fulfill({ status: 200, contentType: 'text/html', body: '<title>GitHub</title>' }));
    await page.goto(url('bijdragen/'));
    await vulIn(page);
    await page.getByLabel('Samenvatting').fill('Twee loketten wachtten op elkaar; het wijkteam betaalde de borg.');
    // About 940 words, as the story in the issue.
    const alinea = 'Het wijkteam sprak met de corporatie, de schuldhulp en het gezin aan één tafel, en legde vast wie wat zou doen. ';
    await page.getByLabel('Tekst van het verhaal').fill(`## Wat er gebeurde\n\n${alinea.repeat(47)}\n\n## Wat hielp\n\n${alinea.repeat(47)}`);
    // Mistakes: a typo in a municipality, no domain, and a new rapporteur without a name.
    await page.getByLabel('Gemeente 2').fill('Den Haagg');
    await page.getByRole('button', { name: 'Voeg mijn naam toe' }).click();
    const nieuw = page.locator('[data-rijen="nieuweRapporteurs"] > li').first();
    await nieuw.getByLabel('Organisatie (optioneel)').fill('Wijkteam Woensel');
    await verstuur(page);

    const samenvatting = page.locator('#foutsamenvatting');
    await expect.poll(() => samenvatting.isVisible()).toBe(true);
    const links = await samenvatting.getByRole('link').allTextContents();
    expect(links).toEqual([
      'Gemeente 2: onbekende gemeente "Den Haagg". Bedoelde je "\'s-Gravenhage"?',
      'Vink minstens één domein aan',
      'Nieuwe rapporteur 1: vul je naam in, of verwijder deze rij',
    ]);
    expect(await veldMeldingen(page)).toEqual(links);
    expect(await axe(page)).toEqual([]);

    // Fix them, from the summary's links.
    await samenvatting.getByRole('link', { name: /Gemeente 2/ }).click();
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('veld-gemeenten-1');
    await page.keyboard.press('Control+A');
    await page.keyboard.type('Den Haag');
    await page.getByRole('group', { name: 'Domeinen' }).getByLabel('Schulden').check();
    await nieuw.getByLabel('Naam', { exact: true }).fill('Sanne Verhoeven');
    await verstuur(page);
    await expect.poll(() => page.locator('#resultaat').isVisible()).toBe(true);

    // Too long for a link: GitHub gets only the file name, and the steps say to paste, also on a phone.
    const voorbeeld = (await page.locator('#resultaat-voorbeeld').textContent())!;
    expect(`${GITHUB}/new/${BRANCH}?filename=x&value=${encodeURIComponent(voorbeeld)}`.length).toBeGreaterThan(MAX_URL_LENGTE);
    const link = page.getByRole('link', { name: 'Open als pull request op GitHub' });
    const href = (await link.getAttribute('href'))!;
    expect(href).toBe(`${GITHUB}/new/${BRANCH}?filename=content/verhalen/een-borg-uit-het-wijkteambudget-in-zwolle.mdx`);
    expect(await page.getByText('Je verhaal is te lang om in een link mee te sturen.', { exact: false }).isVisible()).toBe(true);
    expect(await page.getByText('op een telefoon houd je je vinger in het tekstvak', { exact: false }).isVisible()).toBe(true);
    for (const knop of ['Fork this repository', 'Commit changes…', 'Propose changes', 'Create pull request']) {
      expect(await page.locator('#resultaat .stappen').innerText(), knop).toContain(knop);
    }

    // "Kopieer tekst" copies the whole file and says so.
    await page.getByRole('button', { name: 'Kopieer tekst' }).click();
    await expect.poll(() => page.locator('#resultaat-status').textContent()).toContain('Gekopieerd');
    const klembord = await page.evaluate(() => navigator.clipboard.readText());
    expect(klembord).toBe(voorbeeld);
    expect(klembord).toContain(alinea.trim());
    expect(klembord).toMatch(/\nrapporteurs:\n {2}- pieter-hilhorst\n {2}- naam: Sanne Verhoeven\n {4}organisatie: Wijkteam Woensel\n/);
    expect(klembord).toContain('gemeenten: [zwolle, s-gravenhage]');

    // Nothing wider than the phone, and nothing for axe (before any link has focus or was visited).
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    await page.locator('#resultaat-titel').focus();
    expect(await axe(page)).toEqual([]);

    // GitHub opens in a new tab, with the empty file.
    const [popup] = await Promise.all([context.waitForEvent('page'), link.click()]);
    expect(popup.url()).toBe(href);

    project = tijdelijkProject(false, 'fixture');
    project.schrijf('content/verhalen/een-borg-uit-het-wijkteambudget-in-zwolle.mdx', klembord);
    expect(controleerInhoud(project.dir).problemen).toEqual([]);
    expect(fouten).toEqual([]);
  });

  it('links breakthroughs to the barriers entered, also after removing one', async () => {
    const { page } = await nieuwePagina(browser);
    await page.goto(url('bijdragen/'));
    const rij = (n: number) => page.locator('[data-rijen="belemmeringen"] > li').nth(n);
    await rij(0).getByLabel('Korte naam').fill('Eerste');
    await page.getByRole('button', { name: 'Belemmering toevoegen' }).click();
    await rij(1).getByLabel('Korte naam').fill('Tweede');
    const lostOp = page.getByRole('group', { name: 'Welke belemmeringen lost deze doorbraak op?' });
    expect(await lostOp.getByRole('checkbox').evaluateAll((els) => els.map((e) => (e as HTMLInputElement).labels?.[0]?.textContent))).toEqual(['Eerste', 'Tweede']);
    await lostOp.getByLabel('Tweede').check();
    await page.getByRole('button', { name: 'Verwijder belemmering 1' }).click();
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Belemmering toevoegen');
    expect(await lostOp.getByRole('checkbox').count()).toBe(1);
    expect(await lostOp.getByLabel('Tweede').isChecked()).toBe(true);
    expect(await rij(0).getByLabel('Korte naam').getAttribute('id')).toBe('veld-belemmeringen-0-naam');

    // A reload keeps everything, the ticks included.
    await page.getByLabel('Titel', { exact: true }).fill('Bewaard');
    await page.getByRole('group', { name: 'Domeinen' }).getByLabel('Werk').check();
    await page.getByRole('button', { name: 'Belemmering toevoegen' }).click();
    await rij(1).getByLabel('Korte naam').fill('Derde');
    await page.reload();
    await expect.poll(() => page.locator('#bijdrageformulier').isVisible()).toBe(true);
    expect(await page.getByLabel('Titel', { exact: true }).inputValue()).toBe('Bewaard');
    expect(await page.getByRole('group', { name: 'Domeinen' }).getByLabel('Werk').isChecked()).toBe(true);
    expect(await rij(0).getByLabel('Korte naam').inputValue()).toBe('Tweede');
    expect(await rij(1).getByLabel('Korte naam').inputValue()).toBe('Derde');
    expect(await lostOp.getByLabel('Tweede').isChecked()).toBe(true);
    expect(await lostOp.getByLabel('Derde').isChecked()).toBe(false);
    // A broken draft (e.g. from an older form) gives an empty form, not a broken page.
    await page.evaluate(() => sessionStorage.setItem('bijdragen-concept', JSON.stringify({ titel: 'Oud', belemmeringen: [{ sleutel: 1 }] })));
    await page.reload();
    await expect.poll(() => page.locator('#bijdrageformulier').isVisible()).toBe(true);
    expect(await page.getByLabel('Titel', { exact: true }).inputValue()).toBe('');
    expect(await page.locator('[data-rijen="belemmeringen"] > li').count()).toBe(1);
  });

  it('clears the form only after asking, from a button that is not the first control', async () => {
    const { page } = await nieuwePagina(browser);
    await page.goto(url('bijdragen/'));
    await expect.poll(() => page.locator('#bijdrageformulier').isVisible()).toBe(true);
    // The first control of the form is its first field; clearing comes after the submit button.
    expect(await page.locator('#bijdrageformulier').locator('input, select, textarea, button').first().getAttribute('id')).toBe('veld-titel');
    expect(
      await page.evaluate(() => Boolean(document.querySelector('#bijdrageformulier button[type="submit"]')!.compareDocumentPosition(document.querySelector('#opnieuw')!) & Node.DOCUMENT_POSITION_FOLLOWING)),
    ).toBe(true);

    const titel = page.getByLabel('Titel', { exact: true });
    await titel.fill('Een uur werk');
    const leegmaken = page.getByRole('button', { name: 'Formulier leegmaken' });
    const vraag = page.getByText('Weet je het zeker? Alles wat je hebt ingevuld, verdwijnt.');
    await leegmaken.click();
    expect(await vraag.isVisible()).toBe(true);
    expect(await leegmaken.getAttribute('aria-expanded')).toBe('true');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('opnieuw-nee');
    expect(await axe(page)).toEqual([]);
    // "Nee" and Escape change nothing and go back to the button.
    await page.getByRole('button', { name: 'Nee, ga terug' }).click();
    expect(await vraag.isVisible()).toBe(false);
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('opnieuw');
    await leegmaken.click();
    await page.keyboard.press('Escape');
    expect(await vraag.isVisible()).toBe(false);
    await page.reload();
    await expect.poll(() => titel.inputValue()).toBe('Een uur werk');
    // "Ja" clears it.
    await leegmaken.click();
    await page.getByRole('button', { name: 'Ja, maak alles leeg' }).click();
    await page.waitForLoadState();
    await expect.poll(() => page.locator('#bijdrageformulier').isVisible()).toBe(true);
    await expect.poll(() => titel.inputValue()).toBe('');
  });

  it('has no axe violations when empty, offers everyday names of municipalities, and explains the way without the form', async () => {
    const { page, fouten } = await nieuwePagina(browser);
    await page.goto(url('bijdragen/'));
    await expect.poll(() => page.locator('#bijdrageformulier').isVisible()).toBe(true);
    expect(await page.getByText('Dit formulier werkt alleen met JavaScript').isVisible()).toBe(false);
    // Every gemeente can be chosen by name, with its province as a hint, and by its everyday names.
    const fx = leesFixture();
    const aliassen = fx.gemeenteAliassen.flatMap((a) => a.namen);
    expect(await page.locator('#gemeentenlijst option').count()).toBe(fx.gemeenten.length + aliassen.length);
    expect(await page.locator('#gemeentenlijst option[value="\'s-Gravenhage"]').getAttribute('label')).toBe('Zuid-Holland');
    expect(await page.locator('#gemeentenlijst option[value="Den Haag"]').getAttribute('label')).toBe("'s-Gravenhage, Zuid-Holland");
    // The form never offers publishing.
    expect(await page.locator('#bijdrageformulier').getByText('gepubliceerd', { exact: false }).count()).toBe(0);
    expect(await page.locator('#bijdrageformulier select option[value="gepubliceerd"]').count()).toBe(0);
    expect(await axe(page)).toEqual([]);
    const sjabloon = await page.getByRole('link', { name: 'Open het sjabloon als nieuw bestand op GitHub' }).getAttribute('href');
    expect(new URL(sjabloon!).searchParams.get('value')).toBe(readFileSync(join(fixtureDir(), 'content/verhalen/_sjabloon.mdx'), 'utf8'));
    expect(fouten).toEqual([]);
  });

  it("works under the site's Content-Security-Policy (bundled script, JSON data, no inline code)", async () => {
    // No bypassCSP here, unlike nieuwePagina(): the page's own policy applies.
    const context = await browser.newContext();
    const page = await context.newPage();
    const fouten: string[] = [];
    page.on('pageerror', (e) => fouten.push(e.message));
    page.on('console', (m) => m.type() === 'error' && fouten.push(m.text()));
    await page.addInitScript(() => {
      document.addEventListener('securitypolicyviolation', (e) => console.error(`CSP: ${e.violatedDirective} ${e.blockedURI} ${e.sourceFile}:${e.lineNumber}`));
    });
    await page.goto(url('bijdragen/'));
    await expect.poll(() => page.locator('#bijdrageformulier').isVisible()).toBe(true);
    await page.getByRole('button', { name: 'Controleer en maak het bestand' }).click();
    await expect.poll(() => page.locator('#foutsamenvatting').isVisible()).toBe(true);
    expect(await page.locator('#foutsamenvatting li').count()).toBeGreaterThan(3);
    expect(fouten).toEqual([]);
    await context.close();
  });

  it('without JavaScript hides the form and points to the template', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(url('bijdragen/'));
    expect(await page.locator('#bijdrageformulier').isVisible()).toBe(false);
    expect(await page.getByText('Dit formulier werkt alleen met JavaScript').isVisible()).toBe(true);
    expect(await page.getByRole('link', { name: /CONTRIBUTING\.md/ }).getAttribute('href')).toBe(`${REPOSITORY.replace(/\/$/, '')}/blob/${BRANCH}/CONTRIBUTING.md`);
    await context.close();
  });
});

/** How each kind of finding starts its message (the form shows it with a capital). */
const BEGIN: Record<string, string> = {
  bsn: 'Burgerservicenummer gevonden',
  telefoon: 'Telefoonnummer gevonden',
  email: 'E-mailadres gevonden',
  iban: 'IBAN-rekeningnummer gevonden',
  adres: 'Adres gevonden',
  geboortedatum: 'Geboortedatum gevonden',
  kenteken: 'Kenteken gevonden',
};

describe('privacy before anything leaves the browser (issue 14)', () => {
  let project: ReturnType<typeof tijdelijkProject> | undefined;
  afterEach(() => project?.opruimen());

  /** A complete, valid story in the form. */
  async function vulGeldigIn(page: Page) {
    await vulIn(page);
    await page.getByLabel('Samenvatting').fill('Twee loketten wachtten op elkaar; het wijkteam betaalde de borg.');
    await page.getByRole('group', { name: 'Domeinen' }).getByLabel('Schulden').check();
  }
  const foutBij = (page: Page, veld: string) => page.locator(`[data-veld="${veld}"] > .veld__fout`);
  /** Sends the form and waits until it answered: a result, or a message at `veld`. */
  async function controleerMet(page: Page, veld: string, tekst: string) {
    await page.getByLabel(veld === 'titel' ? 'Titel' : 'Tekst van het verhaal', { exact: true }).fill(tekst);
    await verstuur(page);
    await expect.poll(async () => (await page.locator('#resultaat').isVisible()) || (await foutBij(page, veld).count()) > 0).toBe(true);
  }

  it('types each kind of personal data and code: the links stay unavailable and the finding is shown at its field; look-alikes pass', async () => {
    const { page, fouten } = await nieuwePagina(browser);
    const verzoeken: string[] = [];
    page.context().on('request', (r) => verzoeken.push(r.url()));
    await page.goto(url('bijdragen/'));
    await vulGeldigIn(page);

    for (const g of PERSOONSGEGEVENS) {
      await controleerMet(page, 'tekst', `## Wat er gebeurde\n\n${g.tekst}`);
      expect(await page.locator('#resultaat').isVisible(), g.naam).toBe(false);
      expect(await foutBij(page, 'tekst').innerText(), g.naam).toContain(BEGIN[g.soort]);
      // The exception request offers exactly this finding.
      expect(await page.locator('#vrijstellingen-lijst > li').count(), g.naam).toBe(1);
    }
    for (const g of CODE) {
      await controleerMet(page, 'tekst', g.tekst);
      expect(await page.locator('#resultaat').isVisible(), g.naam).toBe(false);
      expect(await foutBij(page, 'tekst').innerText(), g.naam).toMatch(/niet toegestaan|MDX-syntaxfout/);
      expect(await page.locator('#vrijstellingen').isVisible(), g.naam).toBe(false);
    }
    // A title with a BSN: no file name is made from it.
    await page.getByLabel('Tekst van het verhaal').fill('Het wijkteam betaalde de borg.');
    await controleerMet(page, 'titel', 'Mevrouw met BSN 123456782');
    expect(await page.locator('#resultaat').isVisible()).toBe(false);
    expect(await foutBij(page, 'titel').innerText()).toContain(BEGIN.bsn);
    expect(await page.locator('#resultaat-bestand').textContent()).toBe('');
    await page.getByLabel('Titel', { exact: true }).fill('Een borg uit het wijkteambudget in Zwolle');

    // Nothing was sent anywhere, and no link ever held the text.
    expect(await page.locator('#resultaat-github').getAttribute('href')).toBe('#');
    expect(await page.locator('#resultaat-download').getAttribute('href')).toBe('#');
    expect(verzoeken.filter((u) => !u.startsWith(url()))).toEqual([]);

    for (const g of LOOKALIKES) {
      await controleerMet(page, 'tekst', `## Wat er gebeurde\n\n${g.tekst}`);
      expect(await page.locator('#resultaat').isVisible(), g.naam).toBe(true);
      expect(new URL((await page.locator('#resultaat-github').getAttribute('href'))!).searchParams.get('value'), g.naam).toContain(g.tekst);
    }
    // After a good file, new personal data withdraws it again.
    await controleerMet(page, 'tekst', PERSOONSGEGEVENS[0]!.tekst);
    expect(await page.locator('#resultaat').isVisible()).toBe(false);
    expect(fouten).toEqual([]);
  });

  it('lets a contributor request an exception with a reason; it goes into the file, which passes npm run check', async () => {
    const { page, fouten } = await nieuwePagina(browser);
    await page.goto(url('bijdragen/'));
    await vulGeldigIn(page);
    await controleerMet(page, 'tekst', 'Het wijkteam is bereikbaar op 020-1234567.');
    expect(await foutBij(page, 'tekst').innerText()).toContain(BEGIN.telefoon);
    const rij = page.locator('#vrijstellingen-lijst > li');
    await rij.getByLabel('“020-1234567” in Tekst van het verhaal is geen persoonsgegeven').check();
    // A reason without substance is refused; the links stay unavailable.
    await rij.getByLabel(/Waarom niet\?/).fill('geen bsn');
    await verstuur(page);
    await expect.poll(() => foutBij(page, 'privacy.vrijstellingen').count()).toBe(1);
    expect(await page.locator('#resultaat').isVisible()).toBe(false);
    await page.screenshot({ path: '/tmp/bijdragen-vrijstelling.png', fullPage: true });
    expect(await axe(page)).toEqual([]);

    await rij.getByLabel(/Waarom niet\?/).fill('Dit is het algemene nummer van het wijkteam, zo gedrukt in de openbare folder.');
    await verstuur(page);
    await expect.poll(() => page.locator('#resultaat').isVisible()).toBe(true);
    const mdx = await page.locator('#resultaat-voorbeeld').textContent();
    expect(mdx).toContain('vrijstellingen:\n    - waarde: 020-1234567\n      veld: tekst\n');
    project = tijdelijkProject();
    project.schrijf('content/verhalen/met-vrijstelling.mdx', mdx!);
    expect(controleerInhoud(project.dir).problemen).toEqual([]);
    expect(fouten).toEqual([]);
  });
});
