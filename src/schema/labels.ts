/**
 * The closed lists of the content contract, each with the Dutch label the site shows and, where a reader
 * needs it, an explanation. One table per list: the schema takes its values from the keys, pages and the
 * form take their labels from here.
 */

const sleutels = <T extends Record<string, unknown>>(tabel: T) => Object.keys(tabel) as [keyof T & string, ...(keyof T & string)[]];

export const DOMEIN_LABELS = {
  jeugd: 'Jeugd',
  zorg: 'Zorg',
  werk: 'Werk',
  schulden: 'Schulden',
  wonen: 'Wonen',
  inkomen: 'Inkomen',
  onderwijs: 'Onderwijs',
  veiligheid: 'Veiligheid',
} as const;
export const DOMEINEN = sleutels(DOMEIN_LABELS);
export type Domein = keyof typeof DOMEIN_LABELS;

/** How often an amount is paid. */
export const PERIODE_LABELS = { jaar: 'per jaar', maand: 'per maand', eenmalig: 'eenmalig' } as const;
export const PERIODES = sleutels(PERIODE_LABELS);
export type Periode = keyof typeof PERIODE_LABELS;

/** The two sides of an integral cost comparison. */
export const SCENARIO_LABELS = { huidig: 'Huidige situatie', alternatief: 'Alternatief' } as const;
export const SCENARIOS = sleutels(SCENARIO_LABELS);
export type Scenario = keyof typeof SCENARIO_LABELS;

/** Publication status of a story or lab; a concept is never published. */
export const STATUS_LABELS = { concept: 'Concept', gepubliceerd: 'Gepubliceerd' } as const;
export const STATUSSEN = sleutels(STATUS_LABELS);

/**
 * How far a breakthrough got, as the source reports it. Modelled on the recognition levels of Movisie's
 * and NJi's databanks: a reader must see how sure a claim is. Only `ingevoerd` and `effect-gemeten`
 * make a barrier count as broken.
 */
export const DOORBRAAK_STATUS = {
  voorstel: {
    label: 'Voorstel',
    kort: 'voorstel, nog niet geprobeerd',
    uitleg: 'Iemand stelt deze oplossing voor (bijvoorbeeld de rapporteurs), maar de bron meldt niet dat ze is geprobeerd.',
    doorbroken: false,
  },
  proef: {
    label: 'Wordt geprobeerd',
    kort: 'proef loopt',
    uitleg: 'Een gemeente of team probeert de oplossing uit; hoe het afloopt, staat (nog) niet in de bron.',
    doorbroken: false,
  },
  ingevoerd: {
    label: 'Ingevoerd',
    kort: 'ingevoerd, effect niet gemeten',
    uitleg: 'De oplossing is in de praktijk toegepast, maar de bron meldt geen gemeten effect.',
    doorbroken: true,
  },
  'effect-gemeten': {
    label: 'Effect gemeten',
    kort: 'ingevoerd, met gemeten effect',
    uitleg: 'De oplossing is toegepast en de bron meldt een gemeten effect (een uitkomst met cijfers of een evaluatie).',
    doorbroken: true,
  },
} as const;
export const DOORBRAAK_STATUSSEN = sleutels(DOORBRAAK_STATUS);
export type DoorbraakStatus = keyof typeof DOORBRAAK_STATUS;

/** Whether a breakthrough with this status makes the barriers it names count as broken. */
export const doorbreekt = (status: DoorbraakStatus): boolean => DOORBRAAK_STATUS[status].doorbroken;

/** Written for an amount the source does not give: shown as "onbekend", never as 0. */
export const ONBEKEND = 'onbekend';

/** What a lab page is: the report of a lab that was held, or a theme of a source document. */
export const LAB_SOORT = {
  labverslag: { label: 'Labverslag', uitleg: 'Verslag van een 3D-lab dat echt is gehouden, zoals de bron meldt.' },
  thema: { label: 'Thema', uitleg: 'Een thema uit een brondocument; geen verslag van een gehouden lab.' },
} as const;
export const LAB_SOORTEN = sleutels(LAB_SOORT);
export type LabSoort = keyof typeof LAB_SOORT;
