/**
 * Reads the content collections once per build. Concept stories are never published:
 * every page gets stories through here. Only Astro can run this folder (astro:content);
 * the logic it feeds lives, pure, in src/lib/.
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import { nieuwsteEerst } from '../lib/bibliotheek.ts';
import { ONTWIKKELING } from '../site.config.ts';

export type VerhaalEntry = CollectionEntry<'verhalen'>;
export type LabEntry = CollectionEntry<'labs'>;

let cache: Promise<Bibliotheek> | undefined;

export interface Bibliotheek {
  /** Published stories, newest first. */
  verhalen: VerhaalEntry[];
  labs: LabEntry[];
  gemeenten: CollectionEntry<'gemeenten'>[];
  tags: CollectionEntry<'tags'>[];
  beloften: CollectionEntry<'beloften'>[];
  soorten: CollectionEntry<'belemmeringen'>[];
  soortenDoorbraak: CollectionEntry<'doorbraken'>[];
  doelgroepen: CollectionEntry<'doelgroepen'>[];
  rapporteurs: CollectionEntry<'rapporteurs'>[];
}

async function laad(): Promise<Bibliotheek> {
  const [verhalen, labs, gemeenten, tags, beloften, soorten, soortenDoorbraak, doelgroepen, rapporteurs] = await Promise.all([
    getCollection('verhalen', (v) => v.data.status === 'gepubliceerd'),
    getCollection('labs', (l) => l.data.status === 'gepubliceerd'),
    getCollection('gemeenten'),
    getCollection('tags'),
    getCollection('beloften'),
    getCollection('belemmeringen'),
    getCollection('doorbraken'),
    getCollection('doelgroepen'),
    getCollection('rapporteurs'),
  ]);
  verhalen.sort(nieuwsteEerst);
  labs.sort((a, b) => b.data.datum.localeCompare(a.data.datum));
  beloften.sort((a, b) => a.data.nummer - b.data.nummer);
  return { verhalen, labs, gemeenten, tags, beloften, soorten, soortenDoorbraak, doelgroepen, rapporteurs };
}

/** The whole library, loaded once and shared by all pages of a build. */
export function bibliotheek(): Promise<Bibliotheek> {
  if (ONTWIKKELING) return laad(); // pick up edits while writing
  cache ??= laad();
  return cache;
}
