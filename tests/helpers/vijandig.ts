/**
 * Hostile and innocent inputs, shared by the browser test of the form (tests/e2e/bijdragen.test.ts)
 * and the content check's test (tests/unit/privacy.test.ts): the same input must fail both, and a
 * look-alike must pass both. Obfuscated forms are what text copied from Word or a PDF carries by
 * accident, or what someone tries on purpose.
 */
import type { SoortGegeven } from '../../src/lib/veiligheid/persoonsgegevens.ts';

export interface Persoonsgegeven {
  naam: string;
  tekst: string;
  soort: SoortGegeven;
}

export const PERSOONSGEGEVENS: readonly Persoonsgegeven[] = [
  { naam: 'bsn', tekst: 'Haar BSN is 123456782, zei ze.', soort: 'bsn' },
  { naam: 'bsn met harde spaties', tekst: 'Op de brief stond 123\u00A0456\u00A0782.', soort: 'bsn' },
  { naam: 'bsn met nulbreedte-spatie', tekst: 'Op de brief stond 1234\u200B56782.', soort: 'bsn' },
  { naam: 'bsn met nadruk in het getal', tekst: 'Op de brief stond 1234**5**6782.', soort: 'bsn' },
  { naam: 'bsn met HTML-entiteit', tekst: 'Op de brief stond &#49;23456782.', soort: 'bsn' },
  { naam: 'bsn in volle-breedte-cijfers', tekst: 'Op de brief stond １２３４５６７８２.', soort: 'bsn' },
  { naam: 'bsn met schuine strepen', tekst: 'Op de brief stond 123/456/782.', soort: 'bsn' },
  { naam: 'mobiel nummer', tekst: 'Bel haar op 06-12345678.', soort: 'telefoon' },
  { naam: 'mobiel met en-dash', tekst: 'Bel haar op 06\u201312345678.', soort: 'telefoon' },
  { naam: 'mobiel met schuine streep', tekst: 'Bel haar op 06/12345678.', soort: 'telefoon' },
  { naam: 'vast nummer met smalle harde spaties', tekst: 'Het buurtteam belde 020\u202F123\u202F4567.', soort: 'telefoon' },
  { naam: 'e-mailadres', tekst: 'Mail naar jan.de.vries@gmail.com als het kan.', soort: 'email' },
  { naam: 'e-mailadres met entiteit', tekst: 'Mail naar jan.de.vries&#64;gmail.com als het kan.', soort: 'email' },
  { naam: 'e-mailadres met volle-breedte-apenstaartje', tekst: 'Mail naar jan.de.vries\uFF20gmail.com als het kan.', soort: 'email' },
  { naam: 'IBAN', tekst: 'Het geld ging naar NL91ABNA0417164300.', soort: 'iban' },
  { naam: 'IBAN met streepjes', tekst: 'Het geld ging naar NL91-ABNA-0417-1643-00.', soort: 'iban' },
  { naam: 'adres met postcode', tekst: 'Zij woont aan de Kerkstraat 12, 8921 AB Leeuwarden.', soort: 'adres' },
  { naam: 'straat en huisnummer met plaats', tekst: 'Zij woont aan de Kerkstraat 12 in Leeuwarden.', soort: 'adres' },
  { naam: 'geboortedatum', tekst: 'Zij is geboren op 12 maart 1985 in Sneek.', soort: 'geboortedatum' },
  { naam: 'geboortedatum na geb.', tekst: 'Mevrouw K. (geb. 12-03-1985) kwam langs.', soort: 'geboortedatum' },
  { naam: 'kenteken', tekst: 'Zijn auto met kenteken GJ-123-K werd weggesleept.', soort: 'kenteken' },
];

/** Code in the text: each one is refused by the MDX gate, and never offered as a link. */
export const CODE: readonly { naam: string; tekst: string }[] = [
  { naam: 'script', tekst: 'Tekst.\n\n<script>alert(document.cookie)</script>' },
  { naam: 'expressie', tekst: 'Het kost {1000 * 12} euro.' },
  { naam: 'import', tekst: "import Kaart from '../../src/components/Kaart.astro';\n\nTekst." },
  { naam: 'javascript-link', tekst: 'Lees [de regeling](javascript:alert(1)).' },
  { naam: 'ingesprongen codeblok', tekst: '    ```\n[de regeling](javascript:alert(1))\n    ```' },
  { naam: 'data-afbeelding', tekst: '![grafiek](data:text/html,<script>alert(1)</script>)' },
  { naam: 'event-attribuut', tekst: 'Een <span onclick="alert(1)">knop</span>.' },
];

/** Look-alikes from real stories: numbers that are no personal data. */
export const LOOKALIKES: readonly { naam: string; tekst: string }[] = [
  { naam: 'algemeen nummer', tekst: 'Bel de gemeente op 14 020 of gratis via 0800-8051.' },
  { naam: 'wetsartikel', tekst: 'Zie artikel 1:255 BW en artikel 7:201 BW.' },
  { naam: 'paginabereik', tekst: 'Zie pagina 12-34 en p. 123-145 van het rapport.' },
  { naam: 'KvK-nummer', tekst: 'Stichting met KvK-nummer 12345678.' },
  { naam: 'CBS-codes', tekst: 'Leeuwarden (GM0080), wijk WK008001, buurt BU00800101.' },
  { naam: 'jaren en periodes', tekst: 'Van 2014-2016 en daarna 2017\u20132019; op 01-10-2014.' },
  { naam: 'bedragen', tekst: 'Een schuld van € 12.000 tegen € 123.456.782 aan reserves en 60.000 euro per jaar.' },
  { naam: 'huishoudens in een postcodegebied', tekst: 'In 1012 AB 12 huishoudens kregen hulp.' },
  { naam: 'aantal dat de elfproef haalt', tekst: 'In totaal 123456782 inwoners en ruim 123456782 euro.' },
  { naam: 'geboortejaar zonder datum', tekst: 'Hij is geboren in 1985 en woont in de wijk.' },
];
