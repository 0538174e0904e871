import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { kiesChromium } from './chromium.ts';

describe('kiesChromium', () => {
  it('takes CHROMIUM_PATH first, and says so when it points nowhere', async () => {
    const overal = () => true;
    expect(await kiesChromium({ CHROMIUM_PATH: '/opt/mijn/chrome' }, overal)).toEqual({ pad: '/opt/mijn/chrome', herkomst: 'CHROMIUM_PATH' });
    await expect(kiesChromium({ CHROMIUM_PATH: '/bestaat/niet' }, () => false)).rejects.toThrow(/CHROMIUM_PATH wijst naar \/bestaat\/niet/);
  });

  it('takes a system Chromium at the usual paths', async () => {
    expect(await kiesChromium({}, (p) => p === '/usr/bin/chromium-browser')).toEqual({ pad: '/usr/bin/chromium-browser', herkomst: 'systeem' });
  });

  it('falls back to the binary inside @sparticuz/chromium on a machine without one', async () => {
    const keuze = await kiesChromium({}, (p) => !p.startsWith('/usr/bin/'));
    expect(keuze.herkomst).toBe('@sparticuz/chromium');
    expect(existsSync(keuze.pad)).toBe(true);
  });
});
