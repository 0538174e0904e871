import { describe, expect, it } from 'vitest';
import { leesFrontmatter } from '../inhoud/frontmatter.ts';
import type { InhoudBestand } from '../inhoud/controle.ts';
import { maakMdxControle } from './bestanden.ts';
import { onveiligSchema, TOEGESTANE_COMPONENTEN } from './mdx.ts';
import { attribuutNamen, COMPONENTNAMEN } from '../verhaaltekst/woordenschat.ts';

const refs = { gemeenten: [], tags: [], beloften: [], belemmeringen: [], doorbraken: [], doelgroepen: [], rapporteurs: [], labs: [] };
/** Frontmatter of 3 lines, so the body starts on line 4. */
function bestand(body: string): InhoudBestand {
  const bron = `---\ntitel: x\n---\n${body}`;
  return { soort: 'verhaal', id: 'x', pad: 'content/verhalen/x.mdx', bron, gelezen: leesFrontmatter(bron) };
}

describe('MDX allowlist', () => {
  it('by default lets exactly the text vocabulary through, with its attributes', () => {
    const woordenschat = Object.fromEntries(COMPONENTNAMEN.map((n) => [n, attribuutNamen(n)]));
    expect(TOEGESTANE_COMPONENTEN).toEqual(woordenschat);
    expect(maakMdxControle()(bestand('<Citaat wie="een moeder" bron="VNG">Tekst</Citaat>'), refs)).toEqual([]);
    expect(maakMdxControle()(bestand('<Quote wie="een moeder">Tekst</Quote>'), refs).map((p) => p.bericht)).toEqual([
      'onbekend component <Quote>. Bedoelde je <Citaat>? Toegestaan: <Citaat>, <Kerngetal>, <Tijdlijn>, <Moment>, <Kader>.',
    ]);
  });

  it('takes a number literal as an attribute value, and no other expression', () => {
    const controle = maakMdxControle();
    expect(controle(bestand('<Tijdlijn>\n<Moment datum={2008}>Begin.</Moment>\n</Tijdlijn>'), refs)).toEqual([]);
    for (const waarde of ['{2008 + 1}', '{"2008"}', '{jaar}', '{0x7D8}', '{2008 /* */}', '{-1.5e3}']) {
      const problemen = controle(bestand(`<Tijdlijn>\n<Moment datum=${waarde}>Begin.</Moment>\n</Tijdlijn>`), refs);
      expect(problemen.map((p) => p.bericht.split(':')[0]), waarde).toContain('attribuut datum= op <Moment> heeft een waarde met { }');
    }
  });

  it('lets an allowlisted component with plain attributes through', () => {
    const controle = maakMdxControle({ Citaat: ['bron', 'groot'] });
    expect(controle(bestand('Inleiding.\n\n<Citaat bron="VNG" groot>Dichtbij is beter.</Citaat>\n'), refs)).toEqual([]);
  });

  it('still rejects code in the attributes of an allowlisted component', () => {
    const controle = maakMdxControle({ Citaat: ['bron', 'href'] });
    const problemen = controle(bestand('<Citaat\n  onMouseOver="x()"\n  bron={geheim}\n  {...props}\n  href="javascript:void(0)"\n/>'), refs);
    expect(problemen.map((p) => [p.regel, p.bericht.split(':')[0]])).toEqual([
      [5, 'attribuut onMouseOver= op <Citaat> is niet toegestaan'],
      [6, 'attribuut bron= op <Citaat> heeft een waarde met { }'],
      [7, '<Citaat> heeft een attribuut met { }'],
      [8, 'attribuut href= op <Citaat> bevat "javascript'],
    ]);
  });

  it('decodes character references in attributes before judging a URL', () => {
    const problemen = maakMdxControle({ Citaat: ['bron'] })(bestand('<Citaat bron="java&#115;cript:alert(1)" />'), refs);
    expect(problemen.map((p) => p.bericht.split(':')[0])).toEqual(['attribuut bron= op <Citaat> bevat "javascript']);
  });

  it('rejects a fragment, which is JSX too', () => {
    expect(maakMdxControle()(bestand('<>tekst</>'), refs).map((p) => p.bericht.slice(0, 39))).toEqual(['HTML of component <> is niet toegestaan']);
  });

  it('checks the children of an allowlisted component too', () => {
    const problemen = maakMdxControle({ Citaat: ['bron'] })(bestand('<Citaat>\n  <script>x</script>\n</Citaat>'), refs);
    expect(problemen.map((p) => p.regel)).toEqual([5]);
  });
});

