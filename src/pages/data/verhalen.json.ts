// /data/verhalen.json: all published stories with their structured fields (see /data).
import type { APIRoute } from 'astro';
import { bibliotheek } from '../../collecties/index.ts';
import { verhalenJson } from '../../lib/overzichten/opendata.ts';
import { OPEN_DATA_META, openDataContext } from '../../collecties/overzichten.ts';

export const GET: APIRoute = async () => {
  const { verhalen } = await bibliotheek();
  const json = verhalenJson(verhalen, await openDataContext(), OPEN_DATA_META);
  return new Response(`${JSON.stringify(json, null, 2)}\n`, { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
