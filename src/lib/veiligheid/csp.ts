/**
 * The site's Content-Security-Policy and other hardening headers, in one place:
 * astro.config.mjs feeds the directives to Astro's built-in CSP (a <meta> tag per page,
 * with hashes of Astro's own inline scripts and styles), and public/_headers repeats them
 * for hosts that read that file. src/lib/veiligheid/csp.test.ts keeps the two in step.
 */

/** Directives besides script-src and style-src (Astro adds those with its hashes). */
export const CSP_DIRECTIVES = [
  "default-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  // Pagefind fetches its index and WebAssembly from /pagefind/ on the same origin.
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
] as const;

/** Pagefind compiles its WebAssembly search engine, which needs 'wasm-unsafe-eval' (not 'unsafe-eval'). */
export const SCRIPT_BRONNEN = ["'self'", "'wasm-unsafe-eval'"] as const;
export const STYLE_BRONNEN = ["'self'"] as const;

/**
 * Only valid as an HTTP header: browsers ignore (and Chromium complains about) these in a <meta> tag.
 */
export const ALLEEN_HEADER_DIRECTIVES = ["frame-ancestors 'none'"] as const;

/** The policy as sent in the HTTP header (public/_headers). */
export function cspHeader(): string {
  return [
    ...CSP_DIRECTIVES,
    `script-src ${SCRIPT_BRONNEN.join(' ')}`,
    `style-src ${STYLE_BRONNEN.join(' ')}`,
    ...ALLEEN_HEADER_DIRECTIVES,
  ].join('; ');
}

/** Further response headers for every page (public/_headers). */
export const BEVEILIGINGSHEADERS = {
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'strict-origin-when-cross-origin',
  'Permissions-Policy': 'camera=(), microphone=(), geolocation=(), payment=(), usb=()',
  'X-Frame-Options': 'DENY',
  'Cross-Origin-Opener-Policy': 'same-origin',
} as const;

/**
 * Reads the headers that a `_headers` file (Netlify/Cloudflare format) sends for the path
 * pattern `patroon`: lines starting with the pattern, followed by indented `Name: value` lines.
 */
export function leesHeadersBestand(tekst: string, patroon = '/*'): Record<string, string> {
  const headers: Record<string, string> = {};
  let actief = false;
  for (const regel of tekst.split(/\r?\n/)) {
    if (!regel.trim() || regel.trimStart().startsWith('#')) continue;
    if (!/^\s/.test(regel)) {
      actief = regel.trim() === patroon;
      continue;
    }
    const dubbelepunt = regel.indexOf(':');
    if (actief && dubbelepunt > 0) headers[regel.slice(0, dubbelepunt).trim()] = regel.slice(dubbelepunt + 1).trim();
  }
  return headers;
}
