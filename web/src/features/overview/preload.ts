import type { PagePreload } from '../../app/preload';
import { conferenceDefaultOptions } from '../conference/api';
import { lateRecordsOptions } from '../effective/api';
import { conferenceActionOptions, overviewDashboardOptions } from './api';
import { preloadCharts } from './lazyCharts';
import { parseAsOf } from './selectors';

/**
 * What the overview needs besides its own chunk, asked for as its address is opened rather than
 * once the page has rendered, with the query options the page reads (so it finds them in the
 * cache): the figures, the late-records note's count, the review conference's action (shown
 * once the review date has passed), the API's today when the address names another date, and
 * the charts' chunk. Each would otherwise be asked only once the figures are drawn, and move them.
 */
export const preload: PagePreload = ({ queryClient, client, search }) => {
  preloadCharts();
  const asOf = parseAsOf(search.get('asOf'));
  void queryClient.prefetchQuery(overviewDashboardOptions(client, asOf));
  void queryClient.prefetchQuery(lateRecordsOptions(client, asOf));
  void queryClient.prefetchQuery(conferenceActionOptions(client));
  if (asOf !== null) void queryClient.prefetchQuery(conferenceDefaultOptions(client));
};
