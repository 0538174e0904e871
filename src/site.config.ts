// One place for where the site and its source live. GitHub Pages sets SITE and BASE_PATH in the workflow.
export const SITE = process.env.SITE ?? 'https://3d-lab-kennisbank.github.io';
export const BASE = process.env.BASE_PATH ?? '/';
/** The repository that receives pull requests; "Bewerk" links and the submission form use it. */
export const REPOSITORY = process.env.REPOSITORY_URL ?? 'https://github.com/3d-lab-kennisbank/kennisbank';
export const BRANCH = 'main';
export const SITE_NAAM = '3D-lab kennisbank';
/**
 * The editors' general mailbox: questions, a story without GitHub, and requests to remove something.
 * A function address of the editorial team, never a person's.
 */
export const REDACTIE_EMAIL = process.env.REDACTIE_EMAIL ?? 'redactie@3d-lab-kennisbank.nl';
