import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { get as httpGet } from 'node:http';
import { gunzipSync, gzipSync } from 'node:zlib';
import { afterAll, describe, expect, it } from 'vitest';
import { ROOT } from '../../tests/helpers/project.ts';
import { bestandVoorPad, statischeServer } from './browser.ts';
import { bestanden, boomRss, cpuUitTimeV, draai, jsonRegel, leesOpties, indexStap, maxRssUitTimeV, mediaan, ouderUitStat, percentiel, rssUitStatus, type Resultaat } from './meten.ts';

describe('leesOpties', () => {
  it('reads --stories, --baseline and --keep', () => {
    expect(leesOpties(['--stories', '10000', '--baseline'])).toEqual({ stories: 10000, baseline: true, keep: false, seed: 1, profile: false, git: true });
    expect(leesOpties([])).toEqual({ stories: 1000, baseline: false, keep: false, seed: 1, profile: false, git: true });
    expect(leesOpties(['--stories=5', '--keep', '--seed', '3', '--profile'])).toEqual({ stories: 5, baseline: false, keep: true, seed: 3, profile: true, git: true });
    expect(leesOpties(['--zonder-git']).git).toBe(false);
  });
  it('refuses a count that is not a positive whole number, and unknown flags', () => {
    expect(() => leesOpties(['--stories', 'veel'])).toThrow('--stories moet een heel getal van minstens 1 zijn, niet "veel"');
    expect(() => leesOpties(['--stories', '0'])).toThrow('minstens 1');
    expect(() => leesOpties(['--verhalen', '5'])).toThrow();
  });
});

describe('mediaan', () => {
  it('takes the middle value, or the mean of the two middle values', () => {
    expect(mediaan([5, 1, 3])).toBe(3);
    expect(mediaan([4, 1, 3, 10])).toBe(3.5);
    expect(() => mediaan([])).toThrow();
  });
});

describe('/proc parsing', () => {
  it('finds the parent pid even when the command name has spaces and parentheses', () => {
    expect(ouderUitStat('1234 (node) S 1200 1234 1200 0 -1 4194560')).toBe(1200);
    expect(ouderUitStat('77 (Web Content (x)) R 42 77 42 0')).toBe(42);
  });
  it('reads VmRSS in KiB; 0 when absent (zombie)', () => {
    expect(rssUitStatus('Name:\tnode\nVmPeak:\t  900 kB\nVmRSS:\t  123456 kB\nRssAnon: 1 kB\n')).toBe(123456);
    expect(rssUitStatus('Name:\tnode\nState:\tZ (zombie)\n')).toBe(0);
  });
  it('sums a process and all its descendants, not its siblings or parent', () => {
    const p = [
      { pid: 1, ppid: 0, rssKb: 1000 },
      { pid: 10, ppid: 1, rssKb: 5 }, // /usr/bin/time
      { pid: 11, ppid: 10, rssKb: 500 }, // node astro build
      { pid: 12, ppid: 11, rssKb: 40 }, // esbuild
      { pid: 13, ppid: 12, rssKb: 7 },
      { pid: 20, ppid: 1, rssKb: 900 }, // someone else's process
    ];
    expect(boomRss(p, 10)).toBe(552);
    expect(boomRss(p, 12)).toBe(47);
    expect(boomRss(p, 99)).toBe(0);
  });
  it("reads GNU time's maximum resident set size", () => {
    expect(maxRssUitTimeV('\tPercent of CPU this job got: 180%\n\tMaximum resident set size (kbytes): 812345\n')).toBe(812345);
    expect(maxRssUitTimeV('nothing')).toBeUndefined();
  });
  it("adds GNU time's user and system CPU seconds", () => {
    expect(cpuUitTimeV('\tUser time (seconds): 217.93\n\tSystem time (seconds): 23.85\n\tPercent of CPU this job got: 59%\n')).toBeCloseTo(241.78, 5);
    expect(cpuUitTimeV('User time (seconds): 1.0')).toBeUndefined();
  });
});

