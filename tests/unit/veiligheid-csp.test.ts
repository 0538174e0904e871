// public/_headers must send the same policy that Astro puts in each page's <meta> tag.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BEVEILIGINGSHEADERS, cspHeader } from '../../src/lib/veiligheid/csp.ts';
import { ROOT } from '../helpers/project.ts';

function leesHeaders(): Map<string, string> {
  const regels = readFileSync(join(ROOT, 'public/_headers'), 'utf8').split('\n');
  const headers = new Map<string, string>();
  let inAlles = false;
  for (const regel of regels) {
    if (regel.startsWith('#') || !regel.trim()) continue;
    if (!/^\s/.test(regel)) inAlles = regel.trim() === '/*';
    else if (inAlles) {
      const [naam, ...waarde] = regel.trim().split(':');
      headers.set(naam!, waarde.join(':').trim());
    }
  }
  return headers;
}

describe('public/_headers', () => {
  const headers = leesHeaders();

  it('sends the CSP from src/lib/veiligheid/csp.ts to every path', () => {
    expect(headers.get('Content-Security-Policy')).toBe(cspHeader());
  });

  it('allows Pagefind (WebAssembly and its index from our own origin) and nothing inline', () => {
    const csp = cspHeader();
    expect(csp).toContain("script-src 'self' 'wasm-unsafe-eval';");
    expect(csp).toContain("connect-src 'self'");
    expect(csp).not.toMatch(/unsafe-inline|'unsafe-eval'/);
    expect(csp).toContain("frame-ancestors 'none'");
  });

  it('sends the other hardening headers', () => {
    for (const [naam, waarde] of Object.entries(BEVEILIGINGSHEADERS)) expect(headers.get(naam), naam).toBe(waarde);
  });
});
