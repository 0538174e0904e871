/**
 * Summarises a V8 CPU profile (`node --cpu-prof`, as written by `npm run bench -- --profile`):
 * self time per package (node_modules/<package>, or "project" / "node" / "(native)") and per function.
 */

export interface CpuProfiel {
  nodes: { id: number; callFrame: { functionName: string; url: string; lineNumber: number }; children?: number[] }[];
  startTime: number;
  endTime: number;
  samples: number[];
  timeDeltas: number[];
}

export interface Regel {
  naam: string;
  ms: number;
  aandeel: number;
}

/** Which package a script URL belongs to. */
export function pakketVan(url: string): string {
  if (!url) return '(native)';
  if (url.startsWith('node:')) return 'node';
  const m = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(url.split('node_modules/').length > 2 ? url.slice(url.lastIndexOf('node_modules/')) : url);
  return m ? m[1]! : 'project';
}

function top(map: Map<string, number>, totaal: number, n: number): Regel[] {
  return [...map]
    .sort((a, b) => b[1] - a[1])
    .slice(0, n)
    .map(([naam, us]) => ({ naam, ms: Math.round(us / 1000), aandeel: Number((us / totaal).toFixed(3)) }));
}

export function vatSamen(p: CpuProfiel, n = 15): { totaalMs: number; pakketten: Regel[]; functies: Regel[] } {
  const perNode = new Map<number, number>();
  p.samples.forEach((id, i) => perNode.set(id, (perNode.get(id) ?? 0) + (p.timeDeltas[i] ?? 0)));
  const pakketten = new Map<string, number>();
  const functies = new Map<string, number>();
  let totaal = 0;
  for (const node of p.nodes) {
    const us = perNode.get(node.id) ?? 0;
    if (!us) continue;
    totaal += us;
    const { functionName, url, lineNumber } = node.callFrame;
    const pakket = functionName === '(garbage collector)' ? '(garbage collector)' : functionName === '(idle)' ? '(idle)' : pakketVan(url);
    pakketten.set(pakket, (pakketten.get(pakket) ?? 0) + us);
    const functie = `${functionName || '(anonymous)'} ${url ? `${url.replace(/^.*node_modules\//, '')}:${lineNumber + 1}` : ''}`.trim();
    functies.set(functie, (functies.get(functie) ?? 0) + us);
  }
  return { totaalMs: Math.round(totaal / 1000), pakketten: top(pakketten, totaal, n), functies: top(functies, totaal, n) };
}