describe('percentiel', () => {
  it('takes the nearest rank', () => {
    const twintig = Array.from({ length: 20 }, (_, i) => i + 1);
    expect(percentiel(twintig, 95)).toBe(19);
    expect(percentiel(twintig, 50)).toBe(10);
    expect(percentiel([5, 1, 3], 95)).toBe(5);
    expect(() => percentiel([], 95)).toThrow('lege lijst');
  });
});

describe('jsonRegel', () => {
  const r: Resultaat = {
    stories: 1000, build_s: 41.234, index_s: 2.5, total_s: 43.734, peak_rss_mb: 812.44, pages: 1002,
    html_bytes_median_story_page: 6341.5, css_bytes: 308, js_bytes_story_page: 0, search_first_query_bytes: 191783,
    search_first_results_bytes: 150000, search_first_results_bytes_filtered: 190000, search_first_query_transfer_bytes: 160000.4,
    search_first_results_transfer_bytes: 120000, search_first_results_transfer_bytes_filtered: 170000, search_latency_p50_ms: 41.6, search_latency_p95_ms: 88.2,
    search_latency_p50_ms_filtered: 52, search_latency_p95_ms_filtered: 120.4, dist_bytes: 12345678,
  };
  it('prints exactly the keys of the issue, in order, rounded', () => {
    expect(jsonRegel(r)).toBe(
      '{"stories":1000,"build_s":41.23,"index_s":2.5,"total_s":43.73,"peak_rss_mb":812.4,"pages":1002,"html_bytes_median_story_page":6342,"css_bytes":308,"js_bytes_story_page":0,"search_first_query_bytes":191783,"search_first_results_bytes":150000,"search_first_results_bytes_filtered":190000,"search_first_query_transfer_bytes":160000,"search_first_results_transfer_bytes":120000,"search_first_results_transfer_bytes_filtered":170000,"search_latency_p50_ms":42,"search_latency_p95_ms":88,"search_latency_p50_ms_filtered":52,"search_latency_p95_ms_filtered":120,"dist_bytes":12345678}',
    );
  });
  it('adds the baseline keys only together', () => {
    expect(JSON.parse(jsonRegel({ ...r, baseline_total_s: 35.004, overhead_ratio: 1.24937 }))).toMatchObject({ baseline_total_s: 35, overhead_ratio: 1.249 });
    expect(() => jsonRegel({ ...r, baseline_total_s: 35 })).toThrow('horen samen');
  });
  it('adds the history keys, after the others, only together', () => {
    expect(Object.entries(JSON.parse(jsonRegel({ ...r, history_s: 0.4567, history_files: 10020.2 }))).slice(-2)).toEqual([['history_s', 0.46], ['history_files', 10020]]);
    expect(() => jsonRegel({ ...r, history_s: 1 })).toThrow('horen samen');
  });
  it('refuses a missing measurement', () => {
    expect(() => jsonRegel({ ...r, css_bytes: Number.NaN })).toThrow('"css_bytes" ontbreekt');
  });
});