describe('onveiligSchema', () => {
  it.each([
    ['javascript:alert(1)', 'javascript:'],
    [' JAVASCRIPT:x', 'javascript:'],
    ['java\nscript:x', 'javascript:'],
    ['vbscript:x', 'vbscript:'],
    ['data:text/html,<b>', 'data:'],
    ['https://www.vng.nl/', undefined],
    ['/verhalen/', undefined],
    ['mailto:info@example.org', undefined],
  ])('%j -> %s', (url, verwacht) => expect(onveiligSchema(url)).toBe(verwacht));
});

describe('what the gate lets through is rendered as Markdown without raw HTML', () => {
  // The build renders accepted bodies as Markdown. Anything Markdown would read as raw HTML must
  // be rejected here (or be plain text to the MDX parser too), or it would reach the page.
  // Each case says whether Markdown sees HTML in it, so that both kinds are really exercised.
  const MARKDOWN_ZIET_HTML = [
    'a<b>c</b>',
    'x <?php echo 1 ?>',
    '<![CDATA[ x ]]>',
    '<!DOCTYPE html>',
    '<!-- redactie -->',
    '</p>',
    '<div\n>x</div>',
    'Tekst\n<span>x</span>',
    '| a | <b>x</b> |\n| - | - |\n| 1 | 2 |',
  ];
  const GEWONE_TEKST = [
    '5 < 6 en 7 > 3',
    'a <b',
    '<1>',
    '<https://www.vng.nl>',
    '<info@example.org>',
    '\\<script>alert(1)\\</script>',
    '`<script>` in code',
    '```\n<script>alert(1)</script>\n```',
  ];
  async function htmlVolgensMarkdown(body: string): Promise<string[]> {
    const { markdownToMdast } = await import('satteri');
    const html: string[] = [];
    const zoek = (n: { type: string; value?: string; children?: unknown[] }) => {
      if (n.type === 'html') html.push(n.value ?? '');
      for (const c of (n.children ?? []) as (typeof n)[]) zoek(c);
    };
    zoek(markdownToMdast(body, { features: { gfm: true } }) as Parameters<typeof zoek>[0]);
    return html;
  }

  it.each(MARKDOWN_ZIET_HTML)('rejects %j, which Markdown reads as HTML', async (body) => {
    expect(await htmlVolgensMarkdown(body)).not.toEqual([]);
    expect(maakMdxControle()(bestand(body), refs)).not.toEqual([]);
  });

  it.each(GEWONE_TEKST)('%j is plain text to Markdown', async (body) => {
    expect(await htmlVolgensMarkdown(body)).toEqual([]);
  });
});

describe('one truth: whatever the gate lets through renders without anything the sanitiser must remove', () => {
  // Constructs on which the MDX parser (the gate) and the Markdown parser (the renderer) disagree, found
  // while hunting for issue 14, and the usual ways in. Indented fences are code to MDX (it has no
  // indented code) and indented code plus live text to Markdown.
  const gevallen = [
    '    ```\n[x](javascript:alert(1))\n    ```',
    '        ~~~\n[x](javascript:alert(1))\n        ~~~',
    '    ```\n<script>alert(1)</script>\n    ```',
    '    ```\n<img src=x onerror=alert(1)>\n    ```',
    '     `a\n[x](javascript:alert(1))`',
    '- a\n\n      [x](javascript:alert(1))',
    '<javascript:alert(1)>',
    '[x](<javascript:alert(1)>)',
    '[x]: javascript:alert(1)\n\n[x]',
    '[x](javascript&#58;alert(1))',
    '[x](JaVaScRiPt:alert(1))',
    '![x](data:text/html,x)',
    '[x](tel:0612345678)',
    '[x](file:///etc/passwd)',
    '> [x](vbscript:msgbox)',
    '<a href="javascript:1">a</a>',
    '    <script>alert(1)</script>',
    '1. x\n\n        <script>alert(1)</script>',
  ];
  it.each(gevallen)('%j', async (body) => {
    const { htmlToHast, markdownToHtml } = await import('satteri');
    const { MARKDOWN_OPTIES, MARKDOWN_PLUGINS } = await import('./markdown.ts');
    const { onveiligeOnderdelen } = await import('./sanitiser.ts');
    const problemen = maakMdxControle()(bestand(body), refs);
    const html = markdownToHtml(body, { ...MARKDOWN_OPTIES, hastPlugins: [...MARKDOWN_PLUGINS] }).html;
    const onveilig = onveiligeOnderdelen(htmlToHast(html, { fragment: true }) as Parameters<typeof onveiligeOnderdelen>[0]);
    if (onveilig.length) expect(problemen, `de renderer maakt ${onveilig.join(', ')}`).not.toEqual([]);
  });
});
