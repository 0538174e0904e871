/**
 * Measurements for the WCAG 2.1 AA checks that axe does not make: page width at a viewport (1.4.10),
 * contrast of focus rings and field borders (1.4.11, 2.4.7), the colour of invalid fields, the
 * fonts in use, and labels that overlap their field. The browser only collects raw values
 * (computed styles, boxes); the arithmetic is done here, written from the WCAG definitions.
 */
import type { Page } from 'playwright-core';
import { expect } from 'vitest';
import { axe } from './browser.ts';

export const BREEDTES = [320, 1280] as const;

export type Rgb = [number, number, number];

/** "rgb(1, 2, 3)" or "rgba(1, 2, 3, 0.5)" as Chromium computes colours; alpha 0 counts as none. */
export function kleur(css: string): Rgb | null {
  const m = /^rgba?\(([\d.]+),\s*([\d.]+),\s*([\d.]+)(?:,\s*([\d.]+))?\)$/.exec(css.trim());
  if (!m) throw new Error(`onbekende kleur: ${css}`);
  if (m[4] !== undefined && Number(m[4]) === 0) return null;
  return [Number(m[1]), Number(m[2]), Number(m[3])];
}

/** Relative luminance (WCAG 2.1, "relative luminance"). */
function luminantie([r, g, b]: Rgb): number {
  const lin = (c: number) => {
    const s = c / 255;
    return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * lin(r) + 0.7152 * lin(g) + 0.0722 * lin(b);
}

/** Contrast ratio (WCAG 2.1, "contrast ratio"), 1 to 21. */
export function contrast(a: Rgb, b: Rgb): number {
  const [licht, donker] = [luminantie(a), luminantie(b)].sort((x, y) => y - x) as [number, number];
  return (licht + 0.05) / (donker + 0.05);
}

/** Red as the NL Design System's negative colours are: red clearly above green and blue. */
export const isRood = ([r, g, b]: Rgb): boolean => r >= 128 && r > 2 * g && r > 2 * b;

/** The page is exactly as wide as the viewport: nothing sticks out to the side (WCAG 1.4.10). */
export async function breedte(page: Page): Promise<{ document: number; venster: number; uitstekend: string[] }> {
  return page.evaluate(() => {
    const venster = document.documentElement.clientWidth;
    const uitstekend = [...document.querySelectorAll('body *')]
      .filter((e) => e.getBoundingClientRect().right > venster + 0.5 && e.getClientRects().length > 0)
      .slice(0, 5)
      .map((e) => `${e.tagName.toLowerCase()}${e.className && typeof e.className === 'string' ? `.${e.className.split(' ').join('.')}` : ''}`);
    return { document: document.documentElement.scrollWidth, venster, uitstekend };
  });
}

/** At 320 px: no sideways scrolling; at every width: no axe violations. `wat` names the page or state in messages. */
export async function controleerStand(page: Page, vensterbreedte: number, wat: string): Promise<void> {
  const b = await breedte(page);
  expect(b.venster, wat).toBe(vensterbreedte);
  expect(b.document, `${wat}: breder dan het venster door ${b.uitstekend.join(', ')}`).toBe(vensterbreedte);
  expect(await axe(page), `axe op ${wat} bij ${vensterbreedte} px`).toEqual([]);
}

export interface Focusstap {
  wat: string;
  outlineStijl: string;
  outlineBreedte: number;
  outlineKleur: string;
  /** Background behind the ring: the first ancestor with a colour, else the page's white. */
  achtergrond: string;
  zichtbaar: boolean;
}

/** Presses Tab until focus comes back to the start (or `max` steps) and records each focus ring. */
export async function tabDoor(page: Page, max = 400): Promise<Focusstap[]> {
  await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
  const stappen: Focusstap[] = [];
  const gezien = new Set<string>();
  for (let i = 0; i < max; i++) {
    await page.keyboard.press('Tab');
    const stap = await page.evaluate(() => {
      const el = document.activeElement as HTMLElement | null;
      if (!el || el === document.body) return null;
      const s = getComputedStyle(el);
      let achtergrond = 'rgb(255, 255, 255)';
      for (let p = el.parentElement; p; p = p.parentElement) {
        const a = getComputedStyle(p).backgroundColor;
        if (!/rgba\(.*,\s*0\)$/.test(a) && a !== 'transparent') {
          achtergrond = a;
          break;
        }
      }
      const r = el.getBoundingClientRect();
      const naam = (el.getAttribute('aria-label') ?? el.textContent ?? '').trim().slice(0, 40);
      return {
        sleutel: `${el.tagName}#${el.id}|${naam}|${Math.round(r.x)},${Math.round(r.y + window.scrollY)}`,
        wat: `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''} "${naam}"`,
        outlineStijl: s.outlineStyle,
        outlineBreedte: parseFloat(s.outlineWidth),
        outlineKleur: s.outlineColor,
        achtergrond,
        zichtbaar: r.width > 0 && r.height > 0,
      };
    });
    if (!stap) break;
    if (gezien.has(stap.sleutel)) break;
    gezien.add(stap.sleutel);
    const { sleutel: _, ...rest } = stap;
    stappen.push(rest);
  }
  return stappen;
}

/** Why a focus ring is not clearly visible (WCAG 2.4.7 with 1.4.11's 3:1), or null when it is. */
export function focusProbleem(s: Focusstap): string | null {
  if (s.outlineStijl === 'none' || s.outlineBreedte < 2) return `${s.wat}: geen duidelijke focusrand (${s.outlineStijl} ${s.outlineBreedte}px)`;
  const rand = kleur(s.outlineKleur);
  const achter = kleur(s.achtergrond);
  if (!rand || !achter) return `${s.wat}: focusrand ${s.outlineKleur} op ${s.achtergrond}`;
  const c = contrast(rand, achter);
  return c < 3 ? `${s.wat}: focusrand ${s.outlineKleur} op ${s.achtergrond} heeft contrast ${c.toFixed(2)}` : null;
}

/** CSS generic families: the system's own fonts, which no page has to load. */
const GENERIEK = new Set(['system-ui', 'ui-sans-serif', 'ui-monospace', 'ui-rounded', 'sans-serif', 'monospace', 'serif', 'ui-serif', 'cursive', 'fantasy', 'emoji', 'math', 'fangsong']);
const SERIF = new Set(['serif', 'ui-serif']);

/**
 * Fonts that headings, text and controls ask for that are neither a system font (a generic family)
 * nor a face the page loaded (document.fonts), so the browser falls back to something else; and
 * any serif, which the site's type scale does not use.
 */
export async function vreemdeLetters(page: Page): Promise<string[]> {
  const gebruik = await page.evaluate(() => {
    const geladen = [...document.fonts].filter((f) => f.status === 'loaded').map((f) => f.family.replace(/^["']|["']$/g, ''));
    const sel = 'h1, h2, h3, h4, main p, li, caption, th, td, label, legend, summary, input, button, select, textarea, code';
    const families = new Map<string, string>();
    for (const el of document.querySelectorAll(sel)) {
      if (!(el as HTMLElement).offsetParent && getComputedStyle(el).position !== 'fixed') continue;
      families.set(getComputedStyle(el).fontFamily, el.tagName.toLowerCase());
    }
    return { geladen, families: [...families] };
  });
  const uit: string[] = [];
  for (const [lijst, tag] of gebruik.families) {
    for (const f of lijst.split(',').map((x) => x.trim().replace(/^["']|["']$/g, ''))) {
      if (SERIF.has(f)) uit.push(`${tag}: serif in "${lijst}"`);
      else if (!GENERIEK.has(f) && !gebruik.geladen.includes(f)) uit.push(`${tag}: "${f}" wordt niet geladen en is geen systeemletter ("${lijst}")`);
    }
  }
  return [...new Set(uit)];
}

/**
 * The font Chromium actually draws an element's own text in (DevTools protocol), most glyphs first:
 * the first visible element for `selector` that has text of its own (not only inside links or <strong>).
 */
export async function getekendeLetter(page: Page, selector: string): Promise<string> {
  await page.evaluate((sel) => {
    const metTekst = [...document.querySelectorAll(sel)].find(
      (el) => el.checkVisibility() && [...el.childNodes].some((n) => n.nodeType === Node.TEXT_NODE && n.textContent!.trim()),
    );
    document.querySelector('[data-letterproef]')?.removeAttribute('data-letterproef');
    metTekst?.setAttribute('data-letterproef', '');
  }, selector);
  selector = '[data-letterproef]';
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('DOM.enable');
  await cdp.send('CSS.enable');
  const { root } = await cdp.send('DOM.getDocument');
  const { nodeId } = await cdp.send('DOM.querySelector', { nodeId: root.nodeId, selector });
  if (!nodeId) throw new Error(`geen element ${selector}`);
  const { fonts } = await cdp.send('CSS.getPlatformFontsForNode', { nodeId });
  await cdp.detach();
  return [...fonts].sort((a, b) => b.glyphCount - a.glyphCount)[0]?.familyName ?? '';
}

/**
 * Visible labels that overlap the field they name, or sit on the same line closer than 4 px
 * ("Zoek in verhalen" ran into its field).
 */
export async function labelProblemen(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const uit: string[] = [];
    for (const label of document.querySelectorAll<HTMLLabelElement>('label[for]')) {
      const veld = document.getElementById(label.htmlFor);
      if (!veld || !label.checkVisibility() || !veld.checkVisibility()) continue;
      const a = label.getBoundingClientRect();
      const b = veld.getBoundingClientRect();
      const x = Math.min(a.right, b.right) - Math.max(a.left, b.left);
      const y = Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top);
      const naam = `label "${label.textContent?.trim()}" en #${veld.id}`;
      if (x > 0.5 && y > 0.5) uit.push(`${naam} overlappen (${x.toFixed(1)} x ${y.toFixed(1)} px)`);
      else if (y > 0.5 && -x < 4) uit.push(`${naam} staan naast elkaar met ${(-x).toFixed(1)} px ertussen`);
    }
    return uit;
  });
}

/** How many `label[for]` are visible: a check on labels must have labels to check. */
export const zichtbareLabels = (page: Page): Promise<number> =>
  page.evaluate(() => [...document.querySelectorAll<HTMLLabelElement>('label[for]')].filter((l) => l.checkVisibility()).length);
