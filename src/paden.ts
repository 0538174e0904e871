// The site's URLs (src/lib/paden.ts) with the configured base path, for pages, components and endpoints.
import { maakPaden } from './lib/paden.ts';
import { BASE } from './site.config.ts';

export const { pad, paden } = maakPaden(BASE);
export { bewerkUrl, commitUrl, doorbraakAnker, geschiedenisUrl, githubUrl, hubPagina, verhaalIdeeUrl } from './lib/paden.ts';
