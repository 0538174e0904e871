/** Items of the RSS feed of new stories, newest first. */
import { eersteDag } from '../datum.ts';
import { tel, tellingTekst } from '../stand.ts';
import type { VerhaalGegevens } from './typen.ts';

export interface FeedItem {
  title: string;
  description: string;
  link: string;
  pubDate: Date;
  categories: string[];
}

export function feedItems(verhalen: readonly VerhaalGegevens[], link: (id: string) => string): FeedItem[] {
  return [...verhalen]
    .sort((a, b) => b.data.datum.localeCompare(a.data.datum) || a.data.titel.localeCompare(b.data.titel, 'nl'))
    .map((v) => ({
      title: v.data.titel,
      // The count says how far the barriers got, so a reader of the feed never takes a proposal for a solution.
      description: `${v.data.samenvatting.replace(/\s+/g, ' ').trim()} (${tellingTekst(tel([v.data]))}.)`,
      link: link(v.id),
      pubDate: eersteDag(v.data.datum),
      categories: [...v.data.domeinen, ...v.data.tags],
    }));
}
