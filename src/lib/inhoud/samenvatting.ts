/**
 * What the check on a pull request tells the person who sent it, often someone who has never used git:
 * in Dutch, what to fix and how on GitHub's own pages, or, when all is well, what happens next. GitHub
 * shows it on the check's page ("Details"); the problems also appear as notes on the lines of the file.
 */
import type { Probleem } from './problemen.ts';

/** A table cell: one line, no column separators. */
const cel = (s: string) => s.replace(/\s+/g, ' ').replace(/\|/g, '\\|').trim();

export function stapSamenvatting(problemen: readonly Probleem[], aantallen: { verhalen: number; labs: number }): string {
  if (!problemen.length) {
    return [
      '## De controle is geslaagd',
      '',
      `${aantallen.verhalen} verhalen en ${aantallen.labs} labs gecontroleerd: alles volgt de regels van de kennisbank.`,
      '',
      '### Wat er nu gebeurt',
      '',
      '1. Iemand van de redactie leest je bijdrage na: privacy, de feiten tegen je bronnen, en hoe ver elke doorbraak kwam (de checklist staat in CONTRIBUTING.md).',
      '2. Vragen of voorstellen zet de redactie als opmerking in je pull request. GitHub stuurt je daarvan een e-mail.',
      '3. Is alles in orde, dan zet de redactie de status op gepubliceerd en voegt je pull request samen. Een paar minuten later staat je verhaal op de site.',
      '',
    ].join('\n');
  }
  const bestanden = new Set(problemen.map((p) => p.bestand)).size;
  return [
    `## De controle vond ${problemen.length === 1 ? '1 punt' : `${problemen.length} punten`} om te verbeteren`,
    '',
    `Je bijdrage is binnen. Voordat de redactie ${bestanden === 1 ? 'het bestand' : 'de bestanden'} kan nalezen, moet${problemen.length === 1 ? '' : 'en'} ${problemen.length === 1 ? 'dit punt' : 'deze punten'} worden opgelost:`,
    '',
    '| Bestand | Regel | Veld | Wat moet er anders |',
    '| --- | --- | --- | --- |',
    ...problemen.map((p) => `| \`${cel(p.bestand)}\` | ${p.regel} | ${p.veld ? `\`${cel(p.veld)}\`` : ''} | ${cel(p.bericht)} |`),
    '',
    '### Zo los je het op',
    '',
    '1. Ga naar je pull request en kies het tabblad **Files changed**. Bij elke regel met een probleem staat dezelfde melding.',
    '2. Klik rechtsboven bij het bestand op de drie puntjes (**…**) en kies **Edit file**. Verbeter de regel en klik op **Commit changes**.',
    '3. De controle draait daarna vanzelf opnieuw. Kom je er niet uit? Schrijf in de pull request wat je probeerde; de redactie helpt je.',
    '',
  ].join('\n');
}
