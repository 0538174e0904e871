/**
 * The search page's worker (module worker, started by zoeken.ts). Pagefind runs here rather than in
 * its own worker: that worker's script (43 KB) comes on top of pagefind.js, and every search there
 * copies all its results to the page (9,900 for "schuld" at 10,000 stories) where ten are shown. Here
 * one copy of Pagefind, the facet table and the results stay off the page's thread.
 */
import type { NaarWerker, VanWerker } from './berichten.ts';
import { maakVerwerker } from './verwerker.ts';

const verwerk = maakVerwerker((bericht: VanWerker) => postMessage(bericht));
addEventListener('message', (e: MessageEvent<NaarWerker>) => verwerk(e.data));
