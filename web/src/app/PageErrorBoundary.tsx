import { Component, type ReactNode } from 'react';
import { useTranslation } from '../i18n/useTranslation';
import { useLocation } from 'react-router';
import { errorMessage } from '../api/errorMessage';
import { PageTitle } from '../components/PageTitle';
import { MainContent, SiteHeader } from './SiteHeader';

/** Catches a page that fails to render; moving to another address tries again. */
export function PageErrorBoundary({ children }: { children: ReactNode }) {
  const { pathname } = useLocation();
  return <ErrorBoundary key={pathname}>{children}</ErrorBoundary>;
}

class ErrorBoundary extends Component<{ children: ReactNode }, { error: unknown }> {
  override state: { error: unknown } = { error: undefined };

  static getDerivedStateFromError(error: unknown) {
    return { error: error ?? new Error('') };
  }

  override render() {
    if (this.state.error === undefined) return this.props.children;
    return <PageFailed error={this.state.error} />;
  }
}

function PageFailed({ error }: { error: unknown }) {
  const { t } = useTranslation();
  return (
    <>
      <PageTitle>{t('error.title')}</PageTitle>
      <SiteHeader />
      <MainContent>
        <h1>{t('error.title')}</h1>
        <p role="alert">{t('error.page', { message: errorMessage(error, t('error.fallback')) })}</p>
        <p>
          <a href="/">{t('error.reload')}</a>
        </p>
      </MainContent>
    </>
  );
}
