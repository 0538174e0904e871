import { markdownToHtml } from 'satteri';
import { describe, expect, it } from 'vitest';
import { saneerHtml } from './html.ts';
import { MARKDOWN_OPTIES, MARKDOWN_PLUGINS } from './markdown.ts';
import { TOEGESTANE_ELEMENTEN } from './sanitiser.ts';

describe('the sanitiser keeps only the table', () => {
  it.each([
    ['<p>a<script>alert(1)</script>b</p>', '<p>ab</p>', ['<script>']],
    ['<p><img src="x.png" onerror="alert(1)" alt="x"></p>', '<p><img src="x.png" alt="x"></p>', ['onError=']],
    ['<a href="javascript:alert(1)">k</a>', '<a>k</a>', ['href="javascript:alert(1)"']],
    ['<a href=" JaVa\tScRiPt:alert(1)">k</a>', '<a>k</a>', ['href=" JaVa\tScRiPt:alert(1"']],
    ['<img src="data:image/svg+xml,x" alt="">', '<img alt="">', ['src="data:image/svg+xml,x"']],
    ['<a href="tel:0612345678">bel</a>', '<a>bel</a>', ['href="tel:0612345678"']],
    ['<iframe src="https://x.example"></iframe><p>na</p>', '<p>na</p>', ['<iframe>']],
    ['<svg><script>alert(1)</script></svg>', '', ['<svg>', '<script>']],
    ['<form action="https://x.example"><button>ok</button></form>', 'ok', ['<form>', '<button>']],
    ['<p style="color:red" class="x">t</p><!-- c -->', '<p>t</p>', ['<!-- -->']],
  ])('%j', (invoer, uitvoer, verwijderd) => {
    const r = saneerHtml(invoer);
    expect(r.html).toBe(uitvoer);
    expect(r.verwijderd).toEqual(verwijderd);
  });

  it.each([
    '<p><a href="https://www.vng.nl/" rel="noopener noreferrer">VNG</a> <a href="mailto:redactie@example.org">mail</a> <a href="/verhalen/">hier</a> <a href="#kop">kop</a></p>',
    '<h2 id="kop">Kop</h2>',
    '<ul class="contains-task-list">\n<li class="task-list-item"><input type="checkbox" checked disabled> klaar</li>\n</ul>',
    '<pre><code class="language-js">x\n</code></pre>',
    '<table>\n<thead>\n<tr>\n<th>a</th>\n</tr>\n</thead>\n<tbody>\n<tr>\n<td>1</td>\n</tr>\n</tbody>\n</table>',
  ])('keeps what the renderer makes of plain Markdown: %j', (html) => {
    const r = saneerHtml(html);
    expect(r.html).toBe(html);
    expect(r.verwijderd).toEqual([]);
  });

  it('keeps footnotes working: their ids and links stay as rendered', () => {
    const html = markdownToHtml('Tekst[^1].\n\n[^1]: Bron.', { ...MARKDOWN_OPTIES, hastPlugins: [...MARKDOWN_PLUGINS] }).html;
    const r = saneerHtml(html);
    expect(r.verwijderd).toEqual([]);
    expect(r.html).toContain('<a href="#user-content-fn-1" id="user-content-fnref-1"');
    expect(r.html).toContain('<li id="user-content-fn-1">');
  });

  it('keeps tables as the renderer wraps them: the labelled box and each cell\'s column name', () => {
    const html = markdownToHtml('| Wie | Wat |\n| --- | --- |\n| Welzijnswerk | Dagprogramma |\n', { ...MARKDOWN_OPTIES, hastPlugins: [...MARKDOWN_PLUGINS] }).html;
    const r = saneerHtml(html);
    expect(r.verwijderd).toEqual([]);
    expect(r.html).toContain('<div class="tabel" role="region" tabindex="0" aria-label="Tabel: Wie, Wat"><table>');
    expect(r.html).toContain('<td data-kop="Wat">Dagprogramma</td>');
  });

  it('is one table with one line per element, where the MDX vocabulary adds its elements', () => {
    for (const [el, attrs] of Object.entries(TOEGESTANE_ELEMENTEN)) {
      expect(el).toMatch(/^[a-z][a-z0-9]*$/);
      for (const a of attrs) expect(a, `${el}.${a}`).not.toMatch(/^on/i);
    }
    expect(TOEGESTANE_ELEMENTEN).not.toHaveProperty('script');
  });
});
