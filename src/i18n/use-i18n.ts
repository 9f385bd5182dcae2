import { useAppStore } from '../store/app-store';
import { i18n } from './i18n';

/**
 * The Lingui instance, for a component that renders messages: reading the
 * store's locale makes the component render again when the reader switches
 * language. Call it in every component that calls `i18n._`; helpers called
 * during that render (date labels, filters in words) read the same instance.
 */
export function useI18n(): typeof i18n {
  useAppStore((state) => state.locale);
  return i18n;
}
