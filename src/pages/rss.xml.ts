// /rss.xml: new published stories, newest first, dated by their history in git when there is one.
import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { bibliotheek } from '../collecties/index.ts';
import { paden } from '../paden.ts';
import { FEED_NAMESPACES, feedItems, laatsteWijziging, type FeedDatums } from '../lib/overzichten/rss.ts';
import { gedeeldeGeschiedenis } from '../lib/geschiedenis/gedeeld.ts';
import { absoluut } from '../collecties/overzichten.ts';
import { SITE, SITE_NAAM } from '../site.config.ts';

export const GET: APIRoute = async (context) => {
  const { verhalen } = await bibliotheek();
  const { geschiedenis } = gedeeldeGeschiedenis();
  const datums = new Map<string, FeedDatums>(
    verhalen.map((v) => {
      const g = geschiedenis.get(v.filePath ?? `content/verhalen/${v.id}.mdx`);
      return [v.id, g ? { gepubliceerd: new Date(g.eerste.datum), gewijzigd: new Date(g.laatste.datum) } : {}];
    }),
  );
  const laatste = laatsteWijziging([...datums.values()]);
  return rss({
    title: `${SITE_NAAM}: nieuwe verhalen`,
    description: 'Nieuwe verhalen uit de 3D-labs: belemmeringen in het sociaal domein en de doorbraken die ze oplosten.',
    site: context.site ?? SITE,
    xmlns: FEED_NAMESPACES,
    items: feedItems(verhalen, (id) => absoluut(paden.verhaal(id)), (id) => datums.get(id) ?? {}),
    customData: `<language>nl-nl</language>${laatste ? `<lastBuildDate>${laatste.toUTCString()}</lastBuildDate>` : ''}`,
  });
};
