import { createHash } from 'node:crypto';
import { readFile, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import react from '@vitejs/plugin-react';
import { build, defineConfig, runnerImport, type Plugin } from 'vite';
import { viteSingleFile } from 'vite-plugin-singlefile';
import type * as ServerEntry from './src/main.server';
import { policyHeader, singleFileName } from './src/contentSecurityPolicy';
import type * as LayoutModule from './src/layout/layoutDataset';
import type * as ParseModule from './src/model/parseDataset';

const bundledDatasetFile = 'data/nk-russia-2023.json';

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

/** A file name that changes with its content, as Vite names assets: `assets/first-view-1a2b3c4d.css`. */
const hashedName = (name: string, extension: string, content: string) =>
  `assets/${name}-${createHash('sha256').update(content).digest('hex').slice(0, 8)}.${extension}`;

/** A CSP source for an inline element's text: the only inline code the single file's policy allows. */
const cspHash = (text: string) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;

/**
 * The policy the single file carries in a meta tag: the recommended one, with the hashes of its
 * inline scripts and styles in place of 'self'.
 */
function singleFilePolicy(page: string): string {
  const scripts = [...page.matchAll(/<script\b[^>]*>([\s\S]*?)<\/script>/g)].map((m) => cspHash(m[1] ?? ''));
  const styles = [...page.matchAll(/<style\b[^>]*>([\s\S]*?)<\/style>/g)].map((m) => cspHash(m[1] ?? ''));
  return policyHeader({ 'script-src': scripts.join(' '), 'style-src': styles.join(' ') });
}

/**
 * After the client build: renders the default view (src/main.server.tsx) into the page, so the
 * graph is on screen before any script runs. The CSS its components make from the data goes into
 * a stylesheet file of its own (a strict Content-Security-Policy refuses a `<style>` in the page);
 * the single file, which must fetch nothing, keeps it inline and carries a meta policy with the
 * hashes of everything inline.
 */
function prerender(htmlFile: string, single: boolean): Plugin {
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
      const { html, title, css } = renderDefaultView();
      const indexFile = join(outDir, htmlFile);
      let page = await readFile(indexFile, 'utf8');
      if (single) page = page.replace('</head>', () => `<style>${css.replace(/<\/style/gi, '<\\/style')}</style>\n</head>`);
      else {
        const cssFile = hashedName('first-view', 'css', css);
        await writeFile(join(outDir, cssFile), css);
        page = page.replace('</head>', () => `  <link rel="stylesheet" href="./${cssFile}">\n  </head>`);
      }
      page = page
        .replace('<div id="root"></div>', () => `<div id="root">${html}</div>`)
        .replace(/<title>[^<]*<\/title>/, () => `<title>${escapeHtml(title)}</title>`);
      if (single) page = page.replace('<meta charset="UTF-8" />', (charset) => `${charset}\n    <meta http-equiv="Content-Security-Policy" content="${singleFilePolicy(page)}">`);
      await writeFile(indexFile, page);
    },
  };
}

/**
 * The page's first script as a file, since a strict Content-Security-Policy refuses inline ones:
 * it marks an embed before the first paint, and sends a page with an opaque origin (a
 * `sandbox="allow-scripts"` iframe, a file opened from disk) to the self-contained page, which
 * fetches nothing (a navigation, unlike a module script, needs no CORS). The entry's tags stay,
 * for the browser's preload scanner: an opaque origin has them refused (and says so in the
 * console) before it leaves; the script stops the page first, so nothing more is fetched.
 */
function bootScript(): Plugin {
  const inline = /<script>([\s\S]*?)<\/script>/;
  let outDir = 'dist';
  let boot: { fileName: string; source: string } | null = null;
  return {
    name: 'who-gains:boot-script',
    apply: 'build',
    configResolved(config) {
      outDir = resolve(config.root, config.build.outDir);
    },
    transformIndexHtml: {
      order: 'post',
      handler(html) {
        const embedCheck = inline.exec(html)?.[1];
        if (embedCheck === undefined) throw new Error('index.html has no inline script to move into a file');
        // An opaque origin cannot load module scripts from a host without CORS headers.
        const source = `${embedCheck.trim()}\nif (self.origin === 'null') { window.stop(); location.replace('${singleFileName}' + location.search + location.hash); }\n`;
        boot = { fileName: hashedName('boot', 'js', source), source };
        const fileName = boot.fileName;
        // A stylesheet needs no CORS: without the attribute, an opaque origin may load it too.
        // The modules come at low priority: the stylesheets the prerendered first paint needs
        // go first, and hydration can wait for them.
        return html
          .replace(inline, () => `<script src="./${fileName}"></script>`)
          .replace(/(<link rel="stylesheet") crossorigin/g, '$1')
          .replace(/<(script type="module"|link rel="modulepreload") crossorigin/g, '<$1 fetchpriority="low" crossorigin');
      },
    },
    async closeBundle() {
      if (boot !== null) await writeFile(join(outDir, boot.fileName), boot.source);
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
      ? [react(), bundledStory(), viteSingleFile({ outputFileName: singleFileName }), prerender(singleFileName, true)]
      : [react(), bundledStory(), bootScript(), prerender('index.html', false), alsoBuildSingleFile()],
  build: mode === 'single' ? { emptyOutDir: false } : {},
  server: { port: 5173 },
  preview: { port: 4173 },
}));
