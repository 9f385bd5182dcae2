/**
 * The citation styles a reader can choose, and the one they chose last.
 * Kept out of cite-library.ts so the panel knows the names without loading
 * the library.
 */
export const CITATION_STYLES = [
  { id: 'apa', label: 'APA' },
  { id: 'mla', label: 'MLA' },
  { id: 'chicago', label: 'Chicago' },
] as const;

export type CitationStyle = (typeof CITATION_STYLES)[number]['id'];

const KEY = 'citation-style';

const isStyle = (value: unknown): value is CitationStyle => CITATION_STYLES.some((s) => s.id === value);

/** The reader's last choice; APA when none was saved or storage is refused (private mode, a sandboxed frame). */
export function savedCitationStyle(): CitationStyle {
  try {
    const value = window.localStorage.getItem(KEY);
    return isStyle(value) ? value : 'apa';
  } catch {
    return 'apa';
  }
}

export function saveCitationStyle(style: CitationStyle): void {
  try {
    window.localStorage.setItem(KEY, style);
  } catch {
    // Not remembered, but still used for this visit.
  }
}
