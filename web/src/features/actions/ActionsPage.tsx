import { useQuery } from '@tanstack/react-query';
import { useGraphQLClient } from '../../api/GraphQLClientContext';
import { PageTitle } from '../../components/PageTitle';
import { LoadError, Loading } from '../../components/Status';
import { ActionsTable } from './ActionsTable';
import { actionCatalogueQueryKey, loadActionCatalogue } from './catalogue';
import { countLabel } from './format';

export function ActionsPage() {
  const client = useGraphQLClient();
  const catalogue = useQuery({
    queryKey: actionCatalogueQueryKey,
    queryFn: ({ signal }) => loadActionCatalogue(client, signal),
  });

  return (
    <>
      <PageTitle>Actions</PageTitle>
      <h1>Actions</h1>
      {catalogue.isPending ? (
        <Loading>Loading the actions…</Loading>
      ) : catalogue.isError ? (
        <LoadError
          what="the actions"
          error={catalogue.error}
          onRetry={() => void catalogue.refetch()}
        />
      ) : (
        <>
          <p className="figures">
            <span className="figures__item">{countLabel(catalogue.data.actions.length, 'action')}</span>
          </p>
          {catalogue.data.actions.length > 0 ? (
            <ActionsTable catalogue={catalogue.data} />
          ) : (
            <p>The catalogue holds no actions yet.</p>
          )}
        </>
      )}
    </>
  );
}
export default ActionsPage;
