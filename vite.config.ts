import { readFile, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import react from '@vitejs/plugin-react';
import { build, defineConfig, runnerImport, type Plugin } from 'vite';
import { viteSingleFile } from 'vite-plugin-singlefile';
import type * as ServerEntry from './src/main.server';
import type * as LayoutModule from './src/layout/layoutDataset';
import type * as ParseModule from './src/model/parseDataset';

const bundledDatasetFile = 'data/nk-russia-2023.json';

/**
 * The self-contained page (scripts, styles and data inline), written beside index.html: for
 * `file://`, for sandboxed iframes with an opaque origin (where module scripts, always fetched
 * with CORS, are blocked by a host that sends no CORS headers), and to carry on a USB stick.
 */
const singleFileName = 'who-gains.html';

/** Loads one of our TypeScript modules through Vite itself (the config loader is not a bundler for src/). */
async function load<T>(root: string, module: string, plugins: Plugin[] = []): Promise<T> {
  const { module: loaded } = await runnerImport<T>(module, { root, configFile: false, logLevel: 'error', plugins });
  return loaded;
}

/**
 * `virtual:bundled-story`: the bundled dataset, validated by parseDataset, laid out by
 * computeLayout and its links routed by routeLinks here, at build (or dev-server) time. An invalid file stops the build with every
 * problem and its JSON path; the page ships without the validator or the force simulation.
 */
function bundledStory(): Plugin {
  const id = 'virtual:bundled-story';
  const resolved = `\0${id}`;
  let root = process.cwd();
  return {
    name: 'who-gains:bundled-story',
    configResolved(config) {
      root = config.root;
    },
    resolveId: (source) => (source === id ? resolved : undefined),
    async load(loading) {
      if (loading !== resolved) return undefined;
      const file = resolve(root, bundledDatasetFile);
      this.addWatchFile(file);
      const input: unknown = JSON.parse(await readFile(file, 'utf8'));
      const { parseDataset } = await load<typeof ParseModule>(root, '/src/model/parseDataset.ts');
      const { layoutDataset } = await load<typeof LayoutModule>(root, '/src/layout/layoutDataset.ts');
      const result = parseDataset(input);
      if (!result.ok) {
        const problems = result.errors.map((e) => `  ${e.path}: ${e.message}`).join('\n');
        this.error(`${bundledDatasetFile} has ${result.errors.length} problem(s):\n${problems}`);
      }
      const { layout, routes } = layoutDataset(result.dataset);
      const round = (n: number) => Math.round(n * 10) / 10;
      const rows = [...layout].map(([node, p]) => [node, round(p.x), round(p.y)]);
      // The parsed data (trimmed by the schema), without its lookups: the page rebuilds those.
      const parsed: Record<string, unknown> = { ...result.dataset };
      delete parsed.index;
      return `export const bundledStory = ${JSON.stringify({ input: parsed, layout: rows, routes: [...routes] })};`;
    },
  };
}

/** Stylesheet imports mean nothing to the server render; the client build has the CSS. */
function ignoreStylesheets(): Plugin {
  const stub = '\0stylesheet';
  return {
    name: 'who-gains:ignore-stylesheets',
    enforce: 'pre',
    resolveId: (source) => (source.endsWith('.css') ? stub : undefined),
    load: (id) => (id === stub ? 'export {};' : undefined),
  };
}

const escapeHtml = (text: string) =>
  text.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c] ?? c);

/**
 * After the client build: renders the default view (src/main.server.tsx) into index.html, so
 * the graph is on screen before any script runs, and inlines the stylesheet, so the first paint
 * waits for no second request (and a sandboxed iframe needs no CORS for it).
 */
