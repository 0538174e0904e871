// public/_headers must send the same policy that Astro puts in each page's <meta> tag.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BEVEILIGINGSHEADERS, cspHeader, leesHeadersBestand } from './csp.ts';
import { ROOT } from '../../../tests/helpers/project.ts';

describe('public/_headers', () => {
  const headers = leesHeadersBestand(readFileSync(join(ROOT, 'public/_headers'), 'utf8'));

  it('sends the CSP from src/lib/veiligheid/csp.ts to every path', () => {
    expect(headers['Content-Security-Policy']).toBe(cspHeader());
  });

  it('allows Pagefind (WebAssembly and its index from our own origin) and nothing inline', () => {
    const csp = cspHeader();
    expect(csp).toContain("script-src 'self' 'wasm-unsafe-eval';");
    expect(csp).toContain("connect-src 'self'");
    expect(csp).not.toMatch(/unsafe-inline|'unsafe-eval'/);
    expect(csp).toContain("frame-ancestors 'none'");
  });

  it('sends the other hardening headers', () => {
    for (const [naam, waarde] of Object.entries(BEVEILIGINGSHEADERS)) expect(headers[naam], naam).toBe(waarde);
  });
});

describe('leesHeadersBestand', () => {
  it('reads only the headers of the given path pattern', () => {
    const tekst = '# uitleg\n/*\n  X-A: 1\n  Content-Security-Policy: default-src \'self\'; img-src https://x\n/pagefind/*\n  X-B: 2\n';
    expect(leesHeadersBestand(tekst)).toEqual({ 'X-A': '1', 'Content-Security-Policy': "default-src 'self'; img-src https://x" });
    expect(leesHeadersBestand(tekst, '/pagefind/*')).toEqual({ 'X-B': '2' });
  });
});
