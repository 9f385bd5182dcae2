import js from '@eslint/js';
import { defineConfig, globalIgnores } from 'eslint/config';
import importX from 'eslint-plugin-import-x';
import reactHooks from 'eslint-plugin-react-hooks';
import reactRefresh from 'eslint-plugin-react-refresh';
import globals from 'globals';
import tseslint from 'typescript-eslint';

// Layers: app → features → shared (domain, store, lib, components). A feature
// never reaches into another feature; shared code never imports upwards.
const FEATURES = ['dataset', 'timeline', 'event-panel', 'filters', 'event-list', 'url-state', 'overview', 'vertical-timeline', 'data-io', 'stories', 'actors', 'embed', 'print', 'image-export', 'language'];
const SHARED = ['./src/domain', './src/store', './src/lib', './src/components', './src/i18n'];

export default defineConfig([
  globalIgnores(['dist', 'node_modules', 'src/i18n/catalogs', 'playwright-report', 'test-results', 'bench/.tmp']),
  {
    files: ['**/*.{ts,tsx}'],
    extends: [js.configs.recommended, tseslint.configs.recommended, reactHooks.configs.flat.recommended],
    plugins: { 'import-x': importX, 'react-refresh': reactRefresh },
    languageOptions: { ecmaVersion: 2023, globals: { ...globals.browser, ...globals.node } },
    settings: { 'import-x/resolver-next': [importX.createNodeResolver({ extensions: ['.ts', '.tsx', '.js'] })] },
    rules: {
      'react-refresh/only-export-components': ['error', { allowConstantExport: true }],
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', ignoreRestSiblings: true }],
      'import-x/no-cycle': 'error',
      'import-x/no-restricted-paths': [
        'error',
        {
          zones: [
            ...FEATURES.map((feature) => ({
              target: `./src/features/${feature}`,
              from: './src/features',
              except: [`./${feature}`],
              message: 'Features do not import each other; compose them in src/app.',
            })),
            {
              // embed.js runs in other sites' pages: the protocol and small helpers only, no app code.
              target: './src/embed-script',
              from: ['./src/app', './src/features', './src/store', './src/domain', './src/components'],
              message: 'embed.js stays tiny: it may import src/lib only.',
            },
            ...SHARED.map((shared) => ({
              target: shared,
              from: ['./src/features', './src/app'],
              message: 'Shared code must not depend on features or the app shell.',
            })),
          ],
        },
      ],
    },
  },
  {
    // Issue 22: the interface speaks the reader's language, so words a reader sees come from
    // the catalogs (i18n._), never as literal JSX text or a literal label/title/placeholder.
    // A literal of punctuation or symbols only ("·", "×", "—") is not a word and passes.
    files: ['src/**/*.tsx'],
    ignores: ['**/*.test.tsx'],
    rules: {
      'no-restricted-syntax': [
        'error',
        {
          selector: 'JSXText[value=/\\p{L}{2,}/u]',
          message: 'Words a reader sees go through the catalogs: i18n._(\'…\') (see src/i18n/i18n.ts).',
        },
        {
          selector: 'JSXAttribute[name.name=/^(aria-label|aria-description|aria-roledescription|title|placeholder|alt|label)$/] > Literal[value=/\\p{L}{2,}/u]',
          message: 'A label a reader or screen reader meets goes through the catalogs: i18n._(\'…\').',
        },
      ],
    },
  },
  {
    files: ['**/*.test.{ts,tsx}', 'e2e/**', 'bench/**', 'scripts/**', 'build/**'],
    rules: { '@typescript-eslint/no-non-null-assertion': 'off', 'react-refresh/only-export-components': 'off' },
  },
  {
    // Playwright fixtures call their continuation `use`, which is not React's hook.
    files: ['e2e/**'],
    rules: { 'react-hooks/rules-of-hooks': 'off' },
  },
]);
