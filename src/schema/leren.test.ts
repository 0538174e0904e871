// Learning that travels: adoption between stories, whom to ask, and English summaries (issue 20).
import { describe, expect, it } from 'vitest';
import { maakLabSchema, maakVerhaalSchema, type Referenties } from './index.ts';

const refs: Referenties = {
  gemeenten: ['amsterdam', 'leeuwarden'],
  tags: ['integraal'],
  beloften: [1, 2, 3, 4, 5, 6, 7, 8, 9, 10],
  belemmeringen: ['strijdige-regels'],
  doorbraken: ['mandaat-en-budget'],
  doelgroepen: ['jongeren'],
  rapporteurs: ['redactie'],
  labs: [],
};
const schema = maakVerhaalSchema(refs);
const doorbraak = (extra: Record<string, unknown> = {}) => ({ omschrijving: 'Eerst een woning.', lost_op: ['b'], status: 'ingevoerd', soort: 'mandaat-en-budget', bron: 'rapport', ...extra });

function verhaal(extra: Record<string, unknown> = {}) {
  return {
    titel: 'Een verhaal',
    samenvatting: 'Kort.',
    datum: '2014',
    gemeenten: ['amsterdam'],
    domeinen: ['jeugd'],
    doelgroepen: ['jongeren'],
    rapporteurs: ['redactie'],
    belemmeringen: [{ id: 'b', soort: 'strijdige-regels', omschrijving: 'x' }],
    doorbraken: [doorbraak()],
    privacy: { gepseudonimiseerd: true, toestemming: 'n.v.t.' },
    status: 'gepubliceerd',
    bronnen: [{ id: 'rapport', titel: 'Rapport' }, { id: 'essay', titel: 'Essay' }],
    ...extra,
  };
}

function fouten(data: unknown): string[] {
  const r = schema.safeParse(data);
  return r.success ? [] : r.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
}

describe('adoption (overgenomen_van)', () => {
  const overname = { verhaal: 'nieuw-zeeland', doorbraak: 'fgc', bron: 'essay', toelichting: 'De conferenties.' };

  it('accepts a breakthrough with an id, a date, a place and where it was taken over from', () => {
    const r = schema.parse(verhaal({ doorbraken: [doorbraak({ id: 'gezinscoach', datum: 2011, plaats: 'Nederland', overgenomen_van: overname })] }));
    expect(r.doorbraken[0]).toMatchObject({ id: 'gezinscoach', datum: '2011', plaats: 'Nederland', overgenomen_van: overname });
  });

  it('needs the story and breakthrough ids and a source of this story that says so', () => {
    expect(fouten(verhaal({ doorbraken: [doorbraak({ overgenomen_van: { ...overname, bron: 'esay' } })] }))).toEqual([
      'doorbraken.0.overgenomen_van.bron: bron verwijst naar "esay", maar dit verhaal heeft geen bron met dat id. Bedoelde je "essay"?',
    ]);
    expect(fouten(verhaal({ doorbraken: [doorbraak({ overgenomen_van: { verhaal: 'Nieuw Zeeland', doorbraak: 'fgc', bron: 'essay' } })] }))).toEqual([
      'doorbraken.0.overgenomen_van.verhaal: gebruik alleen kleine letters, cijfers en streepjes (bijvoorbeeld "wijkteam-oost")',
    ]);
    expect(fouten(verhaal({ doorbraken: [doorbraak({ overgenomen_van: { verhaal: 'x', bron: 'essay' } })] }))[0]).toMatch(/^doorbraken\.0\.overgenomen_van\.doorbraak: /);
  });

  it('rejects two breakthroughs with the same id', () => {
    expect(fouten(verhaal({ doorbraken: [doorbraak({ id: 'een' }), doorbraak({ id: 'een' })] }))).toEqual([
      'doorbraken.1.id: id "een" komt twee keer voor. Geef elke doorbraak in dit bestand een eigen id.',
    ]);
  });
});

describe('contact', () => {
  const contact = (c: Record<string, unknown>) => fouten(verhaal({ contact: { organisatie: 'Jeugdbescherming Amsterdam', bron: 'rapport', ...c } }));

  it('takes an organisation with its public web address or general number', () => {
    expect(contact({ url: 'https://www.example.org/' })).toEqual([]);
    expect(contact({ telefoon: '14 020' })).toEqual([]);
    expect(contact({ telefoon: '0800-1234' })).toEqual([]);
    expect(contact({ telefoon: '020-5551234' })).toEqual([]);
  });

  it('refuses a mobile number, an e-mail field and a contact without address or number', () => {
    expect(contact({ telefoon: '06-12345678' })).toEqual([
      'contact.telefoon: een 06-nummer hoort meestal bij een persoon; geef het algemene nummer van de organisatie (bijvoorbeeld 14 020 of 0800-…), of alleen het webadres',
    ]);
    expect(contact({ telefoon: '+31 6 12345678' })[0]).toMatch(/^contact\.telefoon: een 06-nummer/);
    expect(contact({ url: 'https://example.org', email: 'info@example.org' })).toEqual(['contact: Onbekende key: "email"']);
    expect(contact({})).toEqual(['contact.url: geef bij contact het webadres (url) of het algemene telefoonnummer (telefoon) van de organisatie']);
    expect(contact({ url: 'javascript:alert(1)' })).toEqual(['contact.url: geef een volledig webadres dat begint met https:// (of http://)']);
  });

  it('names a source of the story', () => {
    expect(contact({ url: 'https://example.org', bron: 'website' })).toEqual([
      'contact.bron: bron verwijst naar "website", maar dit verhaal heeft geen bron met dat id. Kies uit: rapport, essay.',
    ]);
  });
});

describe('engels', () => {
  it('takes an English title and summary on stories and labs', () => {
    const engels = { titel: 'Family group conferencing', samenvatting: 'Families make their own plan.' };
    expect(schema.parse(verhaal({ engels })).engels).toEqual(engels);
    const lab = { titel: 'Lab', samenvatting: 'Kort.', soort: 'thema', datum: '2014', labvraag: 'Wat?', rapporteurs: ['redactie'], status: 'gepubliceerd', bronnen: [{ id: 'a', titel: 'A' }], engels };
    expect(maakLabSchema(refs).parse(lab).engels).toEqual(engels);
  });

  it('keeps the English summary as short as the Dutch one, and both parts required', () => {
    expect(fouten(verhaal({ engels: { titel: 'T', samenvatting: 'x'.repeat(281) } }))).toEqual([
      'engels.samenvatting: de Engelse samenvatting is 281 tekens; maak haar hoogstens 280 tekens',
    ]);
    expect(fouten(verhaal({ engels: { titel: 'T' } }))[0]).toMatch(/^engels\.samenvatting: /);
  });
});
