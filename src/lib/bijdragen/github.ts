/** Links to GitHub's "new file" page, which opens a pull request (or a fork first) for the file. */
import { githubUrl } from '../paden.ts';

/** Browsers and GitHub cope with longer URLs, but proxies and GitHub's own limits start near 8 KB. */
export const MAX_URL_LENGTE = 8000;

export interface NieuwBestandLink {
  url: string;
  /** False when the content did not fit: the URL then only names the file and the user pastes the text. */
  metInhoud: boolean;
}

/** `${repository}/new/${branch}?filename=...&value=...`, or without `value` when that would be too long. */
export function nieuwBestandUrl(repository: string, branch: string, bestand: string, inhoud: string, max = MAX_URL_LENGTE): NieuwBestandLink {
  const basis = `${githubUrl(repository, 'new', encodeURIComponent(branch))}?filename=${encodeURIComponent(bestand).replace(/%2F/g, '/')}`;
  const volledig = `${basis}&value=${encodeURIComponent(inhoud)}`;
  return volledig.length <= max ? { url: volledig, metInhoud: true } : { url: basis, metInhoud: false };
}
