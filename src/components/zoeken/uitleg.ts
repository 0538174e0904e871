/** The notice above the results: how the query was read and, when it found nothing, what to try instead. */
import { schrijfStaat, type ZoekStaat } from '../../lib/zoeken/staat.ts';
import { bredereTekst, GEEN_UITWEG, ontbrekendTekst, plaatsTekst, aantalTekst } from '../../lib/zoeken/weergave.ts';
import type { Antwoord } from './berichten.ts';

const alinea = (...inhoud: (string | Node)[]) => {
  const p = document.createElement('p');
  p.append(...inhoud);
  return p;
};

/** A link to another search on this page; zoeken.ts turns the click into a new search (and history entry). */
function zoekLink(staat: ZoekStaat, tekst: string): HTMLAnchorElement {
  const a = document.createElement('a');
  a.href = `${location.pathname}${schrijfStaat(staat)}`;
  a.textContent = tekst;
  a.dataset.zoeklink = '';
  return a;
}

export function uitlegInhoud({ staat, aantal, uitleg }: Antwoord): HTMLElement[] {
  const uit: HTMLElement[] = [];
  if (uitleg.plaatsen.length) uit.push(alinea(plaatsTekst(uitleg.plaatsen)));
  if (uitleg.ontbrekend.length) uit.push(alinea(ontbrekendTekst(uitleg.ontbrekend)));
  if (uitleg.suggesties.length) {
    const links = uitleg.suggesties.flatMap((s, i) => [...(i ? [i === uitleg.suggesties.length - 1 ? ' of ' : ', '] : []), zoekLink({ ...staat, q: s }, s)]);
    uit.push(alinea('Bedoelde je ', ...links, '?'));
  }
  if (uitleg.breder && aantal > 0) uit.push(alinea(bredereTekst(uitleg.breder)));
  if (uitleg.zonderBeperking) {
    const { q, aantal: n } = uitleg.zonderBeperking;
    uit.push(alinea('Zonder plaats en filters: ', zoekLink({ q, filters: {}, volgorde: staat.volgorde }, `${aantalTekst(n)} voor "${q}"`), '.'));
  }
  if (aantal === 0 && !uitleg.suggesties.length && !uitleg.zonderBeperking) uit.push(alinea(GEEN_UITWEG));
  return uit;
}
