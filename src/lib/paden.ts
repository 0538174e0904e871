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
  } as const;

  return { pad, paden };
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
