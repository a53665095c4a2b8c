import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'vite';
import type { TestProject } from 'vitest/node';
import { serveStatic } from './staticServer.mjs';
import { policyHeader, singleFileName } from '../../src/contentSecurityPolicy';

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
    /** The same site, served with the recommended Content-Security-Policy header. */
    strictUrl: string;
    /** The built files, for checks on the build itself (sizes, the prerendered HTML). */
    distDir: string;
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

/**
 * Builds the production bundle (always: the build checks in tests/build need no browser) and
 * serves it from a sub-path of a plain static server for the browser tests (and from another,
 * with the recommended Content-Security-Policy header).
 */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  project.provide('chromiumPath', findChromium());
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

  const site = await serveStatic(outDir);
  project.provide('baseUrl', site.url);
  // The same files under the recommended policy (the single file carries its own, in a meta tag).
  const strict = await serveStatic(outDir, { headers: (path) => (path === singleFileName ? {} : { 'Content-Security-Policy': policyHeader() }) });
  project.provide('strictUrl', strict.url);
  project.provide('distDir', outDir);

  return async () => {
    await site.close();
    await strict.close();
    await rm(outDir, { recursive: true, force: true });
  };
}
