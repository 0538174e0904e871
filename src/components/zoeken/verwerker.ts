/**
 * The message handling of the search worker (werker.ts), apart from the worker itself so that the page
 * can run the same code on its own thread where a module worker cannot start.
 *
 * Searches are answered newest first: a search that arrives while another runs replaces the one
 * waiting, so the answer to the last keystroke never queues behind stale ones, and its index chunks
 * start loading at once (Pagefind's preload). Counts follow the results, for the newest search only
 * and once no keystroke came for a moment: counting 10,000 pages takes tens of milliseconds that the
 * next search would otherwise wait for.
 */
import type { NaarWerker, VanWerker } from './berichten.ts';
import { Zoekmotor } from './motor.ts';

const foutTekst = (e: unknown) => (e instanceof Error ? e.message : String(e));
const RUST_MS = 150;

export function maakVerwerker(zeg: (bericht: VanWerker) => void): (bericht: NaarWerker) => void {
  let motor: Promise<Zoekmotor> | undefined;
  let wachtend: Extract<NaarWerker, { soort: 'zoek' }> | undefined;
  let bezig = false;
  /** The search whose results `meer` continues. */
  let beantwoord = -1;
  /** Wakes the loop (a pause, or counts still being made) when a new search arrives. */
  let wek: (() => void) | undefined;
  const nieuweZoekvraag = (ms = Infinity) =>
    new Promise<void>((klaar) => {
      const t = ms === Infinity ? undefined : setTimeout(klaar, ms);
      wek = () => {
        clearTimeout(t);
        klaar();
      };
    }).finally(() => (wek = undefined));

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
        await nieuweZoekvraag(RUST_MS);
        if (wachtend) continue;
        // The first counts wait for the facet table; a search that comes meanwhile goes first.
        const tellen = m.tellingen().then(
          (tellingen) => ({ tellingen }),
          (e: unknown) => ({ fout: foutTekst(e) }),
        );
        const uitkomst = await Promise.race([tellen, nieuweZoekvraag()]);
        wek?.();
        if (wachtend || !uitkomst) continue;
        if ('fout' in uitkomst) zeg({ soort: 'fout', nr, wat: 'gegevens', bericht: uitkomst.fout });
        else zeg({ soort: 'tellingen', nr, tellingen: uitkomst.tellingen });
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
        wek?.();
        if (bezig) void motor?.then((m) => m.voorbereid(bericht.staat)).catch(() => undefined);
        void verwerk();
        break;
      case 'voorbereid':
        void motor?.then((m) => m.voorbereid(bericht.staat)).catch(() => undefined);
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
