import { describe, expect, it } from 'vitest';
import { elfproef, maskeer, toegestaneEmaildomeinen, zoekPersoonsgegevens } from './persoonsgegevens.ts';

describe('elfproef', () => {
  // 123456782: 9·1+8·2+7·3+6·4+5·5+4·6+3·7+2·8 = 156, minus 2 = 154 = 14·11
  it('accepts 123456782', () => expect(elfproef('123456782')).toBe(true));
  // 123456789: 156 − 9 = 147, 147 mod 11 = 4
  it('rejects 123456789', () => expect(elfproef('123456789')).toBe(false));
  // 12345672 as 012345672: 0+8+14+18+20+20+18+14 − 2 = 110 = 10·11
  it('pads eight digits with a zero', () => expect(elfproef('12345672')).toBe(true));
  it('rejects a sum of zero', () => expect(elfproef('000000000')).toBe(false));
  it('rejects other lengths', () => expect(elfproef('1234567820')).toBe(false));
});

describe('maskeer', () => {
  it.each([
    ['bsn', '1234.56.782', '1234***82'],
    ['telefoon', '06-12345678', '0612***78'],
    ['email', 'jan.de.vries@gmail.com', 'j***@***.com'],
    ['iban', 'NL91 ABNA 0417 1643 00', 'NL91***00'],
  ] as const)('%s %s -> %s', (soort, waarde, masker) => expect(maskeer(soort, waarde)).toBe(masker));
});

describe('zoekPersoonsgegevens', () => {
  const soorten = (tekst: string) => zoekPersoonsgegevens(tekst).map((v) => `${v.soort}:${v.waarde}`);

  it('finds a BSN only with the elfproef', () => {
    expect(soorten('bsn 123456782')).toEqual(['bsn:123456782']);
    expect(soorten('bsn 123456789')).toEqual([]);
  });

  it('needs a BSN word for eight digits and for 123.456.782', () => {
    expect(soorten('kenmerk 12345672 en 123.456.782')).toEqual([]);
    expect(soorten('BSN-nummer: 123.456.782')).toEqual(['bsn:123.456.782']);
    expect(soorten('12345672 was haar sofinummer')).toEqual(['bsn:12345672']);
  });

  it('does not look further than five words for the BSN word', () => {
    expect(soorten('haar bsn staat in het dossier bij de gemeente: 12345672')).toEqual([]);
  });

  it('reads the digits of an IBAN as an IBAN, not as a phone number', () => {
    expect(soorten('NL91 ABNA 0417 1643 00')).toEqual(['iban:NL91 ABNA 0417 1643 00']);
  });

  it.each(['06-12345678', '06 - 12345678', '(06) 12345678', '06 1234 5678', '06 12 34 56 78', '+31612345678', '+31 (0)6 12345678', '010-1234567', '0591-123456'])(
    'finds the phone number %s',
    (nummer) => expect(soorten(`bel ${nummer}.`)).toEqual([`telefoon:${nummer}`]),
  );

  it.each(['14 020', '0800-0123', '0900 8844', '0 1 2 3 4 5 6 7 8 9', '1-2-2015 12:00', 'GM0363', '2014-2016'])('passes %s', (tekst) =>
    expect(soorten(`zie ${tekst}.`)).toEqual([]),
  );

  it('allows e-mail at reserved example domains and subdomains of allowed ones', () => {
    expect(soorten('a@example.org, b@post.example.com, c@gemeente.nl')).toEqual(['email:c@gemeente.nl']);
  });

  it("allows the site's own domain only when the site's address is passed in", () => {
    const tekst = 'schrijf naar redactie@kennisbank.example.nl';
    expect(soorten(tekst)).toEqual(['email:redactie@kennisbank.example.nl']);
    expect(zoekPersoonsgegevens(tekst, toegestaneEmaildomeinen('https://kennisbank.example.nl/sub/'))).toEqual([]);
  });
});
