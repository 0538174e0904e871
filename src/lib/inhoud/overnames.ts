/**
 * The second pass of the content check: references between stories. A breakthrough may say it was
 * taken over from a breakthrough in another story (`overgenomen_van`); one file cannot tell whether
 * that story and breakthrough exist, so the check collects, per story, only its id, whether it is a
 * concept, and the ids of its breakthroughs, and resolves the references after the last file.
 * That is a few bytes per story: memory stays flat at 10,000 stories (no file text is kept).
 */
import { suggestie } from '../../schema/index.ts';
import type { InhoudBestand } from './controle.ts';
import { veldpad, type Probleem } from './problemen.ts';

interface Verwijzing {
  bestand: string;
  /** Line of `overgenomen_van.verhaal` and of `overgenomen_van.doorbraak`. */
  regel: { verhaal: number; doorbraak: number };
  veld: string;
  /** The story and breakthrough that took the solution over. */
  van: string;
  vanDoorbraak: string | undefined;
  verhaal: string;
  doorbraak: string;
}

const sleutel = (verhaal: string, doorbraak: string) => `${verhaal}#${doorbraak}`;

export class OvernameIndex {
  /** Story id -> ids of its breakthroughs that have one (most have none: an empty list is shared). */
  private readonly doorbraken = new Map<string, readonly string[]>();
  private readonly concepten = new Set<string>();
  private readonly verwijzingen: Verwijzing[] = [];

  /** Records one story file (labs have no breakthroughs). Tolerates malformed data: the schema reports it. */
  voegToe(bestand: InhoudBestand): void {
    if (bestand.soort !== 'verhaal') return;
    const data = bestand.gelezen.data as { status?: unknown; doorbraken?: unknown } | undefined;
    const lijst = Array.isArray(data?.doorbraken) ? (data.doorbraken as unknown[]) : [];
    const ids: string[] = [];
    lijst.forEach((d, i) => {
      const doorbraak = d as { id?: unknown; overgenomen_van?: { verhaal?: unknown; doorbraak?: unknown } } | null;
      if (typeof doorbraak?.id === 'string') ids.push(doorbraak.id);
      const o = doorbraak?.overgenomen_van;
      if (o && typeof o.verhaal === 'string' && typeof o.doorbraak === 'string') {
        const pad = ['doorbraken', i, 'overgenomen_van'];
        this.verwijzingen.push({
          bestand: bestand.pad,
          regel: { verhaal: bestand.gelezen.regelVan([...pad, 'verhaal']), doorbraak: bestand.gelezen.regelVan([...pad, 'doorbraak']) },
          veld: veldpad(pad),
          van: bestand.id,
          vanDoorbraak: typeof doorbraak.id === 'string' ? doorbraak.id : undefined,
          verhaal: o.verhaal,
          doorbraak: o.doorbraak,
        });
      }
    });
    this.doorbraken.set(bestand.id, ids.length ? ids : GEEN);
    if (data?.status === 'concept') this.concepten.add(bestand.id);
  }

  /** Every broken reference, with file, line and fix. */
  problemen(): Probleem[] {
    const problemen: Probleem[] = [];
    const meld = (v: Verwijzing, veld: 'verhaal' | 'doorbraak', bericht: string) =>
      problemen.push({ bestand: v.bestand, regel: v.regel[veld], veld: `${v.veld}.${veld}`, bericht });
    const geldig: Verwijzing[] = [];
    for (const v of this.verwijzingen) {
      const ids = this.doorbraken.get(v.verhaal);
      if (v.verhaal === v.van) {
        meld(v, 'verhaal', 'een doorbraak kan niet zijn overgenomen uit hetzelfde verhaal. Verwijs naar het verhaal van de gemeente waar de oplossing vandaan kwam.');
      } else if (!ids) {
        const hint = suggestie(v.verhaal, [...this.doorbraken.keys()]);
        meld(v, 'verhaal', `verwijst naar verhaal "${v.verhaal}", maar content/verhalen/${v.verhaal}.mdx bestaat niet. ${hint ? `Bedoelde je "${hint}"?` : 'Gebruik de bestandsnaam van het verhaal zonder .mdx.'}`);
      } else if (!ids.includes(v.doorbraak)) {
        const hint = suggestie(v.doorbraak, ids);
        meld(
          v,
          'doorbraak',
          `het verhaal "${v.verhaal}" heeft geen doorbraak met id "${v.doorbraak}". ${
            hint ? `Bedoelde je "${hint}"?` : ids.length ? `Kies uit: ${ids.join(', ')}.` : `Geef de doorbraak in content/verhalen/${v.verhaal}.mdx eerst een id.`
          }`,
        );
      } else if (this.concepten.has(v.verhaal) && !this.concepten.has(v.van)) {
        meld(v, 'verhaal', `het verhaal "${v.verhaal}" is een concept en wordt niet gepubliceerd, dus de verwijzing zou nergens heen gaan. Publiceer dat verhaal eerst, of laat overgenomen_van weg.`);
      } else {
        geldig.push(v);
      }
    }
    problemen.push(...kringen(geldig).map((v) => ({
      bestand: v.bestand,
      regel: v.regel.verhaal,
      veld: v.veld,
      bericht: 'deze overname maakt een kring: de doorbraak zou (via andere verhalen) van zichzelf zijn overgenomen. Controleer welke gemeente de oplossing als eerste had, en laat de overname daar weg.',
    })));
    return problemen;
  }
}

const GEEN: readonly string[] = Object.freeze([]);

/**
 * References that close a loop. Each breakthrough has at most one `overgenomen_van`, so following the
 * references from any breakthrough either ends or runs into a loop; each loop is reported once, at the
 * reference of the file that sorts first.
 */
function kringen(verwijzingen: readonly Verwijzing[]): Verwijzing[] {
  const volgende = new Map<string, Verwijzing>();
  for (const v of verwijzingen) if (v.vanDoorbraak) volgende.set(sleutel(v.van, v.vanDoorbraak), v);
  const klaar = new Set<string>();
  const gevonden: Verwijzing[] = [];
  for (const start of volgende.keys()) {
    const pad: string[] = [];
    const opPad = new Set<string>();
    let knoop: string | undefined = start;
    while (knoop && !klaar.has(knoop) && !opPad.has(knoop)) {
      pad.push(knoop);
      opPad.add(knoop);
      const v = volgende.get(knoop);
      knoop = v ? sleutel(v.verhaal, v.doorbraak) : undefined;
    }
    if (knoop && opPad.has(knoop)) {
      const kring = pad.slice(pad.indexOf(knoop)).map((k) => volgende.get(k)!);
      gevonden.push(kring.reduce((a, b) => (b.bestand < a.bestand ? b : a)));
    }
    for (const k of pad) klaar.add(k);
  }
  return gevonden;
}
