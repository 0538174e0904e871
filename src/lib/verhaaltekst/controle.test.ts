// The meaning of the text components, checked as `npm run check` checks a file: every wrong use is
// named with its line in the file and a fix; every snippet the documentation and the form offer passes.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../../../tests/helpers/project.ts';
import { BESTANDSCONTROLES, controleerBestand, leesReferenties } from '../inhoud/controle.ts';
import { leesFrontmatter } from '../inhoud/frontmatter.ts';
import { formatteerProbleem } from '../inhoud/problemen.ts';
import { bedoeldComponent, COMPONENTNAMEN, componentenLijst, WOORDENSCHAT } from './woordenschat.ts';

// The test site's taxonomies (tests/e2e/fixtures), not content/, which editors rewrite.
const refs = leesReferenties(join(ROOT, 'tests/e2e/fixtures'));

/** A valid story with two sources; the text starts on line 17 of the file. */
const bestand = (tekst: string) => `---
titel: Componenten in een verhaal
samenvatting: Een verhaal dat de onderdelen van de tekst gebruikt.
datum: "2014"
gemeenten: []
domeinen: [jeugd]
doelgroepen: [gezinnen-met-kinderen]
rapporteurs: [pieter-hilhorst]
belemmeringen: [{ id: dwang, soort: gevestigde-belangen, omschrijving: Te veel dwang. }]
doorbraken: [{ omschrijving: Minder dwang., lost_op: [dwang], status: ingevoerd, soort: een-plan-een-regisseur, bron: essay-3 }]
privacy: { gepseudonimiseerd: true, toestemming: "n.v.t." }
status: gepubliceerd
bronnen: [{ id: essay-3, titel: Derde essay }, { id: dia-7, titel: Presentatie }]
---

Een alinea.
${tekst}
`;
const EERSTE = 17;

/** The problems of the whole content check (schema, safety gate, components, personal data) as "line: message". */
function problemen(tekst: string): string[] {
  const bron = bestand(tekst);
  const pad = 'content/verhalen/componenten.mdx';
  return controleerBestand({ soort: 'verhaal', id: 'componenten', pad, bron, gelezen: leesFrontmatter(bron) }, refs, BESTANDSCONTROLES).map(
    (p) => `${p.bestand}:${p.regel} ${p.bericht}`,
  );
}
const op = (regel: number, bericht: string) => `content/verhalen/componenten.mdx:${EERSTE + regel} ${bericht}`;

