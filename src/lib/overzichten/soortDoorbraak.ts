/**
 * What kind of breakthrough is this? The content contract records per breakthrough only
 * what happened (omschrijving), which barriers it solved (lost_op) and who made it happen
 * (door, free text). For the barrier map we classify a breakthrough by WHO broke through,
 * read from `door`: a professional looking for the same way out wants to know whether
 * it took a frontline worker, the municipality's management, several organisations together,
 * or residents themselves. Rules are tried in order; the first that matches wins.
 */

export interface SoortDoorbraak {
  id: string;
  naam: string;
  uitleg: string;
}

interface Regel extends SoortDoorbraak {
  patroon?: RegExp;
}

const REGELS: readonly Regel[] = [
  {
    id: 'voorstel',
    naam: 'Voorstel',
    uitleg: 'Een voorgestelde oplossing die (nog) niet is uitgevoerd, bijvoorbeeld van de rapporteurs.',
    patroon: /voorstel|voorgesteld|rapporteur|\badvies\b|\bidee\b/i,
  },
  {
    id: 'professional',
    naam: 'Professional of wijkteam',
    uitleg: 'Een medewerker of team in de frontlijn nam zelf de ruimte.',
    patroon: /wijkteam|buurtteam|frontlijn|sociaal team|medewerker|professional|hulpverlener|consulent|generalist|coach|regisseur|werker\b|maatschappelijk werk|casemanager|wijkverpleeg/i,
  },
  {
    id: 'bestuur',
    naam: 'Gemeente, bestuur of wetgever',
    uitleg: 'Een wethouder, directie, manager, de gemeente als organisatie of de wetgever besloot anders.',
    patroon: /wethouder|burgemeester|college|gemeenteraad|\braad\b|bestuur|directeur|directie|manager|leidinggevende|ambtena|gemeente|minister|staatssecretaris|tweede kamer|wetgev|\bwet\b|jeugdwet|decentralisatie|\brijk\b/i,
  },
  {
    id: 'samenwerking',
    naam: 'Samenwerking van organisaties',
    uitleg: 'Meerdere instellingen (corporatie, verzekeraar, UWV, school, zorgaanbieder) sloten een afspraak.',
    patroon: /corporatie|verzekeraar|\buwv\b|school|instelling|zorgaanbieder|aanbieder|partners|samenwerk|convenant|organisaties|huisarts|politie|ketenpartner/i,
  },
  {
    id: 'burgers',
    naam: 'Burgers en hun netwerk',
    uitleg: 'Bewoners, vrijwilligers, mantelzorgers of familie vonden de oplossing.',
    patroon: /bewoner|burger|vrijwillig|mantelzorg|familie|buren|buurt|coöperatie|cooperatie|netwerk|ouders?\b|cliënt|client/i,
  },
  { id: 'anders', naam: 'Anders', uitleg: 'Het veld door noemt iemand die in geen van de andere groepen past.' },
  { id: 'onbekend', naam: 'Niet vermeld', uitleg: 'Het verhaal noemt niet wie de doorbraak tot stand bracht.' },
];

/** All kinds in the order of the barrier map's columns. */
export const SOORTEN_DOORBRAAK: readonly SoortDoorbraak[] = REGELS.map(({ id, naam, uitleg }) => ({ id, naam, uitleg }));

export function soortDoorbraak(door: string | undefined): SoortDoorbraak {
  const tekst = door?.trim() ?? '';
  const regel = tekst ? (REGELS.find((r) => r.patroon?.test(tekst)) ?? REGELS.find((r) => r.id === 'anders')!) : REGELS.find((r) => r.id === 'onbekend')!;
  return { id: regel.id, naam: regel.naam, uitleg: regel.uitleg };
}
