// Astro puts all content (every story's data and rendered HTML) into one module, `astro:data-layer-content`
// = `export default JSON.parse("…")` with the whole data store as one string literal. At 10,000
// stories that literal is 83 MB, and it got expensive in three places (BENCHMARKS.md):
// - Node 22 (V8) compiles a module with one huge string literal in more than linear time: the import
//   alone took 54 s (20 MB: 1.6 s, 40 MB: 11 s);
// - Rolldown bundled it (13 s), and Astro parsed the whole store once more only to validate it (memory).
// This integration rewrites that module after Astro made it (a `transform`: Astro's own `load` comes
// first), and nothing else:
// - `astro build` of this static site: the JSON text goes to a file in the cache folder, and the
//   module reads it when the pages are rendered, on the build machine during the build (JSON.parse
//   of 83 MB: under a second). A static site loads nothing of it at run time.
// - Dev server: the string literal is split into 1 MB literals joined at run time (2.6 s for 83 MB).
// If Astro ever emits the module in another shape, it is left alone.
import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';

/** Astro's virtual module id for the content data store (astro/dist/content/consts.js). */
export const DATALAAG_MODULE = '\0astro:data-layer-content';
const BEGIN = 'export default JSON.parse(';
const EIND = ')';
export const DEEL_TEKENS = 1_000_000;

/** The JSON text inside `export default JSON.parse("…")`, or undefined if the code has another shape. */
export function jsonVanDatalaag(code: string): string | undefined {
  const tekst = code.trimEnd();
  if (!tekst.startsWith(BEGIN) || !tekst.endsWith(EIND)) return undefined;
  const literal = tekst.slice(BEGIN.length, -EIND.length);
  if (!literal.startsWith('"')) return undefined;
  try {
    const json: unknown = JSON.parse(literal);
    return typeof json === 'string' ? json : undefined;
  } catch {
    return undefined;
  }
}

/** The module code with its JSON string literal split into parts, or undefined if it has another shape. */
export function splitsDatalaag(code: string, deel = DEEL_TEKENS): string | undefined {
  const json = jsonVanDatalaag(code);
  if (json === undefined || json.length <= deel) return undefined;
  const delen: string[] = [];
  for (let i = 0; i < json.length; i += deel) delen.push(JSON.stringify(json.slice(i, i + deel)));
  return `${BEGIN}[${delen.join(',\n')}].join(''))\n`;
}

/**
 * Writes the JSON text to `map` (a file named by its hash; older ones are removed) and returns
 * module code that parses that file when it is first imported; undefined if the code has another shape.
 */
export function datalaagUitBestand(code: string, map: string): string | undefined {
  const json = jsonVanDatalaag(code);
  if (json === undefined) return undefined;
  const naam = `datalaag-${createHash('sha256').update(json).digest('hex').slice(0, 16)}.json`;
  mkdirSync(map, { recursive: true });
  for (const oud of readdirSync(map)) if (oud !== naam) rmSync(join(map, oud), { force: true });
  writeFileSync(join(map, naam), json);
  return `import { readFileSync } from 'node:fs';\n${BEGIN}readFileSync(${JSON.stringify(join(map, naam))}, 'utf8'))\n`;
}

export default function datalaag(): AstroIntegration {
  return {
    name: 'datalaag',
    hooks: {
      'astro:config:setup': ({ updateConfig, command, config }) => {
        // Only a static build renders every page on the build machine; a server would not have the file.
        const eenBestand = (config.experimental.collectionStorage ?? 'single-file') === 'single-file';
        const uitBestand = command === 'build' && config.output === 'static' && eenBestand;
        const map = fileURLToPath(new URL('datalaag/', config.cacheDir));
        updateConfig({
          vite: {
            plugins: [
              {
                name: 'datalaag',
                transform(code, id) {
                  if (id !== DATALAAG_MODULE) return undefined;
                  const nieuw = uitBestand ? datalaagUitBestand(code, map) : splitsDatalaag(code);
                  return nieuw === undefined ? undefined : { code: nieuw, map: { mappings: '' } };
                },
              },
            ],
          },
        });
      },
    },
  };
}
