import { describe, expect, it } from 'vitest';
import { stapSamenvatting } from './samenvatting.ts';

describe('the summary of the check on a pull request', () => {
  it('lists what to fix, with file, line and field, and how to do it on GitHub', () => {
    const tekst = stapSamenvatting(
      [
        { bestand: 'content/verhalen/x.mdx', regel: 5, veld: 'gemeenten[0]', bericht: 'onbekende gemeente "den-haag". Bedoelde je "s-gravenhage"?' },
        { bestand: 'content/verhalen/x.mdx', regel: 9, bericht: 'een | streep\nen een regel' },
      ],
      { verhalen: 3, labs: 1 },
    );
    expect(tekst).toContain('## De controle vond 2 punten om te verbeteren');
    expect(tekst).toContain('| `content/verhalen/x.mdx` | 5 | `gemeenten[0]` | onbekende gemeente "den-haag". Bedoelde je "s-gravenhage"? |');
    // A cell stays one cell: no line breaks, no column separators.
    expect(tekst).toContain('| `content/verhalen/x.mdx` | 9 |  | een \\| streep en een regel |');
    expect(tekst).toContain('**Files changed**');
    expect(tekst).toContain('**Edit file**');
    expect(tekst).not.toContain('De controle is geslaagd');
  });

  it('says one point in the singular', () => {
    expect(stapSamenvatting([{ bestand: 'a.mdx', regel: 1, bericht: 'x' }], { verhalen: 1, labs: 0 })).toContain('## De controle vond 1 punt om te verbeteren\n\nJe bijdrage is binnen. Voordat de redactie het bestand kan nalezen, moet dit punt worden opgelost:');
  });

  it('says what happens next when all is well', () => {
    const tekst = stapSamenvatting([], { verhalen: 3, labs: 1 });
    expect(tekst).toContain('## De controle is geslaagd');
    expect(tekst).toContain('3 verhalen en 1 labs gecontroleerd');
    expect(tekst).toContain('de redactie de status op gepubliceerd');
    expect(tekst).not.toContain('|');
  });
});
