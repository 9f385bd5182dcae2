/**
 * citation-js ships no type declarations; these cover the calls
 * src/features/citation/cite-library.ts makes and nothing more.
 */
declare module '@citation-js/core' {
  export interface FormatOptions {
    format?: 'text' | 'html' | 'object' | 'string';
    template?: string;
    lang?: string;
    [option: string]: unknown;
  }
  export class Cite {
    constructor(data?: unknown, options?: Record<string, unknown>);
    data: Record<string, unknown>[];
    format(format: string, options?: FormatOptions): unknown;
  }
  interface Register<T> {
    add(name: string, value: T): void;
    has(name: string): boolean;
  }
  export const plugins: {
    list(): string[];
    config: { get(plugin: '@csl'): { styles: Register<string>; locales: Register<unknown> } };
  };
}
declare module '@citation-js/plugin-csl';
declare module '@citation-js/plugin-bibtex';
declare module '@citation-js/plugin-ris';
