/**
 * Builds the site's one stylesheet from NL Design System packages, small enough for the
 * budget of 30 kB CSS per page:
 * - from @utrecht/component-library-css's html.css (plain HTML elements, scoped by the
 *   class "utrecht-html") only the rules for the elements this site uses;
 * - from the voorbeeld theme (200 kB of design tokens) only the custom properties that
 *   those rules and our own CSS use, followed transitively through var() references;
 * - our own CSS; everything with comments and extra whitespace removed.
 */

export interface Regel {
  /** Selector list, or the at-rule prelude ("@media print"). */
  kop: string;
  /** Everything between the outer braces. */
  inhoud: string;
}

export function zonderCommentaar(css: string): string {
  return css.replace(/\/\*[\s\S]*?\*\//g, '');
}

/** Top-level rules of a stylesheet; nested blocks (e.g. @media) stay whole in `inhoud`. */
export function regels(css: string): Regel[] {
  const s = zonderCommentaar(css).replace(/@charset[^;]*;/g, '');
  const uit: Regel[] = [];
  let diepte = 0;
  let begin = 0;
  let open = -1;
  for (let i = 0; i < s.length; i++) {
    const c = s[i];
    if (c === '{') {
      if (diepte === 0) open = i;
      diepte++;
    } else if (c === '}') {
      diepte--;
      if (diepte === 0) {
        uit.push({ kop: s.slice(begin, open).trim(), inhoud: s.slice(open + 1, i).trim() });
        begin = i + 1;
      }
      if (diepte < 0) throw new Error(`CSS: een "}" te veel bij teken ${i}`);
    }
  }
  if (diepte !== 0) throw new Error('CSS: een "{" wordt niet gesloten');
  return uit;
}

/** Splits a selector list on commas outside parentheses and brackets. */
export function selectoren(kop: string): string[] {
  const uit: string[] = [];
  let diepte = 0;
  let begin = 0;
  for (let i = 0; i < kop.length; i++) {
    const c = kop[i];
    if (c === '(' || c === '[') diepte++;
    else if (c === ')' || c === ']') diepte--;
    else if (c === ',' && diepte === 0) {
      uit.push(kop.slice(begin, i).trim());
      begin = i + 1;
    }
  }
  uit.push(kop.slice(begin).trim());
  return uit.filter(Boolean);
}

/**
 * Keeps the selectors for which `houd` is true; drops rules left without selectors.
 * At-rules are kept when `houd` keeps one of the selectors inside them.
 */
export function kies(css: string, houd: (selector: string) => boolean): Regel[] {
  const uit: Regel[] = [];
  for (const r of regels(css)) {
    if (r.kop.startsWith('@')) {
      const binnen = kies(r.inhoud, houd);
      if (binnen.length) uit.push({ kop: r.kop, inhoud: schrijf(binnen) });
      continue;
    }
    const over = selectoren(r.kop).filter(houd);
    if (over.length) uit.push({ kop: over.join(','), inhoud: r.inhoud });
  }
  return uit;
}

export function schrijf(rs: readonly Regel[]): string {
  // Inside a declaration block spaces around ":" and in brackets mean nothing; in selectors they do.
  const blok = (r: Regel) => (r.kop.startsWith('@') ? r.inhoud : r.inhoud.replace(/\s*:\s*/g, ':').replace(/\(\s+/g, '(').replace(/\s+\)/g, ')'));
  return rs.map((r) => `${r.kop}{${blok(r)}}`).join('');
}

/** Names of all custom properties read with var(). */
export function gebruikteVariabelen(css: string): Set<string> {
  return new Set([...css.matchAll(/var\(\s*(--[\w-]+)/g)].map((m) => m[1]!));
}

/** Custom property declarations (`--x: waarde;`) of a block. */
export function declaraties(blok: string): Map<string, string> {
  const uit = new Map<string, string>();
  for (const m of zonderCommentaar(blok).matchAll(/(--[\w-]+)\s*:\s*([^;]*?)\s*(?:;|$)/g)) uit.set(m[1]!, m[2]!);
  return uit;
}

/**
 * The theme tokens that the CSS reads (`nodig`), with references between theme tokens
 * resolved at build time
 * (`--a: var(--b)` with `--b: 8px` becomes `--a: 8px`), so that only the tokens that the
 * CSS reads directly remain. References with a fallback, or to unknown names, stay as they are.
 */
export function themaPlat(thema: Map<string, string>, nodig: Iterable<string>): [string, string][] {
  const klaar = new Map<string, string>();
  const bezig = new Set<string>();
  const los = (naam: string): string => {
    const bekend = klaar.get(naam);
    if (bekend !== undefined) return bekend;
    if (bezig.has(naam)) throw new Error(`Thema: ${naam} verwijst naar zichzelf`);
    bezig.add(naam);
    const waarde = thema.get(naam)!.replace(/var\(\s*(--[\w-]+)\s*\)/g, (heel, ander: string) => (thema.has(ander) ? los(ander) : heel));
    bezig.delete(naam);
    klaar.set(naam, waarde);
    return waarde;
  };
  // References that could not be inlined (with a fallback) still need their token.
  const gevraagd = new Set<string>();
  const werk = [...nodig];
  while (werk.length) {
    const naam = werk.pop()!;
    if (gevraagd.has(naam) || !thema.has(naam)) continue;
    gevraagd.add(naam);
    werk.push(...gebruikteVariabelen(los(naam)));
  }
  return [...thema.keys()].filter((n) => gevraagd.has(n)).map((n) => [n, los(n)]);
}

/** Removes comments and whitespace that carries no meaning. Keeps spaces inside selectors. */
export function verklein(css: string): string {
  return zonderCommentaar(css)
    .replace(/\s+/g, ' ')
    .replace(/\s*([{};,])\s*/g, '$1')
    .replace(/;}/g, '}')
    .trim();
}

export interface StijlInvoer {
  /** @utrecht/component-library-css/dist/html.css */
  html: string;
  /** The theme file; its first rule is the theme class block. */
  thema: string;
  eigen: string;
  /** The stylesheets of single pages (src/styles/<page>.css): shipped with their page, their tokens here. */
  paginas?: readonly string[];
  houd: (selector: string) => boolean;
}

/**
 * Our own CSS may hold the site's token choices: top-level rules with the theme's selector
 * (".voorbeeld-theme { --basis-heading-font-family: … }"). They change the theme's tokens before
 * references are resolved, so every token that refers to a changed one follows (one font family
 * reaches the heading, caption and paragraph tokens), and the theme's old value is not shipped as well.
 */
export function bouwStijl({ html, thema, eigen, paginas = [], houd }: StijlInvoer): string {
  const basis = schrijf(kies(html, houd));
  const themaRegels = regels(thema);
  const themaKop = themaRegels[0]?.kop ?? ':root';
  const tokens = declaraties(themaRegels.map((r) => r.inhoud).join(';'));
  const eigenRegels = regels(eigen);
  for (const keuze of eigenRegels.filter((r) => r.kop === themaKop)) {
    for (const [naam, waarde] of declaraties(keuze.inhoud)) tokens.set(naam, waarde);
  }
  // Not schrijf(): that also tightens ": " inside strings (content: attr(x) ": ").
  const rest = eigenRegels.filter((r) => r.kop !== themaKop).map((r) => `${r.kop}{${r.inhoud}}`).join('');
  const nodig = new Set([basis, rest, ...paginas].flatMap((css) => [...gebruikteVariabelen(css)]));
  const deel = themaPlat(tokens, nodig);
  const themaCss = `${themaKop}{${deel.map(([n, w]) => `${n}:${w}`).join(';')}}`;
  return verklein(`${themaCss}${basis}${rest}`);
}

/**
 * The html.css selectors this site needs: text, lists, tables, figures, links, headings,
 * and the search form's input and button. Form controls the site does not use are left out.
 */
export function siteSelector(selector: string): boolean {
  if (/\b(select|textarea|fieldset|legend|blockquote|pre|hgroup|mark|tfoot|label|h5|h6)\b/.test(selector)) return false;
  // The search box's input and button get a few lines of own CSS: Utrecht's button and
  // textbox rules with their tokens alone would be 15 kB.
  if (/\b(input|button)\b/.test(selector)) return false;
  if (/alternate-row-color|\.numeric|:lang\(/.test(selector)) return false;
  // basis.css draws one focus ring for every control; Utrecht's focus rules (1.4 kB) would only be overruled.
  if (/:focus/.test(selector)) return false;
  // basis.css styles body itself; Utrecht's body rule (0.5 kB) also sets text-size-adjust: none, which
  // stops phones from enlarging text for people who set a larger text size.
  if (selector === '.utrecht-html body') return false;
  return true;
}

/**
 * The site's address for printed links: internal links are root-relative ("/verhalen/x/"), which
 * means nothing on paper, so print writes this origin before them (basis.css, @media print).
 * Only a plain origin goes into the CSS string; anything else is a configuration error.
 */
export function herkomstRegel(site: string): string {
  const herkomst = new URL(site).origin;
  if (!/^https?:\/\/[a-z0-9.-]+(:\d+)?$/i.test(herkomst)) throw new Error(`SITE: "${site}" geeft geen bruikbaar adres voor geprinte links; geef een adres als https://voorbeeld.nl`);
  return `@media print{.utrecht-html{--herkomst:"${herkomst}"}}`;
}
