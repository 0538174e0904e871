import { markdownToHtml } from 'satteri';
import { describe, expect, it } from 'vitest';
import { isExternAdres, MARKDOWN_PLUGINS } from './markdown.ts';

const html = async (md: string) => (await markdownToHtml(md, { hastPlugins: [...MARKDOWN_PLUGINS], features: { gfm: true } })).html;

describe('Markdown plugins for stories', () => {
  it('gives external links rel="noopener noreferrer", and leaves our own links alone', async () => {
    const uit = await html('[a](https://www.vng.nl/x) [b](http://example.org) [c](//cdn.example.org) [d](/verhalen/x/) [e](#kosten) [f](mailto:info@example.org)');
    expect(uit).toContain('<a href="https://www.vng.nl/x" rel="noopener noreferrer">a</a>');
    expect(uit).toContain('<a href="http://example.org" rel="noopener noreferrer">b</a>');
    expect(uit).toContain('<a href="//cdn.example.org" rel="noopener noreferrer">c</a>');
    expect(uit).toContain('<a href="/verhalen/x/">d</a>');
    expect(uit).toContain('<a href="#kosten">e</a>');
    expect(uit).toContain('<a href="mailto:info@example.org">f</a>');
  });

  it('shows raw HTML as text instead of putting it in the page', async () => {
    const uit = await html('Tekst met <img src=x onerror="alert(1)"> erin.\n\n<script>alert(1)</script>\n\n<!-- commentaar -->\n');
    expect(uit).not.toMatch(/<img|<script|<!--/);
    expect(uit).toContain('&lt;img src=x onerror="alert(1)"&gt;');
    expect(uit).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
  });

  it('counts only http(s) and protocol-relative addresses as external', () => {
    expect(['https://a.nl', 'HTTP://a.nl', ' //a.nl'].every(isExternAdres)).toBe(true);
    expect(['/a', 'a.html', '#x', 'mailto:a@b.nl', 'tel:0612345678'].some(isExternAdres)).toBe(false);
  });
});

describe('tables in story text', () => {
  it('sit in a labelled, focusable box, and every cell knows its column (to stack on a phone)', async () => {
    const uit = await html('| Wie | Wat die doet |\n| --- | --- |\n| Welzijnswerk | Dagprogramma’s |\n| Wijkverpleging | Zorg thuis |\n');
    expect(uit).toMatch(/^<div class="tabel" role="region" tabindex="0" aria-label="Tabel: Wie, Wat die doet"><table>/);
    expect(uit).toContain('<td data-kop="Wie">Welzijnswerk</td>');
    expect(uit).toContain('<td data-kop="Wat die doet">Zorg thuis</td>');
    expect(uit).toMatch(/<\/table><\/div>\s*$/);
  });
});
