/**
 * Tables written in a story's Markdown get what the site's own tables have (basis.css, "Tables"):
 * a labelled, focusable scroll box (div.tabel), and each cell's column name in data-kop, so that
 * on a phone every row stacks into a block of "column: value" lines instead of squeezing three
 * text columns into 288 px (words broke after every few letters).
 */
import type { Element, ElementContent } from 'hast';
import { defineHastPlugin } from 'satteri';

const elementen = (kinderen: readonly ElementContent[], naam: string): Element[] =>
  kinderen.filter((k): k is Element => k.type === 'element' && k.tagName === naam);

export const tabellen = defineHastPlugin({
  name: 'kennisbank-tabellen',
  element: {
    filter: ['table'],
    visit(tabel, ctx) {
      const kopRij = elementen(tabel.children, 'thead').flatMap((t) => elementen(t.children, 'tr'))[0];
      const koppen = kopRij ? elementen(kopRij.children, 'th').map((th) => ctx.textContent(th).trim()) : [];
      for (const rij of elementen(tabel.children, 'tbody').flatMap((t) => elementen(t.children, 'tr'))) {
        elementen(rij.children, 'td').forEach((cel, i) => {
          if (koppen[i]) ctx.setProperty(cel, 'dataKop', koppen[i]);
        });
      }
      ctx.wrapNode(tabel, {
        type: 'element',
        tagName: 'div',
        properties: { className: ['tabel'], role: 'region', tabIndex: 0, ariaLabel: koppen.length ? `Tabel: ${koppen.join(', ')}` : 'Tabel' },
        children: [],
      });
    },
  },
});