describe('text components in npm run check', () => {
  it('accept every component with its attributes, also a number date and a date in words', () => {
    expect(
      problemen(`
<Citaat wie="een gezinsvoogd" rol="jeugdbescherming" bron="essay-3">
"Het motiveren van gezinnen is ons werk."
</Citaat>

<Kerngetal waarde="-50%" label="minder ondertoezichtstellingen" bron="essay-3" />

<Tijdlijn titel="Hoe het verliep">
<Moment datum="2004-09-20">Een meisje sterft.</Moment>
<Moment datum={2011}>Een andere aanpak.</Moment>
<Moment datum="jaren negentig">Navolging elders.</Moment>
</Tijdlijn>

<Kader titel="Wat zegt de wet">
De wet zegt **dit**, met een [link](https://example.org).

<Kerngetal waarde="25" label="wettelijke kaders" bron="dia-7" />
</Kader>
`),
    ).toEqual([]);
  });

  it('accept the snippet of every component, as the form inserts it and the documentation shows it', () => {
    for (const naam of COMPONENTNAMEN) {
      const { voorbeeld, binnen } = WOORDENSCHAT[naam] as { voorbeeld: string; binnen?: string };
      const tekst = (binnen ? `<${binnen}>\n${voorbeeld}\n</${binnen}>` : voorbeeld).replaceAll('bron-1', 'essay-3');
      expect(problemen(`\n${tekst}\n`), naam).toEqual([]);
    }
  });

  it.each([
    ['a missing required attribute', '\n<Kerngetal waarde="-50%" bron="essay-3" />', [op(1, '<Kerngetal> mist label="…": waar het getal over gaat, bijvoorbeeld "minder ondertoezichtstellingen in drie jaar". Voorbeeld: <Kerngetal waarde="-50%" label="minder ondertoezichtstellingen in drie jaar" bron="bron-1" />')]],
    ['an empty attribute', '\n<Citaat wie="" bron="essay-3">Woorden.</Citaat>', [op(1, 'wie="" op <Citaat> is leeg: wie het zei: een rol ("een dakloze jongere"), een schuilnaam die het verhaal al gebruikt, of een bestuurder in een openbare rol zoals de bron die noemt.')]],
    ['a source the story does not have', '\n\n<Kerngetal waarde="-60%" label="uithuisplaatsingen" bron="essay3" />', [op(2, '<Kerngetal> verwijst naar bron="essay3", en die staat niet bij de bronnen van dit verhaal. Bedoelde je "essay-3"? Kies uit: essay-3, dia-7.')]],
    ['a date that does not exist', '\n<Tijdlijn>\n<Moment datum="2015-13">Te laat.</Moment>\n</Tijdlijn>', [op(2, 'datum="2015-13" op <Moment>: deze datum bestaat niet; controleer dag en maand.')]],
    ['a date in the wrong form', '\n<Tijdlijn>\n<Moment datum="20-09-2004">Verkeerd om.</Moment>\n</Tijdlijn>', [op(2, 'datum="20-09-2004" op <Moment>: schrijf de datum als JJJJ-MM-DD, of alleen JJJJ-MM of JJJJ als de bron niet meer zegt (bijvoorbeeld 2014).')]],
    ['a Moment outside a Tijdlijn', '\n<Moment datum="2011">Los.</Moment>', [op(1, '<Moment> staat alleen binnen een <Tijdlijn>, elk op een eigen regel. Zet het tussen <Tijdlijn> en </Tijdlijn>.')]],
    ['text in a Tijdlijn', '\n<Tijdlijn>\nLosse tekst.\n\n<Moment datum="2011">Goed.</Moment>\n</Tijdlijn>', [op(2, 'in een <Tijdlijn> staan alleen <Moment>-onderdelen, elk op een eigen regel: <Moment datum="2011">Wat er in 2011 gebeurde.</Moment>')]],
    ['a Tijdlijn without moments', '\n<Tijdlijn titel="Leeg">\n</Tijdlijn>', [op(1, '<Tijdlijn> heeft geen <Moment>: zet er minstens één in, zoals <Moment datum="2011">Wat er in 2011 gebeurde.</Moment>')]],
    ['text inside a Kerngetal', '\n<Kerngetal waarde="25" label="kaders" bron="dia-7">vijfentwintig</Kerngetal>', [op(1, '<Kerngetal> heeft geen tekst tussen de tags: alles staat in de attributen. Schrijf het als <Kerngetal waarde="-50%" label="minder ondertoezichtstellingen in drie jaar" bron="bron-1" />')]],
    ['an empty quote', '\n<Citaat wie="een moeder" bron="essay-3"></Citaat>', [op(1, '<Citaat> is leeg: zet de tekst tussen <Citaat …> en </Citaat>.')]],
    ['a component in the middle of a sentence', '\nHet daalde met <Kerngetal waarde="-50%" label="toezicht" bron="essay-3" /> in drie jaar.', [op(1, '<Kerngetal> staat midden in een zin of alinea; zet het op een eigen regel, met een lege regel ervoor en erna.')]],
  ])('name %s with its line and a fix', (_, tekst, verwacht) => {
    expect(problemen(tekst)).toEqual(verwacht);
  });

  it('name an unknown source in a story without sources', () => {
    const tekst = '\n<Kerngetal waarde="1" label="x" bron="essay-3" />';
    const bron = bestand(tekst).replace(/^bronnen: .*$/m, 'bronnen: []');
    const gevonden = controleerBestand({ soort: 'verhaal', id: 'x', pad: 'x.mdx', bron, gelezen: leesFrontmatter(bron) }, refs, BESTANDSCONTROLES);
    expect(gevonden.map((p) => p.bericht)).toContain('<Kerngetal> verwijst naar bron="essay-3", maar dit verhaal heeft nog geen bronnen. Voeg de bron toe onder bronnen (met een id) en gebruik die id.');
  });
});

