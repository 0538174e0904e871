import { describe, expect, it } from 'vitest';
import { foutParams, maakLabSchema, maakVerhaalSchema, suggestie, type Referenties } from './index.ts';

const refs: Referenties = {
  gemeenten: ['amsterdam', 'leeuwarden', 'enschede'],
  tags: ['integraal', 'nabijheid', 'preventief'],
  beloften: [1, 2, 3, 4, 5, 6, 7, 8, 9, 10],
  belemmeringen: ['strijdige-regels', 'entry-exit-paradox', 'ontbrekend-mandaat'],
  doorbraken: ['mandaat-en-budget', 'eigen-netwerk-aan-zet'],
  doelgroepen: ['jongeren', 'ouderen'],
  rapporteurs: ['pieter-hilhorst', 'redactie'],
  labs: ['schulden'],
};
const schema = maakVerhaalSchema(refs);

function geldig() {
  return {
    titel: 'Een verhaal',
    samenvatting: 'Kort.',
    datum: '2024-03-15',
    gemeenten: ['amsterdam'],
    domeinen: ['schulden'],
    doelgroepen: ['jongeren'],
    tags: ['integraal'],
    beloften: [2],
    rapporteurs: ['pieter-hilhorst'],
    belemmeringen: [{ id: 'geen-woning', soort: 'entry-exit-paradox', omschrijving: 'Geen woning zonder schuldregeling.' }],
    doorbraken: [{ omschrijving: 'Eerst een woning.', lost_op: ['geen-woning'], status: 'ingevoerd', soort: 'mandaat-en-budget', bron: 'rapport' }],
    privacy: { gepseudonimiseerd: true, toestemming: 'n.v.t.' },
    status: 'gepubliceerd',
    bronnen: [{ id: 'rapport', titel: 'Evaluatie', datum: '2016-02', pagina: '12-14' }],
  } as Record<string, unknown>;
}

/** Parses and returns "path: message" for each issue. */
function fouten(data: unknown): string[] {
  const r = schema.safeParse(data);
  return r.success ? [] : r.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
}

