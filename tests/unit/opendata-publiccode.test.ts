// publiccode.yml must follow the publiccode.yml standard v0.4 (https://yml.publiccode.tools/).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../helpers/project.ts';

// From the standard: docs/standard/categories-list.rst and schema.core.rst.
const CATEGORIEEN = new Set(['collaboration', 'content-management', 'data-analytics', 'data-collection', 'data-visualization', 'digital-citizenship', 'document-management', 'knowledge-management', 'online-community', 'website-builder', 'geographic-information-systems']);
const STATUSSEN = ['concept', 'development', 'beta', 'stable', 'obsolete'];
const SOFTWARETYPES = ['standalone/mobile', 'standalone/iot', 'standalone/desktop', 'standalone/web', 'standalone/backend', 'standalone/other', 'addon', 'library', 'configurationFiles'];
const ONDERHOUD = ['internal', 'contract', 'community', 'none'];

const pc = parse(readFileSync(join(ROOT, 'publiccode.yml'), 'utf8')) as Record<string, any>;
const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string; license: string };

describe('publiccode.yml', () => {
  it('has the required top-level keys with the right types', () => {
    expect(pc.publiccodeYmlVersion).toBe('0.4');
    expect(typeof pc.name).toBe('string');
    expect(pc.url).toMatch(/^https:\/\/.+/);
    expect(pc.landingURL).toMatch(/^https:\/\/.+/);
    expect(pc.softwareVersion).toBe(pkg.version);
    expect(pc.releaseDate).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(new Date(`${pc.releaseDate}T00:00:00Z`).toISOString().slice(0, 10)).toBe(pc.releaseDate);
    expect(pc.platforms).toEqual(['web']);
    expect(pc.categories.length).toBeGreaterThan(0);
    for (const c of pc.categories) expect(CATEGORIEEN.has(c), c).toBe(true);
    expect(STATUSSEN).toContain(pc.developmentStatus);
    expect(SOFTWARETYPES).toContain(pc.softwareType);
    expect(pc.softwareType).toBe('standalone/web');
  });

  it.each(['nl', 'en'])('describes the software in %s', (taal) => {
    const d = pc.description[taal];
    expect(typeof d.shortDescription).toBe('string');
    expect(d.shortDescription.length).toBeLessThanOrEqual(150);
    expect(d.longDescription.length).toBeGreaterThanOrEqual(150);
    expect(d.longDescription.length).toBeLessThanOrEqual(10000);
    expect(Array.isArray(d.features) && d.features.length > 0).toBe(true);
    for (const f of d.features) expect(typeof f === 'string' && f.length <= 100, f).toBe(true);
  });

  it('names the licence, maintenance and languages', () => {
    expect(pc.legal.license).toBe('EUPL-1.2');
    expect(pc.legal.license).toBe(pkg.license);
    expect(typeof pc.legal.mainCopyrightOwner).toBe('string');
    expect(ONDERHOUD).toContain(pc.maintenance.type);
    // Contacts are required unless maintenance is "none" or "contract" (which needs contractors).
    expect(pc.maintenance.contacts.length).toBeGreaterThan(0);
    for (const c of pc.maintenance.contacts) expect(typeof c.name).toBe('string');
    expect(typeof pc.localisation.localisationReady).toBe('boolean');
    expect(pc.localisation.availableLanguages).toEqual(['nl']);
  });
});
