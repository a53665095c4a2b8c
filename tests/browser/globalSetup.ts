import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build, preview } from 'vite';
import type { TestProject } from 'vitest/node';

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
    /** null when Chromium is missing outside CI: the browser suites skip themselves. */
    chromiumPath: string | null;
  }
}

const root = fileURLToPath(new URL('../..', import.meta.url));
const defaultChromium = '/usr/bin/chromium';

function findChromium(): string | null {
  const path = process.env.CHROMIUM_PATH || defaultChromium;
  if (existsSync(path)) return path;
  const hint = `Chromium not found at ${path} (install it with: apt-get install -y chromium)`;
  // In CI a silently skipped suite would look like a pass.
  if (process.env.CI) throw new Error(`Browser tests cannot run: ${hint}`);
  console.warn(`Browser tests skipped: ${hint}`);
  return null;
}

/** Asking the OS for a free port, so parallel runs (or a running `npm run preview`) never collide. */
function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address !== null ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

/** Builds the production bundle the tests run against and serves it with `vite preview`. */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const chromiumPath = findChromium();
  project.provide('chromiumPath', chromiumPath);
  if (chromiumPath === null) {
    project.provide('baseUrl', '');
    return async () => {};
  }

  const outDir = await mkdtemp(join(tmpdir(), 'who-gains-browser-'));
  // Vitest sets NODE_ENV=test, which would make Vite emit React's development build.
  const nodeEnv = process.env.NODE_ENV;
  process.env.NODE_ENV = 'production';
  try {
    await build({ root, mode: 'production', logLevel: 'warn', build: { outDir, emptyOutDir: true } });
  } finally {
    if (nodeEnv === undefined) delete process.env.NODE_ENV;
    else process.env.NODE_ENV = nodeEnv;
  }

  const server = await preview({
    root,
    logLevel: 'warn',
    build: { outDir },
    preview: { host: '127.0.0.1', port: await freePort(), strictPort: false, open: false },
  });
  const url = server.resolvedUrls?.local[0];
  if (url === undefined) throw new Error('vite preview reported no local URL');
  project.provide('baseUrl', url);

  return async () => {
    await server.close();
    await rm(outDir, { recursive: true, force: true });
  };
}