describe('verhaal schema', () => {
  it('accepts a complete story and fills defaults', () => {
    const r = schema.parse(geldig());
    expect(r.datum).toBe('2024-03-15');
    expect(r.privacy.vrijstellingen).toEqual([]);
  });

  it('accepts a date that YAML already turned into a Date', () => {
    expect(schema.parse({ ...geldig(), datum: new Date('2024-03-15T00:00:00Z') }).datum).toBe('2024-03-15');
  });

  it('accepts a story whose source names no municipality', () => {
    expect(fouten({ ...geldig(), gemeenten: [] })).toEqual([]);
  });

  it('suggests the closest tag for a typo', () => {
    expect(fouten({ ...geldig(), tags: ['integral'] })).toEqual(['tags.0: onbekende tag "integral". Bedoelde je "integraal"?']);
  });

  it('names the file to extend for an unknown gemeente with no close match', () => {
    expect(fouten({ ...geldig(), gemeenten: ['gotham'] })).toEqual([
      'gemeenten.0: onbekende gemeente "gotham". Gebruik een id uit content/gemeenten.json, of voeg de gemeente daar eerst toe.',
    ]);
  });

  it('suggests the full id for a shortened barrier type', () => {
    const data = geldig();
    data.belemmeringen = [{ id: 'geen-woning', soort: 'entry-exit', omschrijving: 'x' }];
    expect(fouten(data)).toEqual(['belemmeringen.0.soort: onbekende soort belemmering "entry-exit". Bedoelde je "entry-exit-paradox"?']);
  });

  it('rejects a promise number outside 1-10', () => {
    expect(fouten({ ...geldig(), beloften: [11] })).toEqual(['beloften.0: een belofte is een nummer van 1 tot en met 10']);
  });

  it('rejects an impossible date with a fix', () => {
    expect(fouten({ ...geldig(), datum: '2024-02-30' })).toEqual(['datum: deze datum bestaat niet; controleer dag en maand']);
    expect(fouten({ ...geldig(), datum: '2024-13' })).toEqual(['datum: deze datum bestaat niet; controleer dag en maand']);
    expect(fouten({ ...geldig(), datum: '15-03-2024' })).toEqual([
      'datum: schrijf de datum als JJJJ-MM-DD, of alleen JJJJ-MM of JJJJ als de bron niet meer zegt (bijvoorbeeld 2014)',
    ]);
  });

  it('takes a date only as precise as its source: a year, or a year and month', () => {
    expect(schema.parse({ ...geldig(), datum: 2014 }).datum).toBe('2014');
    expect(schema.parse({ ...geldig(), datum: '2014-11' }).datum).toBe('2014-11');
  });

  it('rejects a summary over 280 characters, saying how long it is', () => {
    expect(fouten({ ...geldig(), samenvatting: 'x'.repeat(300) })).toEqual([
      'samenvatting: de samenvatting is 300 tekens; maak haar hoogstens 280 tekens',
    ]);
  });

  it('rejects an unknown domain, listing the choices', () => {
    expect(fouten({ ...geldig(), domeinen: ['sport'] })).toEqual([
      'domeinen.0: kies domeinen uit: jeugd, zorg, werk, schulden, wonen, inkomen, onderwijs, veiligheid',
    ]);
  });

  it('rejects a breakthrough that points to a barrier not in the story, even when other fields are wrong', () => {
    const data = { ...geldig(), tags: ['integral'], doorbraken: [{ omschrijving: 'x', lost_op: ['geen-wonig'], status: 'voorstel', soort: 'mandaat-en-budget', bron: 'rapport' }] };
    expect(fouten(data)).toEqual([
      'tags.0: onbekende tag "integral". Bedoelde je "integraal"?',
      'doorbraken.0.lost_op.0: lost_op verwijst naar "geen-wonig", maar dit verhaal heeft geen belemmering met dat id. Bedoelde je "geen-woning"?',
    ]);
  });

  it('rejects duplicate barrier ids', () => {
    const data = geldig();
    const b = { id: 'geen-woning', soort: 'strijdige-regels', omschrijving: 'x' };
    data.belemmeringen = [b, b];
    expect(fouten(data)).toEqual(['belemmeringen.1.id: id "geen-woning" komt twee keer voor. Geef elke belemmering in dit bestand een eigen id.']);
  });

  it('requires pseudonymisation and an answer on consent', () => {
    expect(fouten({ ...geldig(), privacy: { gepseudonimiseerd: false, toestemming: 'misschien' } })).toEqual([
      'privacy.gepseudonimiseerd: zet gepseudonimiseerd op true, nadat je namen en herkenbare details van burgers hebt vervangen',
      'privacy.toestemming: vul toestemming in: true (de betrokkenen gaven toestemming) of "n.v.t." (niemand is herkenbaar)',
    ]);
  });

  it('rejects unknown fields', () => {
    const r = schema.safeParse({ ...geldig(), statuss: 'x' });
    expect(r.success).toBe(false);
    expect(r.error?.issues[0]).toMatchObject({ code: 'unrecognized_keys', keys: ['statuss'] });
  });

  it('checks cost lines', () => {
    const data = { ...geldig(), kosten: { posten: [{ omschrijving: 'Opvang', bedrag: '60.000', per: 'week', betaler: 'Gemeente', scenario: 'huidig', bron: 'rapport' }] } };
    expect(fouten(data)).toEqual([
      'kosten.posten.0.bedrag: schrijf het bedrag als getal in euro, zonder punt of euroteken (bijvoorbeeld 12000), of "onbekend" als de bron het bedrag niet geeft',
      'kosten.posten.0.per: kies per: jaar, maand, eenmalig',
    ]);
  });

  it('takes an amount the source does not give as "onbekend", never as a number', () => {
    const data = { ...geldig(), kosten: { posten: [{ omschrijving: 'Opvang', bedrag: 'onbekend', per: 'jaar', betaler: 'Gemeente', scenario: 'huidig', bron: 'rapport' }] } };
    expect(schema.parse(data).kosten?.posten[0]?.bedrag).toBe('onbekend');
  });

  it('requires a target group', () => {
    expect(fouten({ ...geldig(), doelgroepen: [] })).toEqual(['doelgroepen: noem minstens één doelgroep: voor wie is dit verhaal?']);
    expect(fouten({ ...geldig(), doelgroepen: ['jongere'] })).toEqual(['doelgroepen.0: onbekende doelgroep "jongere". Bedoelde je "jongeren"?']);
  });
});

describe('gemeenten by their everyday names', () => {
  const metAliassen = maakVerhaalSchema({ ...refs, gemeenten: [...refs.gemeenten, 's-gravenhage', 'sudwest-fryslan'], gemeenteAliassen: [{ gemeente: 's-gravenhage', namen: ['Den Haag'] }] });
  const bericht = (gemeente: string) => {
    const r = metAliassen.safeParse({ ...geldig(), gemeenten: [gemeente] });
    return r.success ? [] : r.error.issues.map((i) => i.message);
  };

  it('suggests the id of a municipality named by an alias, an official name or without accents, in one message', () => {
    expect(bericht('den-haag')).toEqual(['onbekende gemeente "den-haag". Bedoelde je "s-gravenhage"?']);
    expect(bericht('Den Haag')).toEqual(['onbekende gemeente "Den Haag". Bedoelde je "s-gravenhage"?']);
    expect(bericht('Súdwest-Fryslân')).toEqual(['onbekende gemeente "Súdwest-Fryslân". Bedoelde je "sudwest-fryslan"?']);
    expect(bericht('gotham')).toEqual(['onbekende gemeente "gotham". Gebruik een id uit content/gemeenten.json, of voeg de gemeente daar eerst toe.']);
  });
});

