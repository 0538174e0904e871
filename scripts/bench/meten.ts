/**
 * Measuring a build: wall time, peak memory of the whole process tree, and file sizes.
 * The pure parts (median, /proc parsing, tree sums, GNU time output, the JSON line) are unit-tested.
 */
import { spawn } from 'node:child_process';
import { closeSync, existsSync, mkdtempSync, openSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';

export interface Opties {
  stories: number;
  baseline: boolean;
  keep: boolean;
  seed: number;
  /** Write a V8 CPU profile of `astro build` (timings are then inflated; for finding causes only). */
  profile: boolean;
  /** Commit the generated stories in the throw-away copy, so the build reads their history from git (default). */
  git: boolean;
}

export function leesOpties(argv: readonly string[]): Opties {
  const { values } = parseArgs({
    args: [...argv],
    options: {
      stories: { type: 'string', default: '1000' },
      baseline: { type: 'boolean', default: false },
      keep: { type: 'boolean', default: false },
      seed: { type: 'string', default: '1' },
      profile: { type: 'boolean', default: false },
      'zonder-git': { type: 'boolean', default: false },
    },
    strict: true,
  });
  const stories = Number(values.stories);
  if (!Number.isInteger(stories) || stories < 1) {
    throw new Error(`--stories moet een heel getal van minstens 1 zijn, niet "${values.stories}"`);
  }
  return { stories, baseline: values.baseline, keep: values.keep, seed: Number(values.seed) || 1, profile: values.profile, git: !values['zonder-git'] };
}

/** The p-th percentile by nearest rank: the smallest value with at least p% of the values at or below it. */
export function percentiel(getallen: readonly number[], p: number): number {
  if (!getallen.length) throw new Error('percentiel van een lege lijst');
  const s = [...getallen].sort((a, b) => a - b);
  return s[Math.min(s.length, Math.max(1, Math.ceil((p / 100) * s.length))) - 1]!;
}

export function mediaan(getallen: readonly number[]): number {
  if (!getallen.length) throw new Error('mediaan van een lege lijst');
  const s = [...getallen].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
}

/** Parent pid from the contents of /proc/<pid>/stat (the command name may contain spaces and parentheses). */
export function ouderUitStat(stat: string): number {
  const na = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  return Number(na[1]);
}

/** Resident memory in KiB from the contents of /proc/<pid>/status (0 for zombies, which have no VmRSS). */
export function rssUitStatus(status: string): number {
  const m = /^VmRSS:\s+(\d+)\s+kB/m.exec(status);
  return m ? Number(m[1]) : 0;
}

export interface ProcesInfo {
  pid: number;
  ppid: number;
  rssKb: number;
}

/** Summed RSS (KiB) of `wortel` and all its descendants. */
export function boomRss(processen: readonly ProcesInfo[], wortel: number): number {
  const kinderen = new Map<number, ProcesInfo[]>();
  for (const p of processen) kinderen.set(p.ppid, [...(kinderen.get(p.ppid) ?? []), p]);
  let som = processen.find((p) => p.pid === wortel)?.rssKb ?? 0;
  const rij = [wortel];
  while (rij.length) {
    for (const kind of kinderen.get(rij.pop()!) ?? []) {
      som += kind.rssKb;
      rij.push(kind.pid);
    }
  }
  return som;
}

function leesProcessen(): ProcesInfo[] {
  const uit: ProcesInfo[] = [];
  for (const naam of readdirSync('/proc')) {
    if (!/^\d+$/.test(naam)) continue;
    try {
      const ppid = ouderUitStat(readFileSync(`/proc/${naam}/stat`, 'utf8'));
      uit.push({ pid: Number(naam), ppid, rssKb: rssUitStatus(readFileSync(`/proc/${naam}/status`, 'utf8')) });
    } catch {
      // The process ended while we looked.
    }
  }
  return uit;
}

/** User + system CPU seconds from `/usr/bin/time -v`: less noisy than wall time on a shared machine. */
export function cpuUitTimeV(uitvoer: string): number | undefined {
  const user = /User time \(seconds\):\s*([\d.]+)/.exec(uitvoer);
  const sys = /System time \(seconds\):\s*([\d.]+)/.exec(uitvoer);
  return user && sys ? Number(user[1]) + Number(sys[1]) : undefined;
}

/** "Maximum resident set size (kbytes): 123" from `/usr/bin/time -v`; the largest single process. */
export function maxRssUitTimeV(uitvoer: string): number | undefined {
  const m = /Maximum resident set size \(kbytes\):\s*(\d+)/.exec(uitvoer);
  return m ? Number(m[1]) : undefined;
}

export interface Meting {
  seconden: number;
  /** Peak RSS of the process tree in MiB: the larger of the polled tree sum and GNU time's single-process peak. */
  piekMb: number;
  /** CPU seconds (user + system) of the whole tree, when GNU time is there. */
  cpuSeconden?: number;
}

const GNU_TIME = '/usr/bin/time';

/**
 * Runs `node script args` in `cwd` with this Node (22), output to `logbestand`, and measures it.
 * Memory: /proc of the whole tree is polled every 100 ms (sums parallel processes);
 * GNU time, when present, adds the exact peak of the largest single process (catches short spikes).
 */
export async function draai(script: string, args: readonly string[], cwd: string, logbestand: string, nodeArgs: readonly string[] = []): Promise<Meting> {
  const metTime = existsSync(GNU_TIME);
  const timeBestand = `${logbestand}.time`;
  const opdracht = metTime ? GNU_TIME : process.execPath;
  const argumenten = metTime ? ['-v', '-o', timeBestand, process.execPath, ...nodeArgs, script, ...args] : [...nodeArgs, script, ...args];
  const log = openSync(logbestand, 'a');
  // Astro turns on Node's compile cache (shared, in the temp folder): a second build of the same
  // content reuses compiled modules (the 10k baseline: 148 s of page generation cold, 14 s warm).
  // Every measured run starts cold, as on a fresh CI machine.
  const compileCache = mkdtempSync(join(tmpdir(), 'bench-compile-cache-'));
  const start = performance.now();
  const kind = spawn(opdracht, argumenten, {
    cwd,
    stdio: ['ignore', log, log],
    // Root base path, whatever the caller's shell says: the measurements load /pagefind/ from the root.
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1', FORCE_COLOR: '0', BASE_PATH: '/', NODE_COMPILE_CACHE: compileCache },
  });
  let piekKb = 0;
  const peil = () => {
    if (kind.pid !== undefined) piekKb = Math.max(piekKb, boomRss(leesProcessen(), kind.pid));
  };
  const timer = setInterval(peil, 100);
  const code = await new Promise<number | null>((resolve, reject) => {
    kind.on('error', reject);
    kind.on('exit', (c) => resolve(c));
  });
  const seconden = (performance.now() - start) / 1000;
  clearInterval(timer);
  closeSync(log);
  rmSync(compileCache, { recursive: true, force: true });
  if (code !== 0) {
    const staart = readFileSync(logbestand, 'utf8').split('\n').slice(-40).join('\n');
    throw new Error(`${script} ${args.join(' ')} in ${cwd} stopte met code ${code}. Laatste regels van ${logbestand}:\n${staart}`);
  }
  const timeUitvoer = metTime && existsSync(timeBestand) ? readFileSync(timeBestand, 'utf8') : '';
  const timeKb = maxRssUitTimeV(timeUitvoer) ?? 0;
  return { seconden, piekMb: Math.max(piekKb, timeKb) / 1024, cpuSeconden: cpuUitTimeV(timeUitvoer) };
}

/** Every file under `dir` with its size in bytes; paths relative to `dir`, forward slashes. */
export function bestanden(dir: string): { pad: string; bytes: number }[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .map((pad) => ({ pad: pad.split('\\').join('/'), stat: statSync(join(dir, pad)) }))
    .filter(({ stat }) => stat.isFile())
    .map(({ pad, stat }) => ({ pad, bytes: stat.size }));
}

/**
 * The keys of the JSON line, in order (issue 9, and issue 18 for the search: bytes before the first
 * results without and with filters, as files and as transferred with the host's compression,
 * milliseconds from the last keystroke to results); the baseline keys only with --baseline.
 */
export const SLEUTELS = [
  'stories', 'build_s', 'index_s', 'total_s', 'peak_rss_mb', 'pages', 'html_bytes_median_story_page',
  'css_bytes', 'js_bytes_story_page', 'search_first_query_bytes', 'search_first_results_bytes',
  'search_first_results_bytes_filtered', 'search_first_query_transfer_bytes', 'search_first_results_transfer_bytes',
  'search_first_results_transfer_bytes_filtered', 'search_latency_p50_ms', 'search_latency_p95_ms',
  'search_latency_p50_ms_filtered', 'search_latency_p95_ms_filtered', 'dist_bytes',
] as const;
export const BASISLIJN_SLEUTELS = ['baseline_total_s', 'overhead_ratio'] as const;
/** With the stories committed (not with --zonder-git): the one `git log` of a build, and how many files it dated. */
export const GESCHIEDENIS_SLEUTELS = ['history_s', 'history_files'] as const;

export type Resultaat = Record<(typeof SLEUTELS)[number], number> &
  Partial<Record<(typeof BASISLIJN_SLEUTELS)[number] | (typeof GESCHIEDENIS_SLEUTELS)[number], number>>;

const rond = (x: number, cijfers: number) => Number(x.toFixed(cijfers));

/** One JSON line with exactly the expected keys in a fixed order; seconds to 0.01, MiB to 0.1. */
export function jsonRegel(r: Resultaat): string {
  const uit: Record<string, number> = {};
  for (const k of SLEUTELS) {
    const v = r[k];
    if (typeof v !== 'number' || !Number.isFinite(v)) throw new Error(`meting "${k}" ontbreekt`);
    uit[k] = k.endsWith('_s') ? rond(v, 2) : k === 'peak_rss_mb' ? rond(v, 1) : Math.round(v);
  }
  const metBasislijn = BASISLIJN_SLEUTELS.filter((k) => r[k] !== undefined);
  if (metBasislijn.length && metBasislijn.length !== BASISLIJN_SLEUTELS.length) throw new Error('baseline_total_s en overhead_ratio horen samen');
  for (const k of metBasislijn) uit[k] = rond(r[k]!, k === 'overhead_ratio' ? 3 : 2);
  const metGeschiedenis = GESCHIEDENIS_SLEUTELS.filter((k) => r[k] !== undefined);
  if (metGeschiedenis.length && metGeschiedenis.length !== GESCHIEDENIS_SLEUTELS.length) throw new Error('history_s en history_files horen samen');
  for (const k of metGeschiedenis) uit[k] = k === 'history_s' ? rond(r[k]!, 2) : Math.round(r[k]!);
  return JSON.stringify(uit);
}

/**
 * The index step of the project's build script, so the benchmark indexes exactly as `npm run build`
 * does: `astro build && tsx scripts/zoekindex.ts --site dist` -> ['scripts/zoekindex.ts', '--site', 'dist'].
 * The step runs Pagefind and writes the search page's data (scripts/zoekindex.ts).
 */
export function indexStap(buildScript: string): string[] {
  const stap = buildScript.split('&&').map((s) => s.trim()).find((s) => /^(?:npx )?tsx scripts\/zoekindex\.ts\b/.test(s));
  if (!stap) throw new Error(`geen stap "tsx scripts/zoekindex.ts" in het build-script: ${buildScript}`);
  const woorden = [...stap.matchAll(/"([^"]*)"|'([^']*)'|(\S+)/g)].map((m) => m[1] ?? m[2] ?? m[3]!);
  return woorden.slice(woorden.indexOf('tsx') + 1);
}
