import { Suspense, type ComponentType } from 'react';
import { Route, Routes } from 'react-router';
import { Loading } from '../components/Status';
import { useTranslation } from '../i18n/useTranslation';
import { AppLayout } from './AppLayout';
import { lazyPage } from './lazyPage';
import { appPages, notFoundPage, presentationPage, publicPages, type PageEntry } from './pages';
import { PublicLayout } from './PublicLayout';
import { RequireSession } from './RequireSession';

/**
 * Every page is a lazily loaded chunk with its text (lazyPage), from the table of pages
 * (pages.ts). Declarative routes rather than a data router: the data comes through React
 * Query, started at the address's opening by the page's preload module where it has one
 * (main.tsx), and the data router would double the router's share of the app's scripts.
 */
const routed = (entry: PageEntry) => ({ path: entry.path, Component: lazyPage(entry.namespaces, entry.load) });

const publicRoutes = publicPages.map(routed);
const presentation = routed(presentationPage);
const appRoutes = appPages.map(routed);
const notFound = routed(notFoundPage);

function Page({ Component }: { Component: ComponentType }) {
  return (
    <Suspense fallback={<PageLoading />}>
      <Component />
    </Suspense>
  );
}

function PageLoading() {
  const { t } = useTranslation();
  return <Loading>{t('app.loadingPage')}</Loading>;
}

export function AppRoutes() {
  return (
    <Routes>
      <Route element={<PublicLayout />}>
        {publicRoutes.map(({ path, Component }) => (
          <Route key={path} path={path} element={<Page Component={Component} />} />
        ))}
      </Route>
      <Route element={<RequireSession />}>
        <Route path={presentation.path} element={<Page Component={presentation.Component} />} />
        <Route element={<AppLayout />}>
          {appRoutes.map(({ path, Component }) =>
            path === '/' ? (
              <Route key="index" index element={<Page Component={Component} />} />
            ) : (
              <Route key={path} path={path} element={<Page Component={Component} />} />
            ),
          )}
          <Route path={notFound.path} element={<Page Component={notFound.Component} />} />
        </Route>
      </Route>
    </Routes>
  );
}