describe('rapporteurs: listed, or new and named in the story', () => {
  it('accepts a listed id and a new rapporteur with name and organisation', () => {
    expect(fouten({ ...geldig(), rapporteurs: ['pieter-hilhorst', { naam: 'Sanne Verhoeven', organisatie: 'Wijkteam Woensel' }, { naam: 'Kees Jansen' }] })).toEqual([]);
  });

  it('still checks a listed id, with a suggestion', () => {
    expect(fouten({ ...geldig(), rapporteurs: ['pieter-hilhors'] })).toEqual(['rapporteurs.0: onbekende rapporteur "pieter-hilhors". Bedoelde je "pieter-hilhorst"?']);
    expect(fouten({ ...geldig(), rapporteurs: ['Pieter Hilhorst'] })).toEqual(['rapporteurs.0: onbekende rapporteur "Pieter Hilhorst". Bedoelde je "pieter-hilhorst"?']);
  });

  it('sends a listed person named as new to their id, so one person has one page', () => {
    const r = schema.safeParse({ ...geldig(), rapporteurs: [{ naam: 'Pieter Hilhorst', organisatie: 'VNG' }] });
    expect(r.success).toBe(false);
    const issue = r.error!.issues[0]!;
    expect(`${issue.path.join('.')}: ${issue.message}`).toBe('rapporteurs.0.naam: Pieter Hilhorst staat al in content/rapporteurs.yaml met id "pieter-hilhorst". Schrijf "pieter-hilhorst" in plaats van naam en organisatie.');
    expect(foutParams(issue)).toEqual({ fout: 'bekend', waarde: 'pieter-hilhorst' });
  });

  it('needs a name, knows only naam and organisatie, and names nobody twice', () => {
    expect(fouten({ ...geldig(), rapporteurs: [{ naam: ' ', organisatie: 'X' }] })).toEqual(['rapporteurs.0.naam: naam mag niet leeg zijn']);
    expect(fouten({ ...geldig(), rapporteurs: [{ naam: '...' }] })).toEqual(['rapporteurs.0.naam: schrijf de naam van de rapporteur met letters']);
    expect(fouten({ ...geldig(), rapporteurs: [{ naam: 'Kees', email: 'k@example.org' }] })).toEqual(['rapporteurs.0: Onbekende key: "email"']);
    expect(fouten({ ...geldig(), rapporteurs: [{ naam: 'Kees Jansen' }, { naam: 'kees jansen' }] })).toEqual([
      'rapporteurs.1: rapporteur "kees-jansen" staat twee keer in dit verhaal. Noem elke rapporteur één keer.',
    ]);
    expect(fouten({ ...geldig(), rapporteurs: [42] })).toEqual([
      'rapporteurs.0: noem een rapporteur met een id uit content/rapporteurs.yaml, of als nieuwe rapporteur met naam (en organisatie)',
    ]);
  });
});

