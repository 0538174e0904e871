/** One search result as a list item, built with DOM methods: no text of the index ever becomes HTML. */
import { datumTekst } from '../../lib/datum.ts';
import type { Deel } from '../../lib/zoeken/uittreksel.ts';
import type { Resultaat } from './berichten.ts';

/** Title as link, samenvatting, type, gemeente and datum, the sentence around the match, and in a wider search the words it has. */
export function resultaatItem(d: Resultaat): HTMLLIElement {
  const li = document.createElement('li');
  const h3 = document.createElement('h3');
  const a = document.createElement('a');
  a.href = d.url;
  a.textContent = d.titel;
  h3.append(a);
  li.append(h3);
  if (d.samenvatting) {
    const p = document.createElement('p');
    p.textContent = d.samenvatting;
    li.append(p);
  }
  const meta = document.createElement('p');
  meta.className = 'zoeken__meta';
  const delen: (string | Node)[] = [];
  if (d.type === 'Lab') delen.push('Lab');
  if (d.gemeente) delen.push(d.gemeente);
  if (d.datum) {
    const time = document.createElement('time');
    time.dateTime = d.datum;
    time.textContent = datumTekst(d.datum);
    delen.push(time);
  }
  delen.forEach((deel, i) => meta.append(...(i ? [' · ', deel] : [deel])));
  if (delen.length) li.append(meta);
  if (d.uittreksel.length) {
    const p = document.createElement('p');
    p.className = 'zoeken__meta zoeken__uittreksel';
    p.append('In de tekst: ', ...markeer(d.uittreksel));
    li.append(p);
  }
  if (d.doelgroepen?.length) {
    const p = document.createElement('p');
    p.className = 'zoeken__meta';
    p.textContent = `Gevonden via de doelgroep: ${d.doelgroepen.join(', ')}`;
    li.append(p);
  }
  if (d.bevat?.length) {
    const p = document.createElement('p');
    p.className = 'zoeken__meta';
    p.textContent = `Bevat: ${d.bevat.join(', ')}`;
    li.append(p);
  }
  return li;
}

function markeer(uittreksel: readonly Deel[]): (string | Node)[] {
  return uittreksel.map((d) => {
    if (!d.mark) return d.tekst;
    const mark = document.createElement('mark');
    mark.textContent = d.tekst;
    return mark;
  });
}
