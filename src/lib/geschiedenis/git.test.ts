// History from the repository: one git log, renames followed, and no history from a shallow clone or a copy without .git.
import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { isVerouderd, leesGeschiedenis, leesGitLog, tijd } from './git.ts';

const R = '\x1e';
const V = '\x1f';
const commit = (hash: string, datum: string, onderwerp: string, ...regels: string[]) => `${R}${hash}${V}${datum}${V}${onderwerp}\n\n${regels.join('\n')}\n`;

describe('leesGitLog', () => {
  // Newest first, as git log prints it.
  const uitvoer = [
    commit('c5', '2026-05-01T10:00:00+02:00', 'Nieuw verhaal onder een oude naam', 'A\tsite/content/verhalen/oud.mdx'),
    commit('c4', '2025-03-01T10:00:00+01:00', 'Tikfout', 'M\tsite/content/verhalen/nieuw.mdx', 'M\tsite/content/labs/lab.mdx'),
    commit('c3', '2024-02-01T10:00:00+01:00', 'Hernoemd', 'R096\tsite/content/verhalen/oud.mdx\tsite/content/verhalen/nieuw.mdx'),
    commit('c2', '2023-01-01T10:00:00+01:00', 'Weg ermee', 'D\tsite/content/verhalen/weg.mdx'),
    commit('c1', '2020-06-15T09:30:00+02:00', 'Eerste versie', 'A\tsite/content/verhalen/oud.mdx', 'A\tsite/content/verhalen/weg.mdx', 'A\tsite/content/labs/lab.mdx', 'A\tandere/map/x.mdx'),
  ].join('');
  const g = leesGitLog(uitvoer, 'site/', 2);

  it('follows a rename back to the first version, and lists the latest changes newest first', () => {
    const nieuw = g.get('content/verhalen/nieuw.mdx')!;
    expect(nieuw.eerste).toEqual({ hash: 'c1', datum: '2020-06-15T09:30:00+02:00', onderwerp: 'Eerste versie' });
    expect(nieuw.laatste.hash).toBe('c4');
    expect(nieuw.aantal).toBe(3);
    expect(nieuw.recent.map((w) => w.hash)).toEqual(['c4', 'c3']);
  });

  it('starts a new file that reuses an old name at its own first commit, and forgets deleted files', () => {
    const oud = g.get('content/verhalen/oud.mdx')!;
    expect([oud.eerste.hash, oud.laatste.hash, oud.aantal]).toEqual(['c5', 'c5', 1]);
    expect(g.has('content/verhalen/weg.mdx')).toBe(false);
  });

  it('keeps only paths inside the project, without its prefix', () => {
    expect([...g.keys()].sort()).toEqual(['content/labs/lab.mdx', 'content/verhalen/nieuw.mdx', 'content/verhalen/oud.mdx']);
  });
});

