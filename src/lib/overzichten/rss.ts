/**
 * Items of the RSS feed of new stories, newest first. With history from git (src/lib/geschiedenis/), a
 * story's date in the feed is when it was published here and its last change is given as dcterms:modified;
 * without history (a copy without .git) the feed falls back on the date of the story's source.
 */
import { eersteDag } from '../datum.ts';
import { tel, tellingTekst } from '../stand.ts';
import type { VerhaalGegevens } from './typen.ts';

export interface FeedItem {
  title: string;
  description: string;
  link: string;
  pubDate: Date;
  categories: string[];
  /** Extra XML inside <item>: the last change (namespace dcterms, see FEED_NAMESPACES). */
  customData?: string;
}

/** When a story was published on the site and last changed, from git; either may be unknown. */
export interface FeedDatums {
  gepubliceerd?: Date;
  gewijzigd?: Date;
}

export const FEED_NAMESPACES = { dcterms: 'http://purl.org/dc/terms/' } as const;

export function feedItems(verhalen: readonly VerhaalGegevens[], link: (id: string) => string, datums: (id: string) => FeedDatums = () => ({})): FeedItem[] {
  return verhalen
    .map((v) => {
      const { gepubliceerd, gewijzigd } = datums(v.id);
      return {
        titel: v.data.titel,
        item: {
          title: v.data.titel,
          // The count says how far the barriers got, so a reader of the feed never takes a proposal for a solution.
          description: `${v.data.samenvatting.replace(/\s+/g, ' ').trim()} (${tellingTekst(tel([v.data]))}.)`,
          link: link(v.id),
          pubDate: gepubliceerd ?? eersteDag(v.data.datum),
          categories: [...v.data.domeinen, ...v.data.tags],
          ...(gewijzigd ? { customData: `<dcterms:modified>${gewijzigd.toISOString()}</dcterms:modified>` } : {}),
        },
      };
    })
    .sort((a, b) => b.item.pubDate.getTime() - a.item.pubDate.getTime() || a.titel.localeCompare(b.titel, 'nl'))
    .map((x) => x.item);
}

/** The feed's <lastBuildDate>: the latest change of any story, when known. */
export function laatsteWijziging(items: readonly FeedDatums[]): Date | undefined {
  return items.reduce<Date | undefined>((max, d) => (d.gewijzigd && (!max || d.gewijzigd > max) ? d.gewijzigd : max), undefined);
}
