/**
 * A small hand-made set of stories for the overview tests; expected values are counted by hand in the tests.
 * Statuses: a's two breakthroughs are implemented and measured (a1-a3 broken), b's is a trial (b1, b2),
 * c has none (c1 open), d's is a proposal (d1).
 */
import { verhaalSchema } from '../../src/schema/index.ts';
import type { VerhaalGegevens } from '../../src/lib/overzichten/typen.ts';

/** Every breakthrough names the story's one source. */
function metBron(doorbraken: unknown): unknown {
  return Array.isArray(doorbraken) ? doorbraken.map((d: Record<string, unknown>) => ({ bron: 'bron', ...d })) : doorbraken;
}

function verhaal(id: string, velden: Record<string, unknown>): VerhaalGegevens {
  const data = verhaalSchema.parse({
    titel: `Verhaal ${id}`,
    samenvatting: `Samenvatting van ${id}.`,
    datum: '2024-01-01',
    domeinen: ['zorg'],
    doelgroepen: ['jongeren'],
    rapporteurs: ['pieter-hilhorst'],
    privacy: { gepseudonimiseerd: true, toestemming: 'n.v.t.' },
    status: 'gepubliceerd',
    bronnen: [{ id: 'bron', titel: `Bron van ${id}` }],
    ...velden,
    doorbraken: metBron(velden.doorbraken),
  });
  return { id, data };
}

export const FIXTURE: VerhaalGegevens[] = [
  verhaal('a', {
    datum: '2024-03-01',
    gemeenten: ['leeuwarden'],
    beloften: [1, 2],
    tags: ['integraal'],
    belemmeringen: [
      { id: 'a1', soort: 'strijdige-regels', omschrijving: 'Regel A sluit regel B uit.' },
      { id: 'a2', soort: 'ontbrekend-mandaat', omschrijving: 'De medewerker mag niet beslissen.' },
      { id: 'a3', soort: 'strijdige-regels', omschrijving: 'Nog een\nregel   die botst.' },
    ],
    doorbraken: [
      { omschrijving: 'Het wijkteam betaalt het voorschot.', lost_op: ['a1', 'a3'], door: 'Wijkteammedewerker', status: 'ingevoerd', soort: 'mandaat-en-budget' },
      { omschrijving: 'De wethouder geeft mandaat.', lost_op: ['a2'], door: 'Wethouder zorg', status: 'effect-gemeten', soort: 'sturen-op-uitkomst', effect: 'Wachttijd van zes naar één week.' },
    ],
    trefwoorden: ['voorschot', 'mandaat'],
    privacy: { gepseudonimiseerd: true, toestemming: true, vrijstellingen: [{ waarde: '0612', veld: 'tekst', reden: 'Dit is een jaartal uit de bron en geen telefoonnummer van iemand.' }] },
  }),
  verhaal('b', {
    datum: '2024-02-01',
    gemeenten: ['leeuwarden', 'amsterdam'],
    beloften: [2],
    belemmeringen: [
      { id: 'b1', soort: 'verkokerde-financiering', omschrijving: 'Twee potten; niemand betaalt.' },
      { id: 'b2', soort: 'strijdige-regels', omschrijving: 'Voorwaarden botsen.' },
    ],
    doorbraken: [{ omschrijving: 'Eén budget voor beide.', lost_op: ['b1', 'b2'], status: 'proef', soort: 'ontschotte-financiering' }],
  }),
  verhaal('c', {
    datum: '2024-04-01',
    gemeenten: [],
    beloften: [2, 9],
    belemmeringen: [{ id: 'c1', soort: 'entry-exit-paradox', omschrijving: 'Eerst een huis, dan schuldhulp.' }],
  }),
  verhaal('d', {
    datum: '2023-12-01',
    gemeenten: ['amsterdam'],
    belemmeringen: [{ id: 'd1', soort: 'scepsis', omschrijving: 'Is dit wel eerlijk?' }],
    doorbraken: [{ omschrijving: 'Toetsing achteraf.', lost_op: ['d1'], door: 'De rapporteurs', status: 'voorstel', soort: 'maatwerk-buiten-de-regel' }],
  }),
];

export const BELOFTEN = Array.from({ length: 10 }, (_, i) => ({ id: `b${i + 1}`, nummer: i + 1, naam: `Belofte ${i + 1}` })).reverse();

export const SOORTEN = [
  'gevestigde-belangen',
  'strijdige-regels',
  'ontbrekend-mandaat',
  'verkokerde-financiering',
  'entry-exit-paradox',
  'scepsis',
].map((id) => ({ id, naam: `Naam ${id}`, uitleg: `Uitleg ${id}` }));

export const SOORTEN_DOORBRAAK = ['mandaat-en-budget', 'sturen-op-uitkomst', 'ontschotte-financiering', 'maatwerk-buiten-de-regel', 'vroeg-erbij'].map((id) => ({
  id,
  naam: `Naam ${id}`,
  uitleg: `Uitleg ${id}`,
}));

export const GEMEENTEN = [
  { id: 'leeuwarden', naam: 'Leeuwarden', cbs: 'GM0080', provincie: 'Fryslân' },
  { id: 'amsterdam', naam: 'Amsterdam', cbs: 'GM0363', provincie: 'Noord-Holland' },
  { id: 'utrecht', naam: 'Utrecht', cbs: 'GM0344', provincie: 'Utrecht' },
];
