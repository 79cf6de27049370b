import type { ReactNode } from 'react';
import { Link } from 'react-router';

/** The product's name and, for a signed-in user, the strategy, who they are and the main menu. */
export function SiteHeader({ strategy, user, nav }: { strategy?: ReactNode; user?: ReactNode; nav?: ReactNode }) {
  return (
    <header className="site-header">
      <a className="skip-link" href="#main">
        Skip to main content
      </a>
      <div className="site-header__bar">
        <div className="container site-header__inner">
          <div className="site-header__identity">
            <p className="site-header__product">
              <Link to="/">Strategy Tracker</Link>
            </p>
            {strategy}
          </div>
          {user}
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
