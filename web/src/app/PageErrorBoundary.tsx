import { Component, type ReactNode } from 'react';
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
    return (
      <>
        <PageTitle>Error</PageTitle>
        <SiteHeader />
        <MainContent>
          <h1>Something went wrong</h1>
          <p role="alert">This page could not be shown: {errorMessage(this.state.error)}</p>
          <p>
            <a href="/">Reload Strategy Tracker</a>
          </p>
        </MainContent>
      </>
    );
  }
}
