/** One search result as a list item, built with DOM methods: Pagefind's text never becomes HTML. */
import { datumTekst } from '../../lib/datum.ts';
import type { PagefindGegevens } from './pagefind.ts';

/** Title as link, samenvatting, and type, gemeente and datum. */
export function resultaatItem(d: PagefindGegevens): HTMLLIElement {
  const li = document.createElement('li');
  const h3 = document.createElement('h3');
  const a = document.createElement('a');
  a.href = d.url;
  a.textContent = d.meta.title ?? d.url;
  h3.append(a);
  li.append(h3);
  if (d.meta.samenvatting) {
    const p = document.createElement('p');
    p.textContent = d.meta.samenvatting;
    li.append(p);
  }
  const meta = document.createElement('p');
  meta.className = 'zoeken__meta';
  const delen: (string | Node)[] = [];
  if (d.meta.type === 'Lab') delen.push('Lab');
  if (d.meta.gemeente) delen.push(d.meta.gemeente);
  if (d.meta.datum) {
    const time = document.createElement('time');
    time.dateTime = d.meta.datum;
    time.textContent = datumTekst(d.meta.datum);
    delen.push(time);
  }
  delen.forEach((deel, i) => meta.append(...(i ? [' · ', deel] : [deel])));
  if (delen.length) li.append(meta);
  const fragment = uittreksel(d.excerpt);
  if (fragment.childNodes.length) {
    const p = document.createElement('p');
    p.className = 'zoeken__meta';
    p.append('In de tekst: …', fragment, '…');
    li.append(p);
  }
  return li;
}

/** Pagefind's excerpt as text with only its <mark> elements kept (never as raw HTML). */
function uittreksel(html: string): DocumentFragment {
  const doc = new DOMParser().parseFromString(`<body>${html}</body>`, 'text/html');
  const uit = document.createDocumentFragment();
  for (const knoop of doc.body.childNodes) {
    if (knoop.nodeName === 'MARK') {
      const mark = document.createElement('mark');
      mark.textContent = knoop.textContent;
      uit.append(mark);
    } else {
      uit.append(knoop.textContent ?? '');
    }
  }
  return uit;
}
