import js from '@eslint/js';
import { createNodeResolver, importX } from 'eslint-plugin-import-x';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

/** Import boundaries from STYLE.md: dependencies point one way, model -> (layout, store, url) -> components. */
const boundary = (files, forbidden, why) => ({
  files,
  rules: {
    'no-restricted-imports': [
      'error',
      {
        patterns: [{ group: forbidden, message: why }],
      },
    ],
  },
});

const pureCore = ['react', 'react-dom', 'react/*', 'react-dom/*', 'zustand', 'zustand/*', 'd3-*'];

export default tseslint.config(
  { ignores: ['dist/', 'node_modules/', 'coverage/', 'test-results/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    plugins: { 'react-hooks': reactHooks, 'import-x': importX },
    settings: {
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
  boundary(['src/model/**'], [...pureCore, '../*', '!../model/*'], 'src/model is pure: no React, D3, store or other app folders.'),
  boundary(['src/layout/**'], ['react', 'react/*', 'zustand', 'zustand/*', '../store/*', '../url/*', '../io/*', '../components/*'], 'src/layout imports only model and d3.'),
  boundary(['src/url/**'], ['react', 'react/*', 'd3-*', '../components/*', '../layout/*'], 'src/url imports only model (and the store type).'),
  boundary(['src/store/**'], ['d3-*', '../components/*', '../url/*', '../layout/*'], 'src/store imports only model.'),
);
