/**
 * The everyday names of municipalities (content/gemeente-aliassen.yaml) for the search page, which
 * recognises "Den Haag" in a query as 's-Gravenhage. Read here with the content folder's other files:
 * the check (`npm run check`) has already reported any problem in the file.
 */
import type { Alias } from '../lib/gemeenten/namen.ts';
import { leesGemeenteAliassen } from '../lib/inhoud/controle.ts';
import { bibliotheek } from './index.ts';

export async function gemeenteAliassen(): Promise<Alias[]> {
  const { gemeenten } = await bibliotheek();
  return leesGemeenteAliassen(process.cwd(), gemeenten.map((g) => ({ id: g.id, naam: g.data.naam })));
}
