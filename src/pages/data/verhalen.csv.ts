// /data/verhalen.csv: one row per published story (see /data for the columns).
import type { APIRoute } from 'astro';
import { bibliotheek } from '../../collecties/index.ts';
import { verhalenCsv } from '../../lib/overzichten/opendata.ts';
import { openDataContext } from '../../collecties/overzichten.ts';

export const GET: APIRoute = async () => {
  const { verhalen } = await bibliotheek();
  return new Response(verhalenCsv(verhalen, await openDataContext()), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
};
