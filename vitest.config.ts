import react from '@vitejs/plugin-react';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  plugins: [react()],
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: ['tests/**/*.test.{ts,tsx}'],
          exclude: ['tests/browser/**', 'tests/build/**'],
          environment: 'jsdom',
          setupFiles: ['tests/setup.ts'],
          // Rendering the app in jsdom takes a second or two, and several times that on a busy
          // 2-core machine: the limit is for a hang, not a speed check (speed is npm run bench's).
          testTimeout: 20_000,
          benchmark: { include: ['tests/**/*.bench.ts'] },
        },
      },
      {
        extends: true,
        test: {
          name: 'browser',
          include: ['tests/browser/**/*.test.ts', 'tests/build/**/*.test.ts'],
          environment: 'node',
          globalSetup: ['tests/browser/globalSetup.ts'],
          // One Chromium and one preview server are shared; the files run one after another.
          fileParallelism: false,
          testTimeout: 30_000,
          hookTimeout: 120_000,
        },
      },
    ],
  },
});
