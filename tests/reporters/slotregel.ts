// Prints a plain closing line "N passed, N failed, N skipped" after Vitest's own summary,
// so CI can read the outcome without parsing coloured output. A file that fails to load, a failing
// hook (its tests are then skipped) and an error outside any test each count as a failure.
import type { Reporter, TestModule, TestRunEndReason } from 'vitest/node';

/** The parts of Vitest's reported tasks that the count reads (fakes in tests implement these). */
export interface Gemeld {
  errors(): readonly unknown[];
  children: {
    allTests(): Iterable<{ result(): { state: string } }>;
    allSuites(): Iterable<{ errors(): readonly unknown[] }>;
  };
}

export interface Telling {
  passed: number;
  failed: number;
  skipped: number;
  mislukteBestanden: number;
}

export function tel(modules: Iterable<Gemeld>, losseFouten: number, reden: TestRunEndReason | undefined): Telling {
  const t: Telling = { passed: 0, failed: losseFouten, skipped: 0, mislukteBestanden: 0 };
  for (const module of modules) {
    let fout = module.errors().length > 0 ? 1 : 0;
    for (const suite of module.children.allSuites()) if (suite.errors().length > 0) fout++;
    for (const test of module.children.allTests()) {
      const state = test.result().state;
      if (state === 'passed') t.passed++;
      else if (state === 'failed') fout++;
      else t.skipped++;
    }
    t.failed += fout;
    if (fout > 0) t.mislukteBestanden++;
  }
  // A run that Vitest calls failed (a global setup that threw, say) is never reported as clean.
  if (reden === 'failed' && t.failed === 0) t.failed = 1;
  return t;
}

export default class Slotregel implements Reporter {
  onTestRunEnd(testModules: ReadonlyArray<TestModule>, unhandledErrors: ReadonlyArray<unknown>, reason: TestRunEndReason) {
    const t = tel(testModules, unhandledErrors.length, reason);
    const bestanden = t.mislukteBestanden ? ` (${t.mislukteBestanden} ${t.mislukteBestanden === 1 ? 'file' : 'files'} failed)` : '';
    process.stdout.write(`\nvitest: ${t.passed} passed, ${t.failed} failed, ${t.skipped} skipped${bestanden}\n`);
  }
}
