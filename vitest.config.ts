import preact from '@preact/preset-vite';
import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

export default defineConfig({
  plugins: [WxtVitest(), preact()],
  test: {
    include: ['tests/**/*.test.{ts,tsx}'],
    exclude: ['tests/e2e/**', 'node_modules/**'],
    environment: 'happy-dom',
    setupFiles: ['tests/setup.ts'],
    // The CLI tests start node processes; on a busy 2-core machine one can take half a minute.
    testTimeout: 60_000,
  },
});
