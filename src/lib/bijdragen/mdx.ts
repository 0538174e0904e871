/**
 * Writes a story file: frontmatter (YAML, keys in the order of the content contract) and the MDX body.
 * Used by the submission form in the browser and by `npm run nieuw`.
 */
import { Document, isScalar, visit } from 'yaml';
import { slugify } from '../slug.ts';

/** Order of the keys in a written file, as in content/verhalen/_sjabloon.mdx. */
export const SLEUTELVOLGORDE = [
  'titel', 'samenvatting', 'datum', 'gemeenten', 'wijk', 'lab', 'domeinen', 'doelgroepen', 'tags', 'beloften', 'rapporteurs',
  'belemmeringen', 'doorbraken', 'kosten', 'uitkomsten', 'privacy', 'status', 'bronnen', 'trefwoorden',
] as const;

function geordend(frontmatter: Record<string, unknown>): Record<string, unknown> {
  const uit: Record<string, unknown> = {};
  for (const k of SLEUTELVOLGORDE) if (frontmatter[k] !== undefined) uit[k] = frontmatter[k];
  // Unknown keys are kept (last), so that the check reports them instead of them vanishing.
  for (const [k, v] of Object.entries(frontmatter)) if (!(k in uit) && v !== undefined) uit[k] = v;
  return uit;
}

/**
 * Frontmatter as YAML. Short lists of ids stay on one line ("tags: [a, b]") as in the template;
 * `commentaar` adds a comment after a top-level key (used by the scaffold to say what to fill in).
 */
export function frontmatterYaml(frontmatter: Record<string, unknown>, commentaar: Record<string, string> = {}): string {
  const doc = new Document(geordend(frontmatter));
  visit(doc, {
    Seq(_, seq) {
      if (seq.items.every((item) => isScalar(item))) seq.flow = true;
    },
  });
  const inhoud = doc.contents as unknown as { items: { key: { value: string; commentBefore?: string }; value: { flow?: boolean; items?: unknown; comment?: string } }[] };
  for (const pair of inhoud.items) {
    const opmerking = commentaar[pair.key.value];
    if (!opmerking) continue;
    // After a one-line value; above a block (a comment after a block would land at its end).
    if (pair.value.items === undefined || pair.value.flow) pair.value.comment = ` ${opmerking}`;
    else pair.key.commentBefore = ` ${opmerking}`;
  }
  return doc.toString({ lineWidth: 100, minContentWidth: 40, flowCollectionPadding: false });
}

/** The whole file: `---`, frontmatter, `---`, a blank line and the body, ending in one newline. */
export function naarMdx(frontmatter: Record<string, unknown>, tekst: string, commentaar: Record<string, string> = {}): string {
  const lijf = tekst.replace(/\r\n?/g, '\n').trim();
  return `---\n${frontmatterYaml(frontmatter, commentaar)}---\n${lijf ? `\n${lijf}\n` : ''}`;
}

/** Slug for a file name: from the title, cut at a word boundary so that URLs stay readable. */
export function titelSlug(titel: string, max = 60): string {
  const volledig = slugify(titel);
  if (volledig.length <= max) return volledig || 'verhaal';
  const kort = volledig.slice(0, max + 1);
  const grens = kort.lastIndexOf('-');
  return (grens > 20 ? kort.slice(0, grens) : volledig.slice(0, max)).replace(/-+$/, '');
}

/** The slug itself when free, else the first free one of slug-2, slug-3, ... */
export function uniekeSlug(slug: string, bezet: Iterable<string>): string {
  const set = new Set(bezet);
  if (!set.has(slug)) return slug;
  for (let n = 2; ; n++) if (!set.has(`${slug}-${n}`)) return `${slug}-${n}`;
}

