/**
 * The message handling of the search worker (werker.ts), apart from the worker itself so that the page
 * can run the same code on its own thread where a module worker cannot start.
 *
 * Searches are answered newest first: a search that arrives while another runs replaces the one
 * waiting, so the answer to the last keystroke never queues behind stale ones. Counts follow the
 * results, only for the newest search.
 */
import type { NaarWerker, VanWerker } from './berichten.ts';
import { Zoekmotor } from './motor.ts';

const foutTekst = (e: unknown) => (e instanceof Error ? e.message : String(e));

export function maakVerwerker(zeg: (bericht: VanWerker) => void): (bericht: NaarWerker) => void {
  let motor: Promise<Zoekmotor> | undefined;
  let wachtend: Extract<NaarWerker, { soort: 'zoek' }> | undefined;
  let bezig = false;
  /** The search whose results `meer` continues. */
  let beantwoord = -1;

  async function verwerk() {
    if (bezig || !motor) return;
    bezig = true;
    try {
      const m = await motor.catch(() => undefined);
      if (!m) return; // start has said why
      while (wachtend) {
        const { nr, staat } = wachtend;
        wachtend = undefined;
        try {
          const antwoord = await m.zoek(staat);
          beantwoord = nr;
          zeg({ soort: 'antwoord', nr, antwoord });
        } catch (e) {
          zeg({ soort: 'fout', nr, wat: 'zoeken', bericht: foutTekst(e) });
          continue;
        }
        if (wachtend) continue;
        try {
          const tellingen = await m.tellingen();
          if (!wachtend) zeg({ soort: 'tellingen', nr, tellingen });
        } catch (e) {
          zeg({ soort: 'fout', nr, wat: 'gegevens', bericht: foutTekst(e) });
        }
      }
    } finally {
      bezig = false;
    }
  }

  return (bericht) => {
    switch (bericht.soort) {
      case 'start': {
        const m = new Zoekmotor(bericht.instellingen);
        motor = m.start().then(() => m);
        motor.then(
          () => zeg({ soort: 'klaar' }),
          (e: unknown) => zeg({ soort: 'fout', wat: 'pagefind', bericht: foutTekst(e) }),
        );
        void verwerk();
        break;
      }
      case 'zoek':
        wachtend = bericht;
        void verwerk();
        break;
      case 'meer':
        void motor?.then(async (m) => {
          const items = bericht.nr === beantwoord ? await m.meer(bericht.van, bericht.aantal) : [];
          zeg({ soort: 'meer', nr: bericht.nr, items });
        });
        break;
    }
  };
}
