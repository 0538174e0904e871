// /data/belemmeringen.csv: one row per barrier, with the breakthroughs that solved it (see /data).
import type { APIRoute } from 'astro';
import { bibliotheek } from '../../collecties/index.ts';
import { belemmeringenCsv } from '../../lib/overzichten/opendata.ts';
import { openDataContext } from '../../collecties/overzichten.ts';

export const GET: APIRoute = async () => {
  const { verhalen } = await bibliotheek();
  return new Response(belemmeringenCsv(verhalen, await openDataContext()), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
};
