import { Outlet } from 'react-router';
import { MainContent, SiteHeader } from './SiteHeader';

export function PublicLayout() {
  return (
    <>
      <SiteHeader />
      <MainContent>
        <Outlet />
      </MainContent>
    </>
  );
}
