import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import js from '@eslint/js';
import { createNodeResolver, importX } from 'eslint-plugin-import-x';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

/**
 * Import boundaries (STYLE.md, "Layout for this app"), by path: dependencies point one way,
 * model <- layout, url <- io <- store <- features <- app <- main. `except` lists what a folder
 * may use: io reads and lays out stories; the stores open them (the library, from the shelf).
 */
const ours = (target, allowed, message) => ({ target: `./src/${target}`, from: './src', except: allowed.map((a) => `./${a}`), message });
const features = readdirSync(fileURLToPath(new URL('./src/features', import.meta.url)), { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name);
const boundaries = [
  ours('model', ['model'], 'src/model is the pure core: it imports nothing else of ours.'),
  ...['layout', 'url'].map((core) => ours(core, [core, 'model', 'lib'], `src/${core} imports only src/model and src/lib.`)),
  ours('io', ['io', 'layout', 'model', 'lib'], 'src/io imports only src/layout, src/model and src/lib.'),
  ours('store', ['store', 'io', 'layout', 'model', 'lib'], 'src/store imports only src/io, src/layout, src/model and src/lib.'),
  ours('lib', ['lib'], 'src/lib is generic: it knows nothing of the app.'),
  ours('theme', ['theme', 'model', 'lib'], 'src/theme imports only src/model and src/lib.'),
  ours('components', ['components', 'model', 'lib', 'theme'], 'Shared components import only model, lib and theme.'),
  ...features.map((feature) => ({
    target: `./src/features/${feature}`,
    from: './src/features',
    except: [`./${feature}`],
    message: 'A feature never imports another feature: move what two features share down to components, lib or the core.',
  })),
  // A file at the root of src/features belongs to no feature: it may use none of them.
  { target: './src/features/*.{ts,tsx}', from: './src/features/*/**', message: 'A file outside every feature imports none: move it into one, or down to components, lib or the core.' },
  { target: './src/!(app)/**/*', from: './src/app', message: 'Only the entry points (src/main*.tsx) import src/app.' },
];

/** Packages a folder must not use, whatever the path rules allow (`regex` matches the import source). */
const noPackages = (files, regex, message) => ({
  files,
  rules: { 'no-restricted-imports': ['error', { patterns: [{ regex, message }] }] },
});

export default tseslint.config(
  { ignores: ['dist/', 'node_modules/', 'coverage/', 'test-results/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  { files: ['**/*.{js,mjs}'], languageOptions: { globals: globals.node } },
  {
    files: ['**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    plugins: { 'react-hooks': reactHooks, 'import-x': importX },
    settings: {
      // Without the parser for .ts files, import-x cannot read the files an import points to,
      // and no-cycle silently finds nothing.
      'import-x/parsers': { '@typescript-eslint/parser': ['.ts', '.tsx'] },
      'import-x/extensions': ['.ts', '.tsx', '.js', '.mjs'],
      'import-x/resolver-next': [createNodeResolver({ extensions: ['.ts', '.tsx', '.js', '.json'] })],
    },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'import-x/no-cycle': 'error',
      '@typescript-eslint/consistent-type-imports': 'error',
      // No user string is ever rendered as HTML.
      'no-restricted-syntax': [
        'error',
        { selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']", message: 'Never render data as HTML.' },
        { selector: "MemberExpression[property.name=/^(innerHTML|outerHTML)$/]", message: 'Never render data as HTML.' },
        { selector: "CallExpression[callee.property.name='insertAdjacentHTML']", message: 'Never render data as HTML.' },
        { selector: "CallExpression[callee.property.name='html']", message: 'Never render data as HTML (d3 .html()).' },
      ],
    },
  },
  {
    files: ['src/**/*.{ts,tsx}'],
    rules: { 'import-x/no-restricted-paths': ['error', { zones: boundaries }] },
  },
  noPackages(['src/model/**'], '^(react|react-dom|zustand|d3-[a-z-]+)(/.*)?$', 'src/model is pure TypeScript: no React, zustand or D3.'),
  noPackages(['src/layout/**'], '^(react|react-dom|zustand)(/.*)?$', 'src/layout is React-free math.'),
  noPackages(['src/store/**'], '^(react|react-dom|d3-[a-z-]+)(/.*)?$|^zustand(?!/vanilla$)', 'src/store is the vanilla store (zustand/vanilla), with no React or D3.'),
  noPackages(['src/url/**', 'src/io/**'], '^(react|react-dom|zustand|d3-[a-z-]+)(/.*)?$', 'src/url and src/io are React-free.'),
);
