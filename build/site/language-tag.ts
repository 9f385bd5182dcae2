// No imports: the web app manifest (build/offline/manifest.ts) uses this, and the Vite config reads that module.

/** A BCP 47 tag in its canonical case ("pt-br" → "pt-BR"), or as written when Intl cannot read it. */
export function languageTag(lang: string): string {
  try {
    return Intl.getCanonicalLocales(lang)[0] ?? lang;
  } catch {
    return lang;
  }
}
