import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    reporters: ['default', './tests/reporters/slotregel.ts'],
    projects: [
      {
        test: {
          // Unit tests sit next to their code; tests/unit holds checks of files that are no module
          // (workflows, publiccode.yml, the story template).
          name: 'unit',
          include: ['src/**/*.test.ts', 'scripts/**/*.test.ts', 'tests/unit/**/*.test.ts', 'tests/reporters/*.test.ts'],
          environment: 'node',
          testTimeout: 120_000,
        },
      },
      {
        test: {
          // Each test runs `astro build` on its own copy with content the build must refuse.
          name: 'bouw',
          include: ['tests/bouw/**/*.test.ts'],
          environment: 'node',
          testTimeout: 120_000,
        },
      },
      {
        test: {
          // The fixture site (tests/e2e/fixtures), built once and served with one preview server
          // for all tests, with the browser or on its built files; plus one smoke test on dist/.
          name: 'e2e',
          include: ['tests/e2e/**/*.test.ts'],
          environment: 'node',
          globalSetup: ['tests/e2e/global-setup.ts'],
          fileParallelism: false,
          testTimeout: 60_000,
          hookTimeout: 120_000,
        },
      },
    ],
  },
});
