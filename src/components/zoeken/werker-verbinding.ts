/**
 * The search page's worker (werker.ts), started when someone starts to search; where a module worker
 * cannot start, the same code runs on the page's thread. One worker: a second one that took the search
 * for the last keystroke while the first finished a stale one made typing slower, not faster, on a busy
 * two-core machine (it loads Pagefind's chunks again and competes for the same cores; BENCHMARKS.md).
 */
import type { ZoekStaat } from '../../lib/zoeken/staat.ts';
import type { Instellingen, NaarWerker, VanWerker } from './berichten.ts';

export class Werker {
  private stuur: ((b: NaarWerker) => void) | undefined;
  private klaar = false;

  constructor(
    private readonly instellingen: Instellingen,
    private readonly ontvang: (b: VanWerker) => void,
  ) {}

  start() {
    if (this.stuur) return;
    const ontvang = (b: VanWerker) => {
      if (b.soort === 'klaar') this.klaar = true;
      this.ontvang(b);
    };
    const inDePagina = () => {
      const verwerker = import('./verwerker.ts').then((m) => m.maakVerwerker(ontvang));
      this.stuur = (b) => void verwerker.then((v) => v(b));
      this.stuur({ soort: 'start', instellingen: this.instellingen });
    };
    try {
      const werker = new Worker(new URL('./werker.ts', import.meta.url), { type: 'module', name: 'zoeken' });
      werker.addEventListener('message', (e: MessageEvent<VanWerker>) => ontvang(e.data));
      werker.addEventListener('error', (e) => {
        e.preventDefault();
        if (this.klaar) return this.ontvang({ soort: 'fout', wat: 'zoeken', bericht: e.message });
        werker.terminate();
        inDePagina();
      });
      this.stuur = (b) => werker.postMessage(b);
      this.stuur({ soort: 'start', instellingen: this.instellingen });
    } catch {
      inDePagina();
    }
  }

  zoek(nr: number, staat: ZoekStaat) {
    this.stuur?.({ soort: 'zoek', nr, staat });
  }

  voorbereid(staat: ZoekStaat) {
    if (this.klaar) this.stuur?.({ soort: 'voorbereid', staat });
  }

  meer(nr: number, van: number, aantal: number) {
    this.stuur?.({ soort: 'meer', nr, van, aantal });
  }
}
