/**
 * The Chromium that browser tests and the benchmark drive with playwright-core.
 * `npx playwright install` cannot download here, so: CHROMIUM_PATH, else a system Chromium at the
 * usual paths, else the binary shipped inside the npm package @sparticuz/chromium (unpacked to the
 * temp folder on first use), so that `npm install && npm test` needs nothing else on a fresh machine.
 */
import { existsSync } from 'node:fs';
import { chromium, type Browser } from 'playwright-core';

const SYSTEEMPADEN = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome', '/usr/bin/google-chrome-stable'];

// Flags for a closed network: without them Chromium keeps trying to reach Google's hosts.
const ARGUMENTEN = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run', '--disable-sync'];

export interface ChromiumKeuze {
  pad: string;
  herkomst: 'CHROMIUM_PATH' | 'systeem' | '@sparticuz/chromium';
}

/** Which Chromium to use; `omgeving` is passed in (tests give their own). */
export async function kiesChromium(
  omgeving: Record<string, string | undefined>,
  bestaat: (pad: string) => boolean = existsSync,
): Promise<ChromiumKeuze> {
  const gezet = omgeving.CHROMIUM_PATH;
  if (gezet) {
    if (!bestaat(gezet)) throw new Error(`CHROMIUM_PATH wijst naar ${gezet}, maar daar staat geen bestand. Haal CHROMIUM_PATH weg of geef het pad van een Chromium.`);
    return { pad: gezet, herkomst: 'CHROMIUM_PATH' };
  }
  const systeem = SYSTEEMPADEN.find(bestaat);
  if (systeem) return { pad: systeem, herkomst: 'systeem' };
  const { default: meegeleverd } = await import('@sparticuz/chromium');
  return { pad: await meegeleverd.executablePath(), herkomst: '@sparticuz/chromium' };
}

export async function startChromium(omgeving: Record<string, string | undefined>): Promise<Browser> {
  const { pad } = await kiesChromium(omgeving);
  return chromium.launch({ executablePath: pad, args: ARGUMENTEN });
}
