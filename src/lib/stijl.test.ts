import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { bouwStijl, declaraties, gebruikteVariabelen, herkomstRegel, kies, regels, schrijf, selectoren, siteSelector, themaPlat, verklein } from './stijl.ts';

describe('CSS helpers', () => {
  it('splits top-level rules, keeping @media whole', () => {
    const r = regels('@charset "UTF-8"; /* x */ a { color: red } @media print { a { color: black } }');
    expect(r).toEqual([
      { kop: 'a', inhoud: 'color: red' },
      { kop: '@media print', inhoud: 'a { color: black }' },
    ]);
    expect(() => regels('a { color: red')).toThrow('niet gesloten');
  });

  it('splits selector lists outside brackets', () => {
    expect(selectoren('a:not(.x, .y), b[title="1,2"] , c')).toEqual(['a:not(.x, .y)', 'b[title="1,2"]', 'c']);
  });

  it('keeps only the wanted selectors, also inside @media', () => {
    const css = '.h select, .h p { color: red } .h textarea { x: y } @media print { .h select { a: b } .h p { c: d } }';
    const gekozen = kies(css, (s) => !s.includes('select') && !s.includes('textarea'));
    expect(schrijf(gekozen)).toBe('.h p{color:red}@media print{.h p{c:d}}');
  });

  it('resolves token chains and keeps tokens that fallbacks need', () => {
    const thema = declaraties('--a: var(--b); --b: var(--c); --c: 8px; --d: var(--e, 1px); --e: 2px; --ongebruikt: 3px;');
    expect(themaPlat(thema, ['--a', '--d', '--onbekend'])).toEqual([
      ['--a', '8px'],
      ['--d', 'var(--e, 1px)'],
      ['--e', '2px'],
    ]);
    expect(() => themaPlat(declaraties('--x: var(--y); --y: var(--x);'), ['--x'])).toThrow('verwijst naar zichzelf');
  });

  it("applies the site's token choices (rules with the theme's selector in our CSS) before resolving references", () => {
    const thema = '.thema { --kop: var(--tekst); --tekst: "Noto Sans", sans-serif; --lijn: 1px; }';
    const eigen = '.thema { --tekst: system-ui, sans-serif; } h1 { font-family: var(--kop); content: attr(x) ": "; } .thema p { margin: var(--lijn); }';
    const css = bouwStijl({ html: '', thema, eigen, paginas: ['.pagina { border-width: var(--lijn); }'], houd: () => true });
    // The heading token follows the changed text token; the choice itself is not shipped as a rule;
    // a token read only by a page stylesheet is defined; strings keep their spaces.
    expect(css).toBe('.thema{--kop:system-ui,sans-serif;--lijn:1px}h1{font-family: var(--kop);content: attr(x) ": "}.thema p{margin: var(--lijn)}');
  });

  it('gives print the origin of the site, and refuses an address that is not one', () => {
    expect(herkomstRegel('https://voorbeeld.github.io/kennisbank/')).toBe('@media print{.utrecht-html{--herkomst:"https://voorbeeld.github.io"}}');
    expect(() => herkomstRegel('geen adres')).toThrow();
  });

  it('minifies without touching descendant selectors', () => {
    expect(verklein('a :focus , b {\n  color : red ;\n}\n')).toBe('a :focus,b{color : red}');
    expect([...gebruikteVariabelen('x: var(--a, var(--b)); y: var( --c)')]).toEqual(['--a', '--b', '--c']);
  });
});

describe('the real stylesheet', () => {
  const require = createRequire(import.meta.url);
  const lees = (p: string) => readFileSync(require.resolve(p), 'utf8');
  // A page's own CSS (src/styles/<page>.css, imported by that page) comes on top of the site's.
  const stijlen = new URL('../styles/', import.meta.url);
  const paginaStijlen = readdirSync(stijlen).filter((f) => f.endsWith('.css') && f !== 'basis.css');
  const paginas = paginaStijlen.map((naam) => readFileSync(new URL(naam, stijlen), 'utf8'));
  const css = bouwStijl({
    html: lees('@utrecht/component-library-css/dist/html.css'),
    thema: lees('@nl-design-system-unstable/voorbeeld-design-tokens/dist/theme.css'),
    eigen: readFileSync(new URL('../styles/basis.css', import.meta.url), 'utf8') + herkomstRegel('https://3d-lab-kennisbank.github.io'),
    paginas,
    houd: siteSelector,
  });

  it('stays under the budget of 30 kB', () => {
    expect(Buffer.byteLength(css)).toBeLessThan(30_000);
  });

  it('keeps the CSS of the pages that add their own under 30 kB too', () => {
    expect(paginaStijlen).toEqual(expect.arrayContaining(['bijdragen.css', 'zoeken.css']));
    for (const naam of paginaStijlen) {
      const eigen = verklein(readFileSync(new URL(naam, stijlen), 'utf8'));
      expect(Buffer.byteLength(css) + Buffer.byteLength(eigen), naam).toBeLessThan(30_000);
    }
  });

  it('has the NL Design System rules for text and tables, and no unused form controls', () => {
    expect(css).toContain('.utrecht-html h1{');
    expect(css).toContain('.utrecht-html th{');
    expect(css).not.toMatch(/\.utrecht-html (textarea|select|input)/);
    expect(css).not.toContain('text-size-adjust');
    expect(css).not.toContain('--lux-');
  });

  it('defines every theme token it reads, and every one that the pages\' own CSS reads', () => {
    const gedefinieerd = new Set([...css.matchAll(/(--[\w-]+):/g)].map((m) => m[1]));
    const thema = declaraties(lees('@nl-design-system-unstable/voorbeeld-design-tokens/dist/theme.css'));
    const gelezen = [css, ...paginas].flatMap((c) => [...gebruikteVariabelen(c)]);
    expect(gelezen).toContain('--basis-color-negative-color-default'); // read by bijdragen.css only
    const ontbreekt = gelezen.filter((n) => thema.has(n) && !gedefinieerd.has(n));
    expect(ontbreekt).toEqual([]);
  });

  it('uses no font that the site does not ship: headings and text in the system font, no serif', () => {
    // Values written out (the tokens and fallbacks); those that read a token are checked through it.
    const waarden = [...css.matchAll(/font-family:\s*([^;}]+)/g)].map((m) => m[1]!.trim()).filter((w) => !w.startsWith('var('));
    expect(waarden.length).toBeGreaterThan(5);
    expect(new Set(waarden.flatMap((w) => w.split(',')))).toEqual(new Set(['system-ui', 'sans-serif', 'ui-monospace', 'monospace']));
    expect(css).toContain('--utrecht-heading-1-font-family:system-ui,sans-serif');
    expect(css).toContain('--utrecht-table-caption-font-family:system-ui,sans-serif');
  });
});
