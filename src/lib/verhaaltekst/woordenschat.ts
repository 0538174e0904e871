/**
 * The components a story or lab text may use: the one description of the vocabulary, read by the
 * content check (verhaaltekst/controle.ts), the submission form's buttons, `npm run nieuw`, the JSON
 * Schema (public/schema/componenten.schema.json) and the tests. The components themselves are in
 * src/components/verhaaltekst/; the safety gate's allow-list (src/lib/veiligheid/mdx.ts) names the
 * same components and attributes, and a test holds the two together.
 *
 * Chosen from what the seed stories retell: words someone said (a quote with its speaker), figures
 * (half as many supervision orders, 60 percent fewer placements, a saldo of two million), sequences of
 * events (2004, 2011, 2015) and asides such as what the law says. Kept small on purpose: each one has
 * a meaning that search, print and open data can tell apart from bold text.
 */
import { suggestie } from '../../schema/berichten.ts';

export interface AttribuutBeschrijving {
  verplicht: boolean;
  uitleg: string;
}

export interface ComponentBeschrijving {
  /** What it is for, in one sentence (form, template, CONTRIBUTING, JSON Schema). */
  uitleg: string;
  /** Attributes in the order they are written; values are plain text between quotes. */
  attributen: Readonly<Record<string, AttribuutBeschrijving>>;
  /** What goes between the tags: Markdown text, only <Moment> items, or nothing (`<Kerngetal … />`). */
  inhoud: 'tekst' | 'momenten' | 'geen';
  /** The component it may only stand in. */
  binnen?: string;
  /** The snippet the form inserts and the documentation shows. */
  voorbeeld: string;
  /** Names people try for the same thing (English, HTML): the check suggests this component for them. */
  ookBekendAls: readonly string[];
}

const BRON: AttribuutBeschrijving = {
  verplicht: true,
  uitleg: 'id van een bron van dit verhaal (bronnen[].id); de pagina toont het nummer van die bron',
};

export const WOORDENSCHAT = {
  Citaat: {
    uitleg: 'Letterlijke woorden van iemand, met wie het zei.',
    attributen: {
      wie: {
        verplicht: true,
        uitleg: 'wie het zei: een rol ("een dakloze jongere"), een schuilnaam die het verhaal al gebruikt, of een bestuurder in een openbare rol zoals de bron die noemt',
      },
      rol: { verplicht: false, uitleg: 'functie of context, bijvoorbeeld "staatssecretaris van VWS, 1976"' },
      bron: BRON,
    },
    inhoud: 'tekst',
    voorbeeld: '<Citaat wie="een dakloze jongere" bron="bron-1">\n"Ik heb niemand."\n</Citaat>',
    ookBekendAls: ['Quote', 'Blockquote', 'Q', 'Cite', 'Citation', 'Uitspraak', 'Quotation'],
  },
  Kerngetal: {
    uitleg: 'Een getal uit de bron dat het verhaal draagt, met waar het over gaat en de bron.',
    attributen: {
      waarde: { verplicht: true, uitleg: 'het getal zoals de bron het geeft, met eenheid: "-50%", "€ 3,3 miljoen", "70 tot 80%"' },
      label: { verplicht: true, uitleg: 'waar het getal over gaat, bijvoorbeeld "minder ondertoezichtstellingen in drie jaar"' },
      bron: BRON,
    },
    inhoud: 'geen',
    voorbeeld: '<Kerngetal waarde="-50%" label="minder ondertoezichtstellingen in drie jaar" bron="bron-1" />',
    ookBekendAls: ['KeyFigure', 'Figure', 'Stat', 'Statistic', 'Number', 'Getal', 'Cijfer', 'Kerncijfer'],
  },
  Tijdlijn: {
    uitleg: 'Gebeurtenissen op volgorde van datum; bevat alleen <Moment>-onderdelen.',
    attributen: { titel: { verplicht: false, uitleg: 'kop boven de tijdlijn, bijvoorbeeld "Van eerste team tot wet"' } },
    inhoud: 'momenten',
    voorbeeld: '<Tijdlijn titel="Hoe het verliep">\n<Moment datum="2008">Wat er in 2008 gebeurde.</Moment>\n<Moment datum="2011">Wat er in 2011 gebeurde.</Moment>\n</Tijdlijn>',
    ookBekendAls: ['Timeline', 'Chronologie', 'Tijdslijn', 'Verloop'],
  },
  Moment: {
    uitleg: 'Eén gebeurtenis in een <Tijdlijn>, met de datum zo precies als de bron die geeft.',
    attributen: {
      datum: {
        verplicht: true,
        uitleg: 'zo precies als de bron: JJJJ, JJJJ-MM of JJJJ-MM-DD, of in woorden als de bron niet preciezer is ("jaren negentig")',
      },
    },
    inhoud: 'tekst',
    binnen: 'Tijdlijn',
    voorbeeld: '<Moment datum="2011">Wat er in 2011 gebeurde.</Moment>',
    ookBekendAls: ['Event', 'Item', 'Gebeurtenis', 'Jaar', 'Datum', 'Stap', 'Mijlpaal', 'Milestone'],
  },
  Kader: {
    uitleg: 'Een kader naast de lopende tekst, zoals "Wat zegt de wet".',
    attributen: { titel: { verplicht: true, uitleg: 'kop van het kader, bijvoorbeeld "Wat zegt de wet"' } },
    inhoud: 'tekst',
    voorbeeld: '<Kader titel="Wat zegt de wet">\nWat de regel zegt, in eigen woorden.\n</Kader>',
    ookBekendAls: ['Box', 'Callout', 'Aside', 'Note', 'Admonition', 'Blok', 'Kadertekst', 'Notitie'],
  },
} as const satisfies Record<string, ComponentBeschrijving>;

export type ComponentNaam = keyof typeof WOORDENSCHAT;

export const COMPONENTNAMEN = Object.keys(WOORDENSCHAT) as ComponentNaam[];

export const isComponentNaam = (naam: string): naam is ComponentNaam => Object.hasOwn(WOORDENSCHAT, naam);

/** The description of a component, typed loosely for code that walks all of them. */
export const beschrijving = (naam: ComponentNaam): ComponentBeschrijving => WOORDENSCHAT[naam];

/** The attribute names of each component: what the gate's allow-list must hold, no more. */
export function attribuutNamen(naam: ComponentNaam): string[] {
  return Object.keys(beschrijving(naam).attributen);
}

/**
 * The component someone probably meant by an unknown name: by meaning (<Quote>, <blockquote> ->
 * Citaat), then by spelling (<Citat> -> Citaat). Undefined when nothing is close.
 */
export function bedoeldComponent(naam: string): ComponentNaam | undefined {
  const klein = naam.toLowerCase();
  for (const n of COMPONENTNAMEN) {
    if (n.toLowerCase() === klein || beschrijving(n).ookBekendAls.some((a) => a.toLowerCase() === klein)) return n;
  }
  const gevonden = suggestie(klein, COMPONENTNAMEN.map((n) => n.toLowerCase()));
  return COMPONENTNAMEN.find((n) => n.toLowerCase() === gevonden);
}

/** "<Citaat>, <Kerngetal>, …": the allowed components for a message. */
export const componentenLijst = (): string => COMPONENTNAMEN.map((n) => `<${n}>`).join(', ');
