import { describe, expect, it } from 'vitest';
import { maakVerhaalSchema, suggestie, type Referenties } from './inhoud.ts';

const refs: Referenties = {
  gemeenten: ['amsterdam', 'leeuwarden', 'enschede'],
  tags: ['integraal', 'nabijheid', 'preventief'],
  beloften: [1, 2, 3, 4, 5, 6, 7, 8, 9, 10],
  soorten: ['strijdige-regels', 'entry-exit-paradox', 'ontbrekend-mandaat'],
  rapporteurs: ['pieter-hilhorst'],
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
    tags: ['integraal'],
    beloften: [2],
    rapporteurs: ['pieter-hilhorst'],
    belemmeringen: [{ id: 'geen-woning', soort: 'entry-exit-paradox', omschrijving: 'Geen woning zonder schuldregeling.' }],
    doorbraken: [{ omschrijving: 'Eerst een woning.', lost_op: ['geen-woning'] }],
    privacy: { gepseudonimiseerd: true, toestemming: 'n.v.t.' },
    status: 'gepubliceerd',
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
    expect(fouten({ ...geldig(), datum: '15-03-2024' })).toEqual(['datum: schrijf de datum als JJJJ-MM-DD, bijvoorbeeld 2024-03-15']);
  });

  it('rejects a summary over 280 characters, saying how long it is', () => {
    expect(fouten({ ...geldig(), samenvatting: 'x'.repeat(300) })).toEqual([
      'samenvatting: de samenvatting is 300 tekens; maak haar korter dan 281',
    ]);
  });

  it('rejects an unknown domain, listing the choices', () => {
    expect(fouten({ ...geldig(), domeinen: ['sport'] })).toEqual([
      'domeinen.0: kies domeinen uit: jeugd, zorg, werk, schulden, wonen, inkomen, onderwijs, veiligheid',
    ]);
  });

  it('rejects a breakthrough that points to a barrier not in the story, even when other fields are wrong', () => {
    const data = { ...geldig(), tags: ['integral'], doorbraken: [{ omschrijving: 'x', lost_op: ['geen-wonig'] }] };
    expect(fouten(data)).toEqual([
      'tags.0: onbekende tag "integral". Bedoelde je "integraal"?',
      'doorbraken.0.lost_op.0: lost_op verwijst naar "geen-wonig", maar dit verhaal heeft geen belemmering met dat id. Bedoelde je "geen-woning"?',
    ]);
  });

  it('rejects duplicate barrier ids', () => {
    const data = geldig();
    const b = { id: 'geen-woning', soort: 'strijdige-regels', omschrijving: 'x' };
    data.belemmeringen = [b, b];
    expect(fouten(data)).toEqual(['belemmeringen.1.id: id "geen-woning" komt twee keer voor. Geef elke belemmering in dit verhaal een eigen id.']);
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
    const data = { ...geldig(), kosten: { posten: [{ omschrijving: 'Opvang', bedrag: '60.000', per: 'week', betaler: 'Gemeente', scenario: 'huidig' }] } };
    expect(fouten(data)).toEqual([
      'kosten.posten.0.bedrag: schrijf het bedrag als getal in euro, zonder punt of euroteken (bijvoorbeeld 12000)',
      'kosten.posten.0.per: kies per: jaar, maand, eenmalig',
    ]);
  });
});

describe('bronnen', () => {
  it('accepts https and rejects javascript: URLs', () => {
    expect(fouten({ ...geldig(), bronnen: [{ titel: 'Rapport', url: 'https://example.org/rapport.pdf' }] })).toEqual([]);
    expect(fouten({ ...geldig(), bronnen: [{ titel: 'Rapport', url: 'javascript:alert(1)' }] })).toEqual([
      'bronnen.0.url: geef een volledig webadres dat begint met https:// (of http://)',
    ]);
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
