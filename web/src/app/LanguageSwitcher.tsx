import { useId } from 'react';
import { useTranslation } from '../i18n/useTranslation';
import { isLanguage, LANGUAGE_NAMES, LANGUAGES, rememberLanguage } from '../i18n/languages';

/** The interface language, remembered for the next visit; each language is named in itself. */
export function LanguageSwitcher() {
  const { t, i18n } = useTranslation();
  const id = useId();
  return (
    <div className="language-switcher">
      <label htmlFor={id} className="language-switcher__label">
        {t('header.language')}
      </label>
      <select
        id={id}
        className="language-switcher__select"
        value={i18n.resolvedLanguage ?? i18n.language}
        onChange={(event) => {
          const language = event.target.value;
          if (!isLanguage(language)) return;
          rememberLanguage(language);
          void i18n.changeLanguage(language);
        }}
      >
        {LANGUAGES.map((language) => (
          <option key={language} value={language} lang={language}>
            {LANGUAGE_NAMES[language]}
          </option>
        ))}
      </select>
    </div>
  );
}
