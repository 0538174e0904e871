/**
 * Every URL of the site in one place, so links survive a `base` (GitHub Pages) and renames.
 * Paths end with "/" because the build writes directories (build.format = 'directory').
 * The base path is an argument: src/paden.ts binds these to the site's configured base.
 */
import { slugify } from './slug.ts';

export function maakPaden(basis: string) {
  const b = basis.endsWith('/') ? basis : `${basis}/`;

  /** Prefixes a site-relative path ("verhalen/") with the base path. */
  const pad = (relatief = ''): string => `${b}${relatief.replace(/^\/+/, '')}`;

  const paden = {
    home: () => pad(),
    verhalen: (pagina = 1) => pad(pagina > 1 ? `verhalen/pagina/${pagina}/` : 'verhalen/'),
    verhaal: (id: string) => pad(`verhalen/${id}/`),
    labs: () => pad('labs/'),
    lab: (id: string) => pad(`labs/${id}/`),
    tags: () => pad('tags/'),
    tag: (id: string) => pad(`tags/${id}/`),
    beloften: () => pad('beloften/'),
    belofte: (id: string) => pad(`beloften/${id}/`),
    belemmeringen: () => pad('belemmeringen/'),
    soortBelemmering: (id: string) => pad(`belemmeringen/${id}/`),
    doorbraken: () => pad('doorbraken/'),
    soortDoorbraak: (id: string) => pad(`doorbraken/${id}/`),
    doelgroepen: () => pad('doelgroepen/'),
    doelgroep: (id: string) => pad(`doelgroepen/${id}/`),
    gemeenten: () => pad('gemeenten/'),
    gemeente: (id: string) => pad(`gemeenten/${id}/`),
    provincies: () => pad('provincies/'),
    provincie: (naam: string) => pad(`provincies/${slugify(naam)}/`),
    domeinen: () => pad('domeinen/'),
    domein: (id: string) => pad(`domeinen/${id}/`),
    rapporteurs: () => pad('rapporteurs/'),
    rapporteur: (id: string) => pad(`rapporteurs/${id}/`),
    zoeken: () => pad('zoeken/'),
    bijdragen: () => pad('bijdragen/'),
    data: () => pad('data/'),
    toegankelijkheid: () => pad('toegankelijkheid/'),
    verantwoording: () => pad('verantwoording/'),
    privacy: () => pad('verantwoording/#privacy'),
    /** Breakthroughs that were taken over by other municipalities. */
    navolging: () => pad('navolging/'),
    /** English summaries, for international exchange. */
    engels: () => pad('en/'),
  } as const;

  return { pad, paden };
}

/** Anchor of a breakthrough on its story page (by its id, or its position when it has none). */
export function doorbraakAnker(doorbraak: { id?: string }, index: number): string {
  return `doorbraak-${doorbraak.id ?? index + 1}`;
}

/** Page n of a paginated hub whose first page is `hubPad` ("/tags/wijk/" -> "/tags/wijk/pagina/2/"). */
export function hubPagina(hubPad: string, pagina: number): string {
  return pagina > 1 ? `${hubPad.replace(/\/?$/, '/')}pagina/${pagina}/` : hubPad;
}

/** A page of the repository on GitHub: `githubUrl(repository, 'blob', 'main', 'CONTRIBUTING.md')`. */
export function githubUrl(repository: string, ...delen: string[]): string {
  return [repository.replace(/\/+$/, ''), ...delen].join('/');
}

/** GitHub's editor for a content file (entry.filePath, e.g. "content/verhalen/x.mdx"). */
export function bewerkUrl(filePath: string, repository: string, branch: string): string {
  return githubUrl(repository, 'edit', branch, filePath.replace(/^\.\//, ''));
}

/** A commit on GitHub. */
export function commitUrl(repository: string, hash: string): string {
  return githubUrl(repository, 'commit', hash);
}

/** GitHub's list of the commits that changed a content file. */
export function geschiedenisUrl(filePath: string, repository: string, branch: string): string {
  return githubUrl(repository, 'commits', branch, filePath.replace(/^\.\//, ''));
}

/**
 * A new issue from the story-idea form (.github/ISSUE_TEMPLATE/verhaal-idee.yml) with fields filled in:
 * GitHub issue forms take `title` and each field's id as query parameters.
 */
export function verhaalIdeeUrl(repository: string, velden: Readonly<Record<string, string>>): string {
  const query = new URLSearchParams({ template: 'verhaal-idee.yml', ...velden });
  return `${githubUrl(repository, 'issues', 'new')}?${query}`;
}
