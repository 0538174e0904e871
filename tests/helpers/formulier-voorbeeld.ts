/** Sample form input, as a rapporteur would fill it in; shared by unit and browser tests. */
import type { FormulierInvoer } from '../../src/lib/bijdragen/formulier.ts';

export function voorbeeldInvoer(): FormulierInvoer {
  return {
    titel: 'Een budget voor het wijkteam in Zwolle: eerst helpen, dan regelen',
    samenvatting: 'Een gezin met schulden kon niet verhuizen omdat twee loketten op elkaar wachtten. Het wijkteam betaalde de borg uit een eigen budget.',
    datum: '2024-05-02',
    gemeenten: ['Zwolle', "'s-Gravenhage"],
    wijk: 'Holtenbroek',
    lab: '',
    domeinen: ['schulden', 'wonen'],
    doelgroepen: ['gezinnen-met-kinderen', 'mensen-met-schulden'],
    tags: ['integraal', 'ruimte-voor-professionals'],
    beloften: ['2', '6'],
    rapporteurs: ['pieter-hilhorst'],
    nieuweRapporteurs: [{ naam: 'Sanne Verhoeven', organisatie: 'Wijkteam Woensel' }],
    belemmeringen: [
      { sleutel: 'b1', naam: 'Borg pas na schuldregeling', soort: 'strijdige-regels', omschrijving: 'De woningcorporatie vraagt een borg; de schuldhulp wil eerst een stabiel adres.' },
      { sleutel: 'b2', naam: 'Geen mandaat', soort: 'ontbrekend-mandaat', omschrijving: 'De medewerker mocht geen geld uitgeven zonder handtekening van een manager.' },
    ],
    doorbraken: [
      {
        omschrijving: 'Het wijkteam betaalt de borg uit een eigen budget en regelt de schuld daarna.',
        lostOp: ['b1', 'b2'],
        door: 'Wijkteammedewerker met een eigen budget',
        status: 'ingevoerd',
        soort: 'mandaat-en-budget',
        bron: 'r1',
        effect: '',
        datum: '',
        plaats: '',
      },
    ],
    kosten: [
      { omschrijving: 'Opvang van het gezin', bedrag: '60.000', onbekend: false, per: 'jaar', betaler: 'Gemeente', scenario: 'huidig', bron: 'r1' },
      { omschrijving: 'Borg voor de woning', bedrag: '1200', onbekend: false, per: 'eenmalig', betaler: 'Wijkteam', scenario: 'alternatief', bron: 'r1' },
    ],
    kostenToelichting: '',
    uitkomsten: [{ indicator: 'Gezinnen in de opvang', voor: '12', na: '4', eenheid: 'gezinnen per jaar', bron: 'r1' }],
    contact: { organisatie: '', url: '', telefoon: '', bron: '' },
    gepseudonimiseerd: true,
    toestemming: 'n.v.t.',
    bronnen: [{ sleutel: 'r1', titel: 'Verslag van het 3D-lab', auteurs: '', organisatie: 'Gemeente Zwolle', datum: '2024-05', url: '', deel: '', pagina: '', dia: '7', geciteerdIn: '' }],
    trefwoorden: 'borg, huurwoning',
    tekst: '## Wat er gebeurde\n\nHet gezin woonde bij familie. De corporatie wilde een borg, de schuldhulp een adres.\n\n## Wat hielp\n\nHet wijkteam betaalde de borg.',
  };
}