describe('files, processes and the static server', () => {
  const dir = mkdtempSync(join(tmpdir(), '3dlab-meten-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  mkdirSync(join(dir, 'verhalen/a'), { recursive: true });
  writeFileSync(join(dir, 'index.html'), '<p>hoi</p>');
  writeFileSync(join(dir, 'verhalen/a/index.html'), 'x'.repeat(100));
  writeFileSync(join(dir, 'stijl.css'), 'p{}');
  writeFileSync(join(dir, 'zoek.js'), 'const woord = "schuld";\n'.repeat(200));
  writeFileSync(join(dir, 'index.pf_meta'), gzipSync('pagefind_dcd' + 'nl_0cf3aba 1089 '.repeat(50)));

  it('lists files with sizes', () => {
    expect(bestanden(dir).filter((b) => !/zoek\.js|pf_meta/.test(b.pad)).sort((a, b) => a.pad.localeCompare(b.pad))).toEqual([
      { pad: 'index.html', bytes: 10 },
      { pad: 'stijl.css', bytes: 3 },
      { pad: 'verhalen/a/index.html', bytes: 100 },
    ]);
  });

  it('serves directories as index.html and never outside the root', async () => {
    expect(bestandVoorPad(dir, '/verhalen/a/')).toBe(join(dir, 'verhalen/a/index.html'));
    expect(bestandVoorPad(dir, '/verhalen/b/')).toBeUndefined();
    expect(bestandVoorPad(dir, '/../../etc/passwd')).toBeUndefined();
    const server = await statischeServer(dir);
    try {
      const r = await fetch(new URL('verhalen/a/?x=1', server.url));
      expect(r.status).toBe(200);
      expect(r.headers.get('content-type')).toContain('text/html');
      expect((await r.text()).length).toBe(100);
      expect((await fetch(new URL('nergens/', server.url))).status).toBe(404);
    } finally {
      await server.stop();
    }
  });

  it('gzips text as the host does, only when the browser accepts it, and sends Pagefind\'s own gzip files as they are', async () => {
    const server = await statischeServer(dir);
    const haal = (pad: string, gzip: boolean) =>
      new Promise<{ codering?: string; bytes: Buffer }>((klaar, fout) => {
        // node:http, not fetch: fetch unpacks the body and hides the bytes sent.
        httpGet(new URL(pad, server.url), { headers: gzip ? { 'accept-encoding': 'gzip, br' } : {} }, (res) => {
          const delen: Buffer[] = [];
          res.on('data', (d: Buffer) => delen.push(d));
          res.on('end', () => klaar({ codering: res.headers['content-encoding'], bytes: Buffer.concat(delen) }));
        }).on('error', fout);
      });
    try {
      const js = readFileSync(join(dir, 'zoek.js'));
      const gz = await haal('zoek.js', true);
      expect(gz.codering).toBe('gzip');
      expect(gz.bytes.length).toBeLessThan(js.length / 10);
      expect(gunzipSync(gz.bytes).equals(js)).toBe(true);
      expect(server.verzonden('/zoek.js')).toBe(gz.bytes.length);
      const plat = await haal('zoek.js', false);
      expect(plat.codering).toBeUndefined();
      expect(plat.bytes.equals(js)).toBe(true);
      expect(server.verzonden('/zoek.js')).toBe(plat.bytes.length);
      const meta = await haal('index.pf_meta', true);
      expect(server.verzonden('/index.pf_meta')).toBe(meta.bytes.length);
      expect(meta.codering).toBeUndefined();
      expect(meta.bytes.equals(readFileSync(join(dir, 'index.pf_meta')))).toBe(true);
    } finally {
      await server.stop();
    }
  });

  it('measures a child process tree: time, and memory at least what the child allocates', async () => {
    const script = join(dir, 'geheugen.mjs');
    // Holds ~200 MB in a child of the child for half a second.
    writeFileSync(
      script,
      `import { spawnSync } from 'node:child_process';
       spawnSync(process.execPath, ['-e', 'const b = Buffer.alloc(200 * 1024 * 1024, 1); setTimeout(() => console.log(b.length), 500)'], { stdio: 'inherit' });`,
    );
    const m = await draai(script, [], dir, join(dir, 'log.txt'));
    expect(m.seconden).toBeGreaterThan(0.4);
    expect(m.piekMb).toBeGreaterThan(200);
    expect(m.cpuSeconden).toBeGreaterThan(0);
    await expect(draai(join(dir, 'bestaat-niet.mjs'), [], dir, join(dir, 'log2.txt'))).rejects.toThrow('stopte met code 1');
  });
});

describe('indexStap', () => {
  it('takes the index step of a build script, with quoted arguments', () => {
    expect(indexStap('astro build && tsx scripts/zoekindex.ts')).toEqual(['scripts/zoekindex.ts']);
    expect(indexStap("astro build && npx tsx scripts/zoekindex.ts --site 'a b'")).toEqual(['scripts/zoekindex.ts', '--site', 'a b']);
  });
  it('reads the real build script, and fails without an index step', () => {
    const { scripts } = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { scripts: { build: string } };
    expect(indexStap(scripts.build)[0]).toBe('scripts/zoekindex.ts');
    expect(() => indexStap('astro build && pagefind --site dist')).toThrow('geen stap "tsx scripts/zoekindex.ts"');
  });
});
