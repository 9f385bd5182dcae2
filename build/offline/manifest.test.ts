import { describe, expect, test } from 'vitest';
import { webManifest } from './manifest';

describe('the web app manifest speaks the dataset’s language (issue 22)', () => {
  test.each([
    [undefined, 'en', 'ltr'],
    ['es', 'es', 'ltr'],
    ['pt-br', 'pt-BR', 'ltr'],
    ['ar', 'ar', 'rtl'],
    ['fa-IR', 'fa-IR', 'rtl'],
  ])('lang %s', (lang, tag, dir) => {
    const manifest = JSON.parse(webManifest('Título', 'Descripción', '/timeline/', lang)) as Record<string, unknown>;
    expect(manifest).toMatchObject({ lang: tag, dir, name: 'Título', description: 'Descripción', start_url: '/timeline/' });
  });
});