function prerender(htmlFile: string): Plugin {
  let root = process.cwd();
  let outDir = 'dist';
  let ssr = false;
  return {
    name: 'who-gains:prerender',
    apply: 'build',
    configResolved(config) {
      root = config.root;
      outDir = resolve(config.root, config.build.outDir);
      ssr = Boolean(config.build.ssr);
    },
    async closeBundle() {
      if (ssr) return;
      const plugins = [ignoreStylesheets(), bundledStory()];
      const { renderDefaultView } = await load<typeof ServerEntry>(root, '/src/main.server.tsx', plugins);
      const { html, title } = renderDefaultView();
      const indexFile = join(outDir, htmlFile);
      let page = await readFile(indexFile, 'utf8');
      const stylesheets = [...page.matchAll(/<link rel="stylesheet"[^>]*href="\.\/([^"]+\.css)"[^>]*>/g)];
      for (const [tag, href] of stylesheets) {
        const css = await readFile(join(outDir, href ?? ''), 'utf8');
        page = page.replace(tag, () => `<style>${css.replace(/<\/style/gi, '<\\/style')}</style>`);
      }
      page = page
        .replace('<div id="root"></div>', () => `<div id="root">${html}</div>`)
        .replace(/<title>[^<]*<\/title>/, () => `<title>${escapeHtml(title)}</title>`);
      await writeFile(indexFile, page);
    },
  };
}

/**
 * Pages with an opaque origin (a `sandbox="allow-scripts"` iframe, a file opened from disk)
 * cannot load module scripts from a host without CORS headers: they go to the self-contained
 * page instead, which fetches nothing (a navigation, unlike a fetch, needs no CORS). The entry
 * script is added by a classic inline script rather than written as a tag, so that such a page
 * never asks for it (the browser's preload scanner would, and log a CORS error).
 */
function opaqueOriginFallback(): Plugin {
  return {
    name: 'who-gains:opaque-origin-fallback',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(html) {
        const entry = /<script type="module" crossorigin src="([^"]+)"><\/script>/;
        const src = entry.exec(html)?.[1];
        if (src === undefined) throw new Error('index.html has no entry script to guard');
        // The entry's own imports are preloaded by the bootstrap too: as <link> tags in an opaque
        // origin they would be refused CORS requests before the page could move on.
        const preloadTag = /\s*<link rel="modulepreload" crossorigin href="([^"]+)">/g;
        const preloads = [...html.matchAll(preloadTag)].map((m) => m[1]);
        const bootstrap = [
          '<script>',
          `      if (self.origin === 'null') location.replace('${singleFileName}' + location.search + location.hash);`,
          '      else {',
          `        const preloads = ${JSON.stringify(preloads)};`,
          "        for (const href of preloads) document.head.appendChild(Object.assign(document.createElement('link'), { rel: 'modulepreload', href }));",
          `        document.head.appendChild(Object.assign(document.createElement('script'), { type: 'module', src: '${src}' }));`,
          '      }',
          '    </script>',
        ].join('\n');
        html = html.replace(preloadTag, '');
        return html.replace(entry, () => bootstrap);
      },
    },
  };
}

/** After the usual build, the self-contained page too, into the same folder. */
function alsoBuildSingleFile(): Plugin {
  let root = process.cwd();
  let outDir = 'dist';
  let ssr = false;
  return {
    name: 'who-gains:also-build-single-file',
    apply: 'build',
    configResolved(config) {
      root = config.root;
      outDir = config.build.outDir;
      ssr = Boolean(config.build.ssr);
    },
    async closeBundle() {
      if (ssr) return;
      await build({ root, mode: 'single', logLevel: 'warn', build: { outDir, emptyOutDir: false } });
    },
  };
}

export default defineConfig(({ mode }) => ({
  // Relative asset URLs so the built files work from any sub-path (a school's intranet folder, a slide host).
  base: './',
  plugins:
    mode === 'single'
      ? [react(), bundledStory(), viteSingleFile({ outputFileName: singleFileName }), prerender(singleFileName)]
      : [react(), bundledStory(), opaqueOriginFallback(), prerender('index.html'), alsoBuildSingleFile()],
  build: mode === 'single' ? { emptyOutDir: false } : {},
  server: { port: 5173 },
  preview: { port: 4173 },
}));