describe('doorbraken: status, soort and source', () => {
  const metDoorbraak = (d: Record<string, unknown>) => ({ ...geldig(), doorbraken: [{ omschrijving: 'x', lost_op: ['geen-woning'], ...d }] });

  it('has no default status: a breakthrough without one is rejected, with the choices', () => {
    expect(fouten(metDoorbraak({ soort: 'mandaat-en-budget', bron: 'rapport' }))).toEqual([
      'doorbraken.0.status: kies status: voorstel, proef, ingevoerd, effect-gemeten (zie /verantwoording/)',
    ]);
  });

  it('checks the kind against content/doorbraken.yaml', () => {
    expect(fouten(metDoorbraak({ status: 'voorstel', soort: 'mandaat', bron: 'rapport' }))).toEqual([
      'doorbraken.0.soort: onbekende soort doorbraak "mandaat". Bedoelde je "mandaat-en-budget"?',
    ]);
  });

  it('needs a source of the story, with a hint for a typo', () => {
    expect(fouten(metDoorbraak({ status: 'voorstel', soort: 'mandaat-en-budget', bron: 'raport' }))).toEqual([
      'doorbraken.0.bron: bron verwijst naar "raport", maar dit verhaal heeft geen bron met dat id. Bedoelde je "rapport"?',
    ]);
    expect(fouten(metDoorbraak({ status: 'voorstel', soort: 'mandaat-en-budget' }))[0]).toMatch(/^doorbraken\.0\.bron: /);
  });

  it('accepts "effect-gemeten" only with a measured effect or an outcome', () => {
    const zonder = metDoorbraak({ status: 'effect-gemeten', soort: 'mandaat-en-budget', bron: 'rapport' });
    expect(fouten(zonder)).toEqual([
      'doorbraken.0.status: status effect-gemeten vraagt om bewijs: beschrijf bij effect wat de bron heeft gemeten, of voeg uitkomsten met cijfers toe. Anders is de status ingevoerd.',
    ]);
    const issue = schema.safeParse(zonder).error!.issues[0]!;
    expect(foutParams(issue)).toEqual({ fout: 'bewijs' });
    expect(fouten({ ...zonder, doorbraken: [{ ...(zonder.doorbraken[0] as object), effect: 'Half zoveel ondertoezichtstellingen.' }] })).toEqual([]);
    expect(fouten({ ...zonder, uitkomsten: [{ indicator: 'Ondertoezichtstellingen', voor: 100, na: 50, eenheid: 'per jaar', bron: 'rapport' }] })).toEqual([]);
  });

  it('requires every cost item and outcome to name one of the sources', () => {
    const data = {
      ...geldig(),
      kosten: { posten: [{ omschrijving: 'Opvang', bedrag: 60000, per: 'jaar', betaler: 'Gemeente', scenario: 'huidig', bron: 'elders' }] },
      uitkomsten: [{ indicator: 'Schulden', voor: 1, na: 0, eenheid: 'stuks' }],
    };
    expect(fouten(data)).toEqual([
      'uitkomsten.0.bron: Ongeldige invoer: verwacht string, ontving undefined',
      'kosten.posten.0.bron: bron verwijst naar "elders", maar dit verhaal heeft geen bron met dat id. Kies uit: rapport.',
    ]);
  });

  it('tells a reference error apart by its code, not its text', () => {
    const issue = schema.safeParse({ ...geldig(), gemeenten: ['amsterdm'] }).error!.issues[0]!;
    expect(foutParams(issue)).toEqual({ fout: 'onbekend', soort: 'gemeenten' });
    const dubbel = schema.safeParse({ ...geldig(), bronnen: [{ id: 'rapport', titel: 'a' }, { id: 'rapport', titel: 'b' }] }).error!.issues[0]!;
    expect(foutParams(dubbel)).toEqual({ fout: 'dubbel', waarde: 'rapport' });
  });
});

describe('bronnen', () => {
  it('accepts https and rejects javascript: URLs', () => {
    expect(fouten({ ...geldig(), bronnen: [{ id: 'rapport', titel: 'Rapport', url: 'https://example.org/rapport.pdf' }] })).toEqual([]);
    expect(fouten({ ...geldig(), bronnen: [{ id: 'rapport', titel: 'Rapport', url: 'javascript:alert(1)' }] })).toEqual([
      'bronnen.0.url: geef een volledig webadres dat begint met https:// (of http://)',
    ]);
  });

  it('are required, each with an id; a page is a number or a range, a slide a number', () => {
    const { bronnen: _, ...zonder } = geldig();
    expect(fouten(zonder)[0]).toMatch(/^bronnen: /);
    expect(fouten({ ...geldig(), bronnen: [{ id: 'rapport', titel: 'R', pagina: 'p. 12', dia: 'zeven' }] })).toEqual([
      'bronnen.0.pagina: schrijf een pagina als 12 of een reeks als 12-14',
      'bronnen.0.dia: dia is het nummer van een dia, bijvoorbeeld 7',
    ]);
    expect(schema.parse({ ...geldig(), bronnen: [{ id: 'rapport', titel: 'R', pagina: 12 }] }).bronnen[0]!.pagina).toBe('12');
  });
});

describe('lab schema', () => {
  const lab = () => ({
    titel: 'Lab', samenvatting: 'Kort.', soort: 'thema', datum: '2014', labvraag: 'Wat werkt?', rapporteurs: ['redactie'],
    status: 'gepubliceerd', bronnen: [{ id: 'nabij', titel: 'Nabij is beter' }],
  });
  it('says whether it reports a lab that was held or a theme of a source', () => {
    expect(maakLabSchema(refs).safeParse(lab()).success).toBe(true);
    const r = maakLabSchema(refs).safeParse({ ...lab(), soort: 'verslag' });
    expect(r.error?.issues.map((i) => i.message)).toEqual(['kies soort: labverslag of thema (thema als het geen verslag is van een lab dat echt is gehouden)']);
  });
});

describe('suggestie', () => {
  it('returns nothing when no id is close', () => {
    expect(suggestie('xyz', ['integraal', 'nabijheid'])).toBeUndefined();
  });
  it('is case-insensitive', () => {
    expect(suggestie('Nabijheid', ['integraal', 'nabijheid'])).toBe('nabijheid');
  });
});