describe('the safety gate on each component (issue 17: code stays out)', () => {
  /** A valid use of each component, on one line, with a place for an extra attribute and for content. */
  const gebruik: Record<string, (extra: string, inhoud?: string) => string> = {
    Citaat: (extra, inhoud = 'Woorden.') => `<Citaat wie="een moeder" bron="essay-3"${extra}>${inhoud}</Citaat>`,
    Kerngetal: (extra) => `<Kerngetal waarde="-50%" label="toezicht" bron="essay-3"${extra} />`,
    Tijdlijn: (extra, inhoud = '<Moment datum="2011">Begin.</Moment>') => `<Tijdlijn${extra}>\n${inhoud}\n</Tijdlijn>`,
    Moment: (extra, inhoud = 'Begin.') => `<Tijdlijn>\n<Moment datum="2011"${extra}>${inhoud}</Moment>\n</Tijdlijn>`,
    Kader: (extra, inhoud = 'Tekst.') => `<Kader titel="Wat zegt de wet"${extra}>${inhoud}</Kader>`,
  };
  /** The line of the component itself in the file (a Moment is on the line after its Tijdlijn). */
  const regel = (naam: string) => EERSTE + 1 + (naam === 'Moment' ? 1 : 0);

  it.each(COMPONENTNAMEN)('<%s> passes as it is', (naam) => {
    expect(problemen(`\n${gebruik[naam]!('')}`)).toEqual([]);
  });

  it.each(COMPONENTNAMEN)('<%s>: an expression attribute, a spread, an event attribute, an unknown attribute and a nested script are refused with file and line', (naam) => {
    const bij = (extra: string) => problemen(`\n${gebruik[naam]!(extra)}`);
    const eerste = Object.keys(WOORDENSCHAT[naam].attributen)[0]!;
    expect(bij(` ${eerste}={geheim}`).join('\n')).toContain(`componenten.mdx:${regel(naam)} attribuut ${eerste}= op <${naam}> heeft een waarde met { }`);
    expect(bij(' {...props}').join('\n')).toContain(`componenten.mdx:${regel(naam)} <${naam}> heeft een attribuut met { }`);
    expect(bij(' onClick="alert(1)"').join('\n')).toContain(`componenten.mdx:${regel(naam)} attribuut onClick= op <${naam}> is niet toegestaan`);
    expect(bij(' kleur="rood"').join('\n')).toContain(`componenten.mdx:${regel(naam)} attribuut kleur= kent <${naam}> niet. Gebruik ${Object.keys(WOORDENSCHAT[naam].attributen).join(', ')}.`);
    if (naam !== 'Kerngetal') {
      const met = problemen(`\n${gebruik[naam]!('', naam === 'Tijdlijn' ? '<script>alert(1)</script>' : 'Hoi <script>alert(1)</script>')}`);
      expect(met.join('\n')).toContain('<script> is niet toegestaan: een <script> voert code uit in de browser van de lezer.');
    }
  });

  it('an unknown name is refused with file, line, what was meant and the list, as `npm run check` prints it', () => {
    const bron = bestand('\n<Quote wie="een moeder" bron="essay-3">Woorden.</Quote>');
    const gevonden = controleerBestand({ soort: 'verhaal', id: 'componenten', pad: 'content/verhalen/componenten.mdx', bron, gelezen: leesFrontmatter(bron) }, refs, BESTANDSCONTROLES);
    expect(gevonden.map(formatteerProbleem)).toEqual([`content/verhalen/componenten.mdx:${EERSTE + 1}: onbekend component <Quote>. Bedoelde je <Citaat>? Toegestaan: ${componentenLijst()}.`]);
  });
});

describe('the component someone meant', () => {
  it.each([
    ['Quote', 'Citaat'],
    ['blockquote', 'Citaat'],
    ['Citat', 'Citaat'],
    ['citaat', 'Citaat'],
    ['KeyFigure', 'Kerngetal'],
    ['Kergetal', 'Kerngetal'],
    ['Timeline', 'Tijdlijn'],
    ['Tijdslijn', 'Tijdlijn'],
    ['Event', 'Moment'],
    ['Callout', 'Kader'],
    ['aside', 'Kader'],
  ])('<%s> -> <%s>', (naam, bedoeld) => {
    expect(bedoeldComponent(naam)).toBe(bedoeld);
  });

  it('is nothing for a name unlike any', () => {
    expect(bedoeldComponent('Kaart')).toBeUndefined();
    expect(bedoeldComponent('script')).toBeUndefined();
  });
});
