// /rss.xml: new published stories, newest first.
import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { bibliotheek } from '../collecties/index.ts';
import { paden } from '../paden.ts';
import { feedItems } from '../lib/overzichten/rss.ts';
import { absoluut } from '../collecties/overzichten.ts';
import { SITE, SITE_NAAM } from '../site.config.ts';

export const GET: APIRoute = async (context) => {
  const { verhalen } = await bibliotheek();
  return rss({
    title: `${SITE_NAAM}: nieuwe verhalen`,
    description: 'Nieuwe verhalen uit de 3D-labs: belemmeringen in het sociaal domein en de doorbraken die ze oplosten.',
    site: context.site ?? SITE,
    items: feedItems(verhalen, (id) => absoluut(paden.verhaal(id))),
    customData: '<language>nl-nl</language>',
  });
};
