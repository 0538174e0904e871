// The form's parser (micromark) must read a text as `npm run check` does (Sätteri): the component check
// and the gate run on these trees. A mismatch made the form refuse its own <Tijdlijn> snippet.
import { describe, expect, it } from 'vitest';
import { COMPONENTNAMEN, beschrijving } from '../verhaaltekst/woordenschat.ts';
import { parseMdx } from './bestanden.ts';
import { parseMdxInBrowser } from './micromark.ts';

type Knoop = { type: string; position?: unknown; data?: unknown; attributes?: { name: string; value: unknown }[]; children?: Knoop[] };

/** The tree without positions and parser data, attributes as name and value. */
function vorm(knoop: Knoop): unknown {
  const { position: _p, data: _d, attributes, children, ...rest } = knoop;
  return {
    ...rest,
    ...(attributes ? { attributes: attributes.map((a) => ({ name: a.name, value: a.value })) } : {}),
    ...(children ? { children: children.map(vorm) } : {}),
  };
}
const boom = (r: ReturnType<typeof parseMdx>) => ('boom' in r ? vorm(r.boom as Knoop) : r);

const TEKSTEN: [string, string][] = [
  ...COMPONENTNAMEN.map((naam) => [`the snippet of <${naam}>`, `${beschrijving(naam).voorbeeld}\n`] as [string, string]),
  ['a quote on one line between paragraphs', 'Alinea.\n\n<Citaat wie="een bewoner" bron="bron-1">"Eindelijk."</Citaat>\n\nNog een alinea.\n'],
  ['a timeline with its moments on lines of their own', '<Tijdlijn>\n<Moment datum="2008">Begin.</Moment>\n\n<Moment datum="2011">Wet.</Moment>\n</Tijdlijn>\n'],
  ['a component inside a sentence', 'Het daalde <Kerngetal waarde="-50%" label="x" bron="b" /> in drie jaar.\n'],
  ['two components on one line', '<Kerngetal waarde="1" label="a" bron="b" /> <Kerngetal waarde="2" label="c" bron="b" />\n'],
  ['a box with Markdown inside', '<Kader titel="Wat zegt de wet">\nDe **wet** zegt:\n\n- een\n- twee\n</Kader>\n'],
  ['a paragraph of text and a component', '<Citaat wie="x" bron="b">Ja.</Citaat> en meer tekst.\n'],
];

describe("the form's MDX parser reads a text as npm run check does", () => {
  it.each(TEKSTEN)('%s', (_, tekst) => {
    expect(boom(parseMdxInBrowser(tekst))).toEqual(boom(parseMdx(tekst)));
  });

  it('makes a line holding only a component a block, as MDX does', () => {
    const r = parseMdxInBrowser('<Moment datum="2011">Los.</Moment>\n');
    expect('boom' in r && r.boom.children.map((k) => k.type)).toEqual(['mdxJsxFlowElement']);
  });
});
