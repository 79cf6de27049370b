import { Link } from 'react-router';
import { PageTitle } from '../components/PageTitle';
import { HOME_PATH } from './paths';

export function NotFoundPage() {
  return (
    <>
      <PageTitle>Page not found</PageTitle>
      <h1>Page not found</h1>
      <p>There is no page at this address.</p>
      <p>
        <Link to={HOME_PATH}>Go to the actions</Link>
      </p>
    </>
  );
}
