/**
 * Exception requests (the fieldset "Geen persoonsgegeven?" in Bijdrageformulier.astro). After each check
 * every personal-data finding gets a row: a contributor who is sure a value is no personal data ticks it
 * and gives a reason. The request goes into the file (privacy.vrijstellingen), where the pull-request
 * check lists it and an editor approves it or not. Rows keep what was typed across checks.
 */
import type { PrivacyVondst } from '../../lib/bijdragen/veiligheid.ts';
import { veldSleutel } from '../../lib/bijdragen/formulier.ts';
import type { Vrijstelling } from '../../lib/veiligheid/persoonsgegevens.ts';
import { $, $$ } from './dom.ts';

const sleutel = (veld: string, waarde: string) => JSON.stringify([veld, waarde]);

/** What the field is called on the page: its label or legend. */
function veldNaam(formulier: HTMLFormElement, v: PrivacyVondst): string {
  const delen = (v.pad ? veldSleutel(v.pad) : 'tekst').split('.');
  while (delen.length) {
    const houder = $(`[data-veld="${delen.join('.')}"]`, formulier);
    const kop = houder && $(':scope > label, :scope > legend', houder);
    if (kop?.textContent) return kop.textContent.trim();
    delen.pop();
  }
  return v.veld;
}

export function toonVrijstellingen(formulier: HTMLFormElement, vondsten: readonly PrivacyVondst[]) {
  const lijst = $('#vrijstellingen-lijst', formulier);
  const eerder = new Map($$<HTMLElement>('[data-vrijstelling]', lijst).map((rij) => [rij.dataset.vrijstelling!, rij]));
  const rijen = vondsten.map((v, i) => {
    const s = sleutel(v.veld, v.waarde);
    const bestaand = eerder.get(s);
    if (bestaand) return bestaand;
    const li = document.createElement('li');
    li.className = 'rij';
    li.dataset.vrijstelling = s;
    const keuze = document.createElement('div');
    keuze.className = 'keuze';
    const vink = document.createElement('input');
    vink.type = 'checkbox';
    vink.id = `vrijstelling-${Date.now().toString(36)}-${i}`;
    const label = document.createElement('label');
    label.htmlFor = vink.id;
    label.textContent = `“${v.waarde}” in ${veldNaam(formulier, v)} is geen persoonsgegeven`;
    keuze.append(vink, label);
    const redenLabel = document.createElement('label');
    redenLabel.htmlFor = `${vink.id}-reden`;
    redenLabel.textContent = 'Waarom niet? Een redacteur leest je reden voordat het verhaal verschijnt.';
    const reden = document.createElement('textarea');
    reden.id = `${vink.id}-reden`;
    reden.rows = 2;
    reden.dataset.reden = '';
    li.append(keuze, redenLabel, reden);
    return li;
  });
  lijst.replaceChildren(...rijen);
  $('#vrijstellingen', formulier).hidden = rijen.length === 0;
}

/** The requests the contributor ticked, as they go into the file. */
export function leesVrijstellingen(formulier: HTMLFormElement): Vrijstelling[] {
  return $$<HTMLElement>('#vrijstellingen-lijst [data-vrijstelling]', formulier)
    .filter((rij) => $<HTMLInputElement>('input[type="checkbox"]', rij).checked)
    .map((rij) => {
      const [veld, waarde] = JSON.parse(rij.dataset.vrijstelling!) as [string, string];
      return { waarde, veld, reden: $<HTMLTextAreaElement>('textarea', rij).value };
    });
}
