// One place for where the site and its source live, and the only module that reads the environment:
// everything else gets these values as arguments or imports them from here. GitHub Pages sets SITE and
// BASE_PATH in the workflow.
export const SITE = process.env.SITE ?? 'https://3d-lab-kennisbank.github.io';
export const BASE = process.env.BASE_PATH ?? '/';
/** The repository that receives pull requests; "Bewerk" links and the submission form use it. */
export const REPOSITORY = process.env.REPOSITORY_URL ?? 'https://github.com/3d-lab-kennisbank/kennisbank';
export const BRANCH = 'main';
export const SITE_NAAM = '3D-lab kennisbank';
/** True under `astro dev`: the collections are then read afresh for every page, so edits show at once. */
export const ONTWIKKELING = import.meta.env?.DEV === true;
/**
 * The editors' general mailbox: questions, a story without GitHub, and requests to remove something.
 * A function address of the editorial team, never a person's.
 */
export const REDACTIE_EMAIL = process.env.REDACTIE_EMAIL ?? 'redactie@3d-lab-kennisbank.nl';
