import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    // Browser tests build the site once; give them room on a 2-core machine.
    testTimeout: 30_000,
    hookTimeout: 300_000,
    // `npm run messages` records the loaders' messages for the check of docs/errors.md.
    setupFiles: process.env.RECAP_RECORD_MESSAGES ? ['tests/docs/record-messages.ts'] : [],
  },
});
