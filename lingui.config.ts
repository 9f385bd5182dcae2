import { defineConfig } from '@lingui/cli';
import { formatter } from '@lingui/format-po';

/**
 * Interface catalogs (issue 22): the English in the code is the message id;
 * `npm run i18n:extract` writes src/i18n/catalogs/<locale>.po (translators
 * edit these) and `npm run i18n:compile` the compiled <locale>.ts the app
 * imports. See the README's "Languages" section to add one.
 */
export default defineConfig({
  sourceLocale: 'en',
  locales: ['en', 'es', 'fr', 'de', 'pt', 'ar', 'pseudo'],
  pseudoLocale: 'pseudo',
  fallbackLocales: { default: 'en' },
  catalogs: [
    {
      path: '<rootDir>/src/i18n/catalogs/{locale}',
      include: ['<rootDir>/src', '<rootDir>/build'],
      exclude: ['**/*.test.*', '**/node_modules/**', '<rootDir>/src/i18n/catalogs/**'],
    },
  ],
  format: formatter({ lineNumbers: false }),
  compileNamespace: 'ts',
});
