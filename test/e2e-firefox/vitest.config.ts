import { defineConfig } from 'vitest/config';

// End-to-end tests drive Debian's Firefox ESR with the built extension (dist-firefox/) over
// WebDriver BiDi: one file at a time, generous timeouts (shared machines), no DOM emulation.
export default defineConfig({
  test: {
    include: ['test/e2e-firefox/**/*.e2e.ts'],
    environment: 'node',
    fileParallelism: false,
    testTimeout: 90_000,
    hookTimeout: 90_000,
  },
});
