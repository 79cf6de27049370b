import type { ReactNode } from 'react';
import { useTranslation } from '../i18n/useTranslation';
import { Link } from 'react-router';
import { DemoBanner } from '../components/DemoBanner';
import { LanguageSwitcher } from './LanguageSwitcher';

/** The product's name and, for a signed-in user, the strategy, who they are and the main menu. */
export function SiteHeader({ strategy, user, nav }: { strategy?: ReactNode; user?: ReactNode; nav?: ReactNode }) {
  const { t } = useTranslation();
  return (
    <header className="site-header">
      <a className="skip-link" href="#main">
        {t('app.skipLink')}
      </a>
      <DemoBanner />
      <div className="site-header__bar">
        <div className="container site-header__inner">
          <div className="site-header__identity">
            <p className="site-header__product">
              <Link to="/">{t('app.name')}</Link>
            </p>
            {strategy}
          </div>
          <div className="site-header__tools">
            <LanguageSwitcher />
            {user}
          </div>
        </div>
      </div>
      {nav}
    </header>
  );
}

export function MainContent({ children }: { children: ReactNode }) {
  return (
    <main id="main" tabIndex={-1} className="container main">
      {children}
    </main>
  );
}
