// One-off import of the CBS municipality list (1 January 2025) into content/.
// Usage: npx tsx scripts/importeer-gemeenten.ts ../shared/data/gemeenten-2025.json
// The result is committed, so the site builds without ../shared.
import { readFileSync, writeFileSync } from 'node:fs';
import { gemeenteSlug } from '../src/lib/slug.ts';

interface CbsGemeente {
  cbs: string;
  naam: string;
  provincie: string;
  provincieCode: string;
  centrum: [number, number];
}

const bron = process.argv[2] ?? '../shared/data/gemeenten-2025.json';
const records = JSON.parse(readFileSync(bron, 'utf8')) as CbsGemeente[];
const gezien = new Map<string, string>();
const gemeenten = records
  .map((r) => {
    const id = gemeenteSlug(r.naam);
    const eerder = gezien.get(id);
    if (eerder) throw new Error(`Slug "${id}" geldt voor ${eerder} en ${r.cbs}; pas gemeenteSlug aan.`);
    gezien.set(id, r.cbs);
    return { id, naam: r.naam, cbs: r.cbs, provincie: r.provincie, provincieCode: r.provincieCode, centrum: r.centrum };
  })
  .sort((a, b) => a.id.localeCompare(b.id, 'nl'));
// One record per line keeps diffs readable.
writeFileSync('content/gemeenten.json', '[\n' + gemeenten.map((g) => ' ' + JSON.stringify(g)).join(',\n') + '\n]\n');
console.log(`${gemeenten.length} gemeenten geschreven naar content/gemeenten.json`);
