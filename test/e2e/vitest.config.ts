import { defineConfig } from 'vitest/config';

// End-to-end tests drive a real Chromium with the built extension: one file at a time,
// generous timeouts (shared machines), no DOM emulation.
export default defineConfig({
  test: {
    include: ['test/e2e/**/*.e2e.ts'],
    environment: 'node',
    fileParallelism: false,
    testTimeout: 90_000,
    hookTimeout: 90_000,
  },
});
