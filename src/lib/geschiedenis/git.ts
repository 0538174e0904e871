/**
 * When each story and lab was first published and last changed, with its latest changes, read from the
 * repository's history at build time: one `git log` over the content folders per build, not one per page.
 *
 * A copy without history builds too, without dates: a source archive (no .git), a machine without git,
 * and a shallow clone, whose oldest commit would pass for every file's first publication (so its history
 * is not used at all). The deploy and pull-request workflows fetch the full history (fetch-depth: 0).
 */
import { execFileSync } from 'node:child_process';

export interface Wijziging {
  /** Full commit hash. */
  hash: string;
  /** Committer date, ISO 8601 with offset: when the change landed in the repository. */
  datum: string;
  /** First line of the commit message. */
  onderwerp: string;
}

export interface BestandsGeschiedenis {
  /** The commit that added the file (after following renames). */
  eerste: Wijziging;
  laatste: Wijziging;
  /** The latest changes, newest first, at most `max` (see leesGitLog). */
  recent: Wijziging[];
  /** How many commits changed the file. */
  aantal: number;
}

/** File path relative to the project root (forward slashes) -> its history. */
export type Geschiedenis = ReadonlyMap<string, BestandsGeschiedenis>;

export interface GeschiedenisUitkomst {
  geschiedenis: Geschiedenis;
  /** Why there is no history, when there is none. */
  reden?: string;
}

/** The folders whose files get a history. */
export const GESCHIEDENIS_MAPPEN = ['content/verhalen', 'content/labs'] as const;

/** How many changes a page lists. */
export const RECENT = 5;

const RECORD = '\x1e';
const VELD = '\x1f';

/** Arguments of the one `git log`: per commit its hash, date and subject, then the files it touched (renames followed). */
export function gitLogArgumenten(mappen: readonly string[]): string[] {
  return ['-c', 'core.quotepath=off', 'log', `--format=${RECORD}%H${VELD}%cI${VELD}%s`, '--name-status', '-M', '--', ...mappen];
}

/**
 * Parses the output of `git log` (gitLogArgumenten), newest commit first. `prefix` is the project's
 * folder inside the repository (`git rev-parse --show-prefix`), stripped from every path.
 *
 * Renames: a file's history goes on under its old name (`R` old -> new). Before an `A` (added) or
 * after a `D` (deleted), older commits of the same path belong to another file and are skipped.
 */
export function leesGitLog(uitvoer: string, prefix = '', max = RECENT): Map<string, BestandsGeschiedenis> {
  const uit = new Map<string, BestandsGeschiedenis>();
  // Path in older commits -> the current file it belongs to (null: to no current file).
  const eigenaar = new Map<string, string | null>();
  const van = (pad: string): string | null => (eigenaar.has(pad) ? eigenaar.get(pad)! : pad);
  const noteer = (pad: string | null, w: Wijziging) => {
    if (pad === null || !pad.startsWith(prefix)) return;
    const sleutel = pad.slice(prefix.length);
    const g = uit.get(sleutel);
    if (!g) uit.set(sleutel, { eerste: w, laatste: w, recent: [w], aantal: 1 });
    else {
      g.eerste = w;
      g.aantal++;
      if (g.recent.length < max) g.recent.push(w);
    }
  };
  for (const blok of uitvoer.split(RECORD)) {
    if (!blok.trim()) continue;
    const [kop = '', ...regels] = blok.split('\n');
    const [hash = '', datum = '', onderwerp = ''] = kop.split(VELD);
    const w: Wijziging = { hash, datum, onderwerp };
    // A commit can touch a file once; a rename and a change of the same file are one line.
    for (const regel of regels) {
      if (!regel) continue;
      const [status = '', a = '', b] = regel.split('\t');
      const soort = status.charAt(0);
      if (soort === 'R' || soort === 'C') {
        if (!b) continue;
        const huidig = van(b);
        noteer(huidig, w);
        eigenaar.set(b, null);
        if (soort === 'R') eigenaar.set(a, huidig);
      } else if (soort === 'A') {
        noteer(van(a), w);
        eigenaar.set(a, null);
      } else if (soort === 'D') {
        eigenaar.set(a, null);
      } else {
        noteer(van(a), w);
      }
    }
  }
  return uit;
}

/** Runs git in `root`; undefined when git is missing or fails (no repository). */
function git(root: string, args: string[]): string | undefined {
  try {
    // 10,000 stories in one commit are ~0.6 MB of output; allow far more than a long history needs.
    return execFileSync('git', args, { cwd: root, encoding: 'utf8', maxBuffer: 1 << 30, stdio: ['ignore', 'pipe', 'ignore'] });
  } catch {
    return undefined;
  }
}

/** The history of every file in `mappen` under `root` (the project root), or none with the reason. */
export function leesGeschiedenis(root: string, mappen: readonly string[] = GESCHIEDENIS_MAPPEN, max = RECENT): GeschiedenisUitkomst {
  const geen = (reden: string): GeschiedenisUitkomst => ({ geschiedenis: new Map(), reden });
  const ondiep = git(root, ['rev-parse', '--is-shallow-repository']);
  if (ondiep === undefined) return geen('geen git-repository (bijvoorbeeld een bronarchief) of git ontbreekt');
  if (ondiep.trim() === 'true') return geen('ondiepe kloon: de oudste commit zou voor de eerste publicatie van elk bestand doorgaan (haal de hele geschiedenis op met fetch-depth: 0 of git fetch --unshallow)');
  const prefix = git(root, ['rev-parse', '--show-prefix'])?.trim() ?? '';
  const uitvoer = git(root, gitLogArgumenten(mappen));
  if (uitvoer === undefined) return geen('git log mislukte');
  return { geschiedenis: leesGitLog(uitvoer, prefix, max) };
}

/** Whether the last change is more than `jaren` years before `nu`: such a story invites a follow-up. */
export function isVerouderd(laatste: string, nu: Date, jaren = 3): boolean {
  const grens = new Date(nu);
  grens.setUTCFullYear(grens.getUTCFullYear() - jaren);
  return new Date(laatste).getTime() < grens.getTime();
}

/** The calendar day of a commit date as its committer wrote it ("2026-11-29T16:00:00+01:00" -> "2026-11-29"). */
export const dag = (datum: string) => datum.slice(0, 10);

/** The time of day of a commit as its committer wrote it ("2026-11-29T16:05:00+01:00" -> "16:05"): tells changes of one day apart. */
export const tijd = (datum: string) => datum.slice(11, 16);
