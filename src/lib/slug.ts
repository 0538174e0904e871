/** URL-safe slug: lower case ASCII, diacritics removed, words joined by hyphens. */
export function slugify(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/['’]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/** "'s-Gravenhage" -> "s-gravenhage", "Bergen (NH.)" -> "bergen-nh", "Súdwest-Fryslân" -> "sudwest-fryslan". */
export const gemeenteSlug = slugify;
