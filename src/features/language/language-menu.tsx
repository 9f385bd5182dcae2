import './language.css';
import { DisclosurePopover } from '../../components/disclosure-popover';
import { LOCALE_CODES, LOCALES } from '../../i18n/locales';
import { useI18n } from '../../i18n/use-i18n';
import { useAppStore } from '../../store/app-store';
import { chooseInterfaceLanguage } from '../../i18n/interface-language';

/**
 * The interface's language: each written in itself ("Deutsch", "العربية"),
 * with its own `lang` so a screen reader pronounces it right. The choice is
 * remembered in this browser and carried by the address (`?lang=`).
 */
export function LanguageMenu() {
  const i18n = useI18n();
  const locale = useAppStore((s) => s.locale);
  return (
    <DisclosurePopover label={i18n._('Language')} labelClassName="language-label" badge={<span className="filter-badge">{locale === 'pseudo' ? 'en' : locale}</span>} className="language-menu">
      {(close) => (
        <ul className="language-list">
          {LOCALE_CODES.map((code) => (
            <li key={code}>
              <button
                type="button"
                lang={code}
                dir={LOCALES[code].dir}
                aria-pressed={code === locale}
                onClick={() => {
                  void chooseInterfaceLanguage(code);
                  close({ refocus: true });
                }}
              >
                {LOCALES[code].name}
              </button>
            </li>
          ))}
        </ul>
      )}
    </DisclosurePopover>
  );
}
