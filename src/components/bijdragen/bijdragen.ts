/**
 * Browser entry of /bijdragen/ (bundled by Astro, loaded only there): wires the form's parts together.
 * The page's data arrives as JSON in #bijdragen-gegevens; src/lib/bijdragen/formulier.ts checks the input
 * with the content schema. Rows: rijen.ts; reading and restoring the fields: invoer.ts; the draft:
 * concept.ts; errors: fouten.ts; the file and its way to GitHub: resultaat.ts.
 */
import './zod-zonder-jit.ts'; // must stay the first import: see its comment
import { verwerk, type FormulierGegevens } from '../../lib/bijdragen/formulier.ts';
import type { Parsers } from '../../lib/bijdragen/veiligheid.ts';
import { bewaar, herstel, vergeet } from './concept.ts';
import { $ } from './dom.ts';
import { toonFouten, wisFouten } from './fouten.ts';
import { lees } from './invoer.ts';
import { koppelKopieerknop, toonResultaat, verbergResultaat } from './resultaat.ts';
import { BEGINRIJEN, verwijder, voegToe, werkBronKeuzesBij, werkLostOpBij, type Lijst } from './rijen.ts';
import { koppelTekstonderdelen } from './tekstonderdelen.ts';
import { leesVrijstellingen, toonVrijstellingen } from './vrijstellingen.ts';

const formulier = $<HTMLFormElement>('#bijdrageformulier');
const gegevens = JSON.parse($('#bijdragen-gegevens').textContent ?? '{}') as FormulierGegevens;

// The MDX and Markdown parsers of the safety gates load with the first check, not with the page.
let parsers: Promise<Parsers> | undefined;
const laadParsers = () => (parsers ??= import('../../lib/veiligheid/micromark.ts').then((m) => m.MICROMARK_PARSERS));

formulier.addEventListener('submit', async (e) => {
  e.preventDefault();
  wisFouten(formulier);
  verbergResultaat();
  // The schema, the personal-data scan and the MDX gate of `npm run check`: nothing reaches a link,
  // the download or the clipboard while any of them finds something.
  let r: ReturnType<typeof verwerk>;
  try {
    r = verwerk({ ...lees(formulier), vrijstellingen: leesVrijstellingen(formulier) }, gegevens, await laadParsers());
  } catch {
    // Thousands of nested elements overflow a parser's stack: the check cannot pass, so nothing is offered.
    toonFouten(formulier, [{ veld: 'tekst', bericht: 'De tekst is te diep genest om te controleren (bijvoorbeeld duizenden elementen of nadrukken in elkaar). Maak de structuur platter.' }]);
    return;
  }
  toonVrijstellingen(formulier, r.privacy);
  if (r.fouten.length) toonFouten(formulier, r.fouten);
  else toonResultaat(gegevens, r.bestand, r.slug, r.mdx);
});

formulier.addEventListener('click', (e) => {
  const knop = (e.target as Element).closest<HTMLButtonElement>('button[data-voeg-toe], button[data-verwijder]');
  if (!knop) return;
  if (knop.dataset.voegToe) voegToe(knop.dataset.voegToe as Lijst);
  else verwijder(knop.closest<HTMLElement>('[data-rij]')!);
  bewaar(formulier);
});

formulier.addEventListener('input', (e) => {
  const el = e.target as HTMLElement;
  verbergResultaat();
  // Barrier names and source titles are what the breakthroughs and cost items choose from.
  if (el.closest('[data-rijen="belemmeringen"] [data-deel="naam"]')) werkLostOpBij();
  if (el.closest('[data-rijen="bronnen"] [data-deel="titel"]')) werkBronKeuzesBij();
  if (el.id === 'veld-samenvatting') telTekens();
  bewaar(formulier);
});

const teller = $('#teller-samenvatting');
function telTekens() {
  const max = Number(teller.dataset.max);
  const lengte = $<HTMLTextAreaElement>('#veld-samenvatting').value.trim().replace(/\s+/g, ' ').length;
  teller.textContent = lengte > max ? `Je hebt ${lengte - max} tekens te veel.` : `Nog ${max - lengte} tekens over.`;
}

koppelKopieerknop();
koppelTekstonderdelen(() => {
  verbergResultaat();
  bewaar(formulier);
});

// Clearing asks first; "Nee" and Escape go back to where the person was.
const leegmaken = $<HTMLButtonElement>('#opnieuw');
const vraag = $('#opnieuw-vraag');
function vraagLeegmaken(open: boolean) {
  vraag.hidden = !open;
  leegmaken.setAttribute('aria-expanded', String(open));
  (open ? $('#opnieuw-nee') : leegmaken).focus();
}
leegmaken.addEventListener('click', () => vraagLeegmaken(vraag.hidden !== false));
$('#opnieuw-nee').addEventListener('click', () => vraagLeegmaken(false));
vraag.addEventListener('keydown', (e) => {
  if (e.key === 'Escape') vraagLeegmaken(false);
});
$('#opnieuw-ja').addEventListener('click', () => {
  vergeet();
  location.reload();
});

if (!herstel(formulier)) for (const lijst of BEGINRIJEN) voegToe(lijst, false);
telTekens();
formulier.hidden = false;
$('#zonder-js-melding').hidden = true;
