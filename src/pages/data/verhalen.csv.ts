// /data/verhalen.csv: one row per published story (see /data for the columns).
import type { APIRoute } from 'astro';
import { bibliotheek } from '../../lib/collecties.ts';
import { verhalenCsv } from '../../lib/overzichten/opendata.ts';
import { openDataContext } from '../../lib/overzichten/site.ts';

export const GET: APIRoute = async () => {
  const { verhalen } = await bibliotheek();
  return new Response(verhalenCsv(verhalen, await openDataContext()), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
};
