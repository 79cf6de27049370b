import type { PagePreload } from '../../app/preload';
import { conferenceActionOptions, overviewDashboardOptions } from './api';
import { preloadCharts } from './lazyCharts';
import { parseAsOf } from './selectors';

/**
 * What the overview needs besides its own chunk, asked for as its address is opened rather than
 * once the page has rendered, with the query options the page reads (so it finds them in the
 * cache): the figures, the review conference's action (shown once the review date has passed),
 * and the charts' chunk.
 */
export const preload: PagePreload = ({ queryClient, client, search }) => {
  preloadCharts();
  const asOf = parseAsOf(search.get('asOf'));
  void queryClient.prefetchQuery(overviewDashboardOptions(client, asOf));
  void queryClient.prefetchQuery(conferenceActionOptions(client));
};
