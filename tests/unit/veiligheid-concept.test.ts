// A story with `status: concept` passes the check but never reaches the built site;
// external links in a story's Markdown get rel="noopener noreferrer". One build for both.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ROOT, tijdelijkProject } from '../helpers/project.ts';

function htmlBestanden(map: string): string[] {
  return readdirSync(map, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.html')).map((f) => join(map, f));
}

describe('astro build with a concept story and an external link', () => {
  const project = tijdelijkProject(true);
  afterAll(() => project.opruimen());

  it('leaves the concept out of every page, and publishes the rest', () => {
    const goed = readFileSync(join(ROOT, 'content/verhalen/karima-schuld-houdt-haar-in-de-opvang.mdx'), 'utf8');
    const concept = goed
      .replace(/^titel: .*$/m, 'titel: "Conceptverhaal Zwanenburg nog niet openbaar"')
      .replace('status: gepubliceerd', 'status: concept');
    expect(concept).toContain('status: concept');
    project.schrijf('content/verhalen/nog-niet-openbaar.mdx', concept);
    const metLink = goed.replace(/^titel: .*$/m, 'titel: "Verhaal met een externe link"') + '\nLees ook [het VNG-rapport](https://www.vng.nl/rapport) en [de verhalen](/verhalen/).\n\n```js\nconst a = 1;\n```\n';
    project.schrijf('content/verhalen/met-externe-link.mdx', metLink);

    const r = project.bouw();
    expect(r.status, r.uitvoer).toBe(0);

    const dist = join(project.dir, 'dist');
    expect(existsSync(join(dist, 'verhalen/karima-schuld-houdt-haar-in-de-opvang/index.html'))).toBe(true);
    expect(existsSync(join(dist, 'verhalen/nog-niet-openbaar'))).toBe(false);
    const paginas = htmlBestanden(dist);
    expect(paginas.length).toBeGreaterThan(3);
    for (const pagina of paginas) {
      const html = readFileSync(pagina, 'utf8');
      expect(html, pagina).not.toContain('nog-niet-openbaar');
      expect(html, pagina).not.toContain('Zwanenburg');
    }
  });

  it("renders the pages from the content data the datalaag integration put in a file (Astro's module had the shape it expects)", () => {
    const map = join(project.dir, '.cache/astro/datalaag');
    const bestanden = readdirSync(map);
    expect(bestanden).toHaveLength(1);
    const store = readFileSync(join(map, bestanden[0]!), 'utf8');
    expect(store).toContain('met-externe-link');
    expect(store).toContain('nog-niet-openbaar'); // the store holds concepts too; the pages leave them out
  });

  it('marks external links in Markdown with rel="noopener noreferrer", internal ones not', () => {
    const html = readFileSync(join(project.dir, 'dist/verhalen/met-externe-link/index.html'), 'utf8');
    expect(html).toContain('<a href="https://www.vng.nl/rapport" rel="noopener noreferrer">het VNG-rapport</a>');
    expect(html).toContain('<a href="/verhalen/">de verhalen</a>');
  });

  it('renders code blocks without the inline styles of syntax highlighting, which the CSP would block', () => {
    const html = readFileSync(join(project.dir, 'dist/verhalen/met-externe-link/index.html'), 'utf8');
    expect(html).toContain('<pre><code class="language-js">const a = 1;');
    expect(html).not.toMatch(/\sstyle=/);
  });
});

describe('astro build with an unsafe story', () => {
  const project = tijdelijkProject(true);
  afterAll(() => project.opruimen());

  it('stops before any page is built and names file, line and fix', () => {
    const goed = readFileSync(join(ROOT, 'content/verhalen/karima-schuld-houdt-haar-in-de-opvang.mdx'), 'utf8');
    const regels = goed.split('\n').length; // the file ends with a newline, so line `regels` is empty
    const kwaad = `${goed}\nexport const x = 1\n\nHaar BSN is 123456782.\n`;
    project.schrijf('content/verhalen/onveilig.mdx', kwaad);
    const r = project.bouw();
    const uitvoer = r.uitvoer;
    expect(r.status).not.toBe(0);
    expect(uitvoer).toContain(`content/verhalen/onveilig.mdx:${regels + 1}: import en export zijn niet toegestaan in een verhaal`);
    expect(uitvoer).toContain(`content/verhalen/onveilig.mdx:${regels + 3}: burgerservicenummer gevonden (BSN 1234***82).`);
    expect(uitvoer).not.toContain('123456782');
    expect(uitvoer).not.toContain('Shiki');
    expect(existsSync(join(project.dir, 'dist'))).toBe(false);
  });
});
