import { useEffect } from 'react';

/** Names the browser tab after the page, so each page of the app is told apart. */
export function PageTitle({ children }: { children: string }) {
  useEffect(() => {
    document.title = `${children} · Strategy Tracker`;
  }, [children]);
  return null;
}
