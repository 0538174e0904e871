/**
 * Look-up tables over the whole library, built once per build (ids -> entries, stories per
 * facet, the related-stories index). Pages and components use these instead of scanning.
 */
import type { CollectionEntry } from 'astro:content';
import type { GemeenteInfo } from '../lib/zoeken/facetten.ts';
import { bibliotheek, type Bibliotheek, type LabEntry, type VerhaalEntry } from './index.ts';
import { groepeer, provincies, type Provincie } from '../lib/bibliotheek.ts';
import { invoerVan, maakVerwantIndex, type VerwantIndex } from '../lib/verwant.ts';
import { slugify } from '../lib/slug.ts';
import { rapporteurIds, rapporteursRegister, type RapporteurInfo } from '../lib/rapporteurs.ts';
import { leesGemeenteAliassen } from '../lib/inhoud/controle.ts';
import type { GemeenteAlias } from '../schema/index.ts';
import { ONTWIKKELING } from '../site.config.ts';
import { doorbreekt } from '../schema/index.ts';
import { maakNavolging, type Navolging } from '../lib/navolging.ts';

export interface Register extends Bibliotheek {
  verhaal: Map<string, VerhaalEntry>;
  gemeente: Map<string, CollectionEntry<'gemeenten'>>;
  tag: Map<string, CollectionEntry<'tags'>>;
  belofte: Map<number, CollectionEntry<'beloften'>>;
  soort: Map<string, CollectionEntry<'belemmeringen'>>;
  soortDoorbraak: Map<string, CollectionEntry<'doorbraken'>>;
  doelgroep: Map<string, CollectionEntry<'doelgroepen'>>;
  /** Every rapporteur: listed in content/rapporteurs.yaml, or named only in a published story. */
  rapporteur: Map<string, RapporteurInfo>;
  lab: Map<string, LabEntry>;
  perTag: Map<string, VerhaalEntry[]>;
  perBelofte: Map<number, VerhaalEntry[]>;
  perSoort: Map<string, VerhaalEntry[]>;
  perDoelgroep: Map<string, VerhaalEntry[]>;
  /** Kind of breakthrough -> every breakthrough of that kind, implemented ones first, then in story order. */
  doorbrakenPerSoort: Map<string, DoorbraakInVerhaal[]>;
  perGemeente: Map<string, VerhaalEntry[]>;
  perDomein: Map<string, VerhaalEntry[]>;
  perLab: Map<string, VerhaalEntry[]>;
  perRapporteur: Map<string, VerhaalEntry[]>;
  labsPerRapporteur: Map<string, LabEntry[]>;
  labsPerGemeente: Map<string, LabEntry[]>;
  /** Province slug -> stories of its municipalities. */
  perProvincie: Map<string, VerhaalEntry[]>;
  provincies: Provincie<CollectionEntry<'gemeenten'>>[];
  verwant: VerwantIndex;
  /** Gemeente id -> what the search facets need (ZoekMetadata on every story page). */
  gemeenteInfo: Map<string, GemeenteInfo>;
  /** Everyday names of municipalities (content/gemeente-aliassen.yaml, checked by `npm run check`). */
  gemeenteAliassen: GemeenteAlias[];
  /** Which breakthrough was taken over from which, both ways (src/lib/navolging.ts). */
  navolging: Navolging<VerhaalEntry>;
}

export interface DoorbraakInVerhaal {
  verhaal: VerhaalEntry;
  doorbraak: VerhaalEntry['data']['doorbraken'][number];
}

let cache: Promise<Register> | undefined;

async function maak(): Promise<Register> {
  const b = await bibliotheek();
  const gemeente = new Map(b.gemeenten.map((g) => [g.id, g]));
  const perGemeente = groepeer(b.verhalen, (v) => v.data.gemeenten);
  return {
    ...b,
    verhaal: new Map(b.verhalen.map((v) => [v.id, v])),
    gemeente,
    tag: new Map(b.tags.map((t) => [t.id, t])),
    belofte: new Map(b.beloften.map((x) => [x.data.nummer, x])),
    soort: new Map(b.soorten.map((s) => [s.id, s])),
    soortDoorbraak: new Map(b.soortenDoorbraak.map((s) => [s.id, s])),
    doelgroep: new Map(b.doelgroepen.map((d) => [d.id, d])),
    rapporteur: rapporteursRegister(b.rapporteurs.map((r) => r.data), b.verhalen),
    lab: new Map(b.labs.map((l) => [l.id, l])),
    perTag: groepeer(b.verhalen, (v) => v.data.tags),
    perBelofte: groepeer(b.verhalen, (v) => v.data.beloften),
    perSoort: groepeer(b.verhalen, (v) => v.data.belemmeringen.map((x) => x.soort)),
    perDoelgroep: groepeer(b.verhalen, (v) => v.data.doelgroepen),
    doorbrakenPerSoort: doorbrakenPerSoort(b.verhalen),
    perGemeente,
    perDomein: groepeer(b.verhalen, (v) => v.data.domeinen),
    perLab: groepeer(b.verhalen, (v) => (v.data.lab ? [v.data.lab] : [])),
    perRapporteur: groepeer(b.verhalen, (v) => rapporteurIds(v.data.rapporteurs)),
    labsPerRapporteur: groepeer(b.labs, (l) => l.data.rapporteurs),
    labsPerGemeente: groepeer(b.labs, (l) => l.data.gemeenten),
    perProvincie: groepeer(b.verhalen, (v) => v.data.gemeenten.map((g) => slugify(gemeente.get(g)?.data.provincie ?? ''))),
    provincies: provincies(b.gemeenten),
    verwant: maakVerwantIndex(b.verhalen.map(invoerVan)),
    gemeenteInfo: new Map(b.gemeenten.map((g) => [g.id, { id: g.id, naam: g.data.naam, provincie: g.data.provincie }])),
    // Read as content.config.ts reads the taxonomies: the build runs in the project folder.
    gemeenteAliassen: leesGemeenteAliassen(process.cwd(), b.gemeenten.map((g) => g.data)),
    navolging: maakNavolging(b.verhalen),
  };
}

function doorbrakenPerSoort(verhalen: readonly VerhaalEntry[]): Map<string, DoorbraakInVerhaal[]> {
  const alle = verhalen.flatMap((verhaal) => verhaal.data.doorbraken.map((doorbraak) => ({ verhaal, doorbraak })));
  const groepen = groepeer(alle, (x) => [x.doorbraak.soort]);
  // Stable sort: story order (newest first) stays within implemented and proposed.
  for (const [k, lijst] of groepen) groepen.set(k, [...lijst].sort((a, b) => Number(doorbreekt(b.doorbraak.status)) - Number(doorbreekt(a.doorbraak.status))));
  return groepen;
}

export function register(): Promise<Register> {
  if (ONTWIKKELING) return maak();
  cache ??= maak();
  return cache;
}
