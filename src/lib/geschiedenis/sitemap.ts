/** The sitemap's <lastmod> for story and lab pages: the date of the file's last commit. */
import type { Geschiedenis } from './git.ts';

interface SitemapItem {
  url: string;
  lastmod?: string;
}

/** Story or lab page (`<base>verhalen/<id>/`, `<base>labs/<id>/`) -> its content file; other pages -> undefined. */
export function bestandVanPagina(url: string, basis: string): string | undefined {
  const pad = new URL(url).pathname;
  const b = basis.endsWith('/') ? basis : `${basis}/`;
  if (!pad.startsWith(b)) return undefined;
  const m = /^(verhalen|labs)\/([a-z0-9]+(?:-[a-z0-9]+)*)\/?$/.exec(pad.slice(b.length));
  return m ? `content/${m[1]}/${m[2]}.mdx` : undefined;
}

/** Adds `lastmod` to a story or lab page with history; leaves every other item as it is. */
export function metLaatsteWijziging<T extends SitemapItem>(item: T, geschiedenis: Geschiedenis, basis: string): T {
  const bestand = bestandVanPagina(item.url, basis);
  const g = bestand ? geschiedenis.get(bestand) : undefined;
  return g ? { ...item, lastmod: new Date(g.laatste.datum).toISOString() } : item;
}
