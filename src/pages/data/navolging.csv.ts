// /data/navolging.csv: one row per breakthrough taken over from another story (see /data for the columns).
import type { APIRoute } from 'astro';
import { bibliotheek } from '../../collecties/index.ts';
import { navolgingCsv } from '../../lib/overzichten/navolging.ts';
import { openDataContext } from '../../collecties/overzichten.ts';

export const GET: APIRoute = async () => {
  const { verhalen } = await bibliotheek();
  return new Response(navolgingCsv(verhalen, await openDataContext()), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
};