describe('leesGeschiedenis on a real repository', () => {
  const dir = mkdtempSync(join(tmpdir(), '3dlab-git-'));
  const repo = join(dir, 'repo');
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const git = (cwd: string, args: string[], datum?: string) =>
    execFileSync('git', ['-c', 'user.name=Test', '-c', 'user.email=test@example.org', '-c', 'commit.gpgsign=false', ...args], {
      cwd,
      encoding: 'utf8',
      env: { ...process.env, ...(datum ? { GIT_AUTHOR_DATE: datum, GIT_COMMITTER_DATE: datum } : {}) },
    }).trim();
  const schrijf = (pad: string, tekst: string) => {
    mkdirSync(join(repo, pad, '..'), { recursive: true });
    writeFileSync(join(repo, pad), tekst);
  };

  mkdirSync(repo);
  git(repo, ['init', '-q', '-b', 'main']);
  schrijf('content/verhalen/a.mdx', 'een\n'.repeat(20));
  schrijf('content/labs/l.mdx', 'lab\n');
  git(repo, ['add', '.']);
  git(repo, ['commit', '-q', '-m', 'Verhaal a en lab l'], '2019-04-01T12:00:00+02:00');
  const eerste = git(repo, ['rev-parse', 'HEAD']);
  renameSync(join(repo, 'content/verhalen/a.mdx'), join(repo, 'content/verhalen/b.mdx'));
  git(repo, ['add', '-A']);
  git(repo, ['commit', '-q', '-m', 'a heet nu b'], '2021-01-01T12:00:00+01:00');
  schrijf('content/verhalen/b.mdx', `${'een\n'.repeat(20)}twee\n`);
  schrijf('README.md', 'geen inhoud\n');
  git(repo, ['commit', '-q', '-am', 'b bijgewerkt'], '2024-06-30T08:00:00+02:00');
  const laatste = git(repo, ['rev-parse', 'HEAD']);
  schrijf('content/verhalen/nieuw.mdx', 'nog niet gecommit\n');

  it('gives each file its first and last commit, following the rename', () => {
    const { geschiedenis, reden } = leesGeschiedenis(repo);
    expect(reden).toBeUndefined();
    const b = geschiedenis.get('content/verhalen/b.mdx')!;
    expect(b.eerste).toEqual({ hash: eerste, datum: '2019-04-01T12:00:00+02:00', onderwerp: 'Verhaal a en lab l' });
    expect(b.laatste).toEqual({ hash: laatste, datum: '2024-06-30T08:00:00+02:00', onderwerp: 'b bijgewerkt' });
    expect(b.recent.map((w) => w.onderwerp)).toEqual(['b bijgewerkt', 'a heet nu b', 'Verhaal a en lab l']);
    expect(geschiedenis.get('content/labs/l.mdx')!.aantal).toBe(1);
    // Not committed yet, and outside the content folders: no history.
    expect([...geschiedenis.keys()].sort()).toEqual(['content/labs/l.mdx', 'content/verhalen/b.mdx']);
  });

  it('works from a project folder inside a larger repository', () => {
    const groot = join(dir, 'groot');
    mkdirSync(groot);
    git(groot, ['init', '-q', '-b', 'main']);
    cpSync(join(repo, 'content'), join(groot, 'site/content'), { recursive: true });
    git(groot, ['add', '.']);
    git(groot, ['commit', '-q', '-m', 'Alles'], '2022-02-02T10:00:00+01:00');
    expect([...leesGeschiedenis(join(groot, 'site')).geschiedenis.keys()].sort()).toEqual(['content/labs/l.mdx', 'content/verhalen/b.mdx', 'content/verhalen/nieuw.mdx']);
  });

  it('uses no history from a shallow clone, whose oldest commit would pass for every first publication', () => {
    const kloon = join(dir, 'ondiep');
    git(dir, ['clone', '-q', '--depth', '1', `file://${repo}`, kloon]);
    const { geschiedenis, reden } = leesGeschiedenis(kloon);
    expect(geschiedenis.size).toBe(0);
    expect(reden).toMatch(/^ondiepe kloon/);
  });

  it('has no history, and no error, in a copy without .git', () => {
    const kopie = join(dir, 'archief');
    cpSync(join(repo, 'content'), join(kopie, 'content'), { recursive: true });
    const { geschiedenis, reden } = leesGeschiedenis(kopie);
    expect(geschiedenis.size).toBe(0);
    expect(reden).toMatch(/^geen git-repository/);
  });
});

describe('isVerouderd', () => {
  const nu = new Date('2026-11-29T12:00:00Z');
  it('is true only when the last change is more than three years old', () => {
    expect(isVerouderd('2023-11-28T12:00:00+00:00', nu)).toBe(true);
    expect(isVerouderd('2023-11-30T12:00:00+00:00', nu)).toBe(false);
    expect(isVerouderd('2026-01-01T00:00:00+01:00', nu)).toBe(false);
  });
});

describe('tijd', () => {
  it('takes the time of day as the committer wrote it', () => {
    expect(tijd('2026-11-29T16:05:00+01:00')).toBe('16:05');
  });
});
