import { Link } from 'react-router';
import { can, type Me } from '../../app/can';
import { paths } from '../../app/paths';
import { useShell } from '../../app/shellQuery';
import { PageTitle } from '../../components/PageTitle';
import { LoadError, Loading } from '../../components/Status';
import { countryName } from '../../i18n/names';
import { useTranslation } from '../../i18n/useTranslation';
import { useActiveContacts, useMemberStates, type MemberStatesData } from './api';
import { buildMatrix, openRound, reviewQueue } from './matrix';
import { Matrix } from './Matrix';
import { ReportForms } from './ReportForms';
import { ReviewQueue } from './ReviewQueue';
import { RoundPanel } from './RoundPanel';
import './member-states.css';

/**
 * DESIGN.md "What it shows" 4: countries × actions addressed to the member states, with
 * coverage; a national contact reports for their own country; coordinators run the rounds
 * and review what was submitted. Forms are shown only to the roles the API lets write.
 */
export default function MemberStatesPage() {
  const { t, language } = useTranslation('member-states');
  const shell = useShell();
  const reports = useMemberStates();

  return (
    <>
      <PageTitle>{t('title')}</PageTitle>
      <h1>{t('title')}</h1>
      <p className="lead">{t('lead')}</p>
      {reports.isPending || shell.isPending ? (
        <Loading>{t('loading')}</Loading>
      ) : reports.isError || shell.isError ? (
        <LoadError what={t('what')} error={reports.error ?? shell.error} onRetry={() => void Promise.all([reports.refetch(), shell.refetch()])} />
      ) : (
        <MemberStatesView
          data={reports.data}
          memberStates={shell.data.memberStates.map((state) => ({ code: state.code, name: countryName(state.code, language, state.name) }))}
          me={shell.data.me}
        />
      )}
    </>
  );
}

interface ViewProps {
  data: MemberStatesData;
  memberStates: { code: string; name: string }[];
  me: Me | null;
}

function MemberStatesView({ data, memberStates, me }: ViewProps) {
  const { t } = useTranslation('member-states');
  const matrix = buildMatrix(memberStates, data.actions, data.coverage.roundId);
  const round = openRound(data.rounds);
  const canManage = can(me, { kind: 'openReportingRound' });
  const canReview = can(me, { kind: 'reviewMemberStateReport' });
  const ownCountry = me?.role === 'MEMBER_STATE' ? memberStates.find((memberState) => memberState.code === me.country) : undefined;
  const withoutContact = useCountriesWithoutContact(me?.role === 'COORDINATOR', memberStates);

  if (matrix.actions.length === 0) return <p>{t('matrix.empty')}</p>;
  return (
    <>
      <RoundPanel rounds={data.rounds} coverage={data.coverage} canManage={canManage} />
      {ownCountry && <ReportForms country={ownCountry} actions={matrix.actions} round={round} />}
      {canReview && <ReviewQueue items={reviewQueue(data.actions, memberStates)} />}
      <section aria-labelledby="ms-actions-heading">
        <h2 id="ms-actions-heading">{t('actions.heading')}</h2>
        <dl className="ms-actions">
          {matrix.actions.map((action) => (
            <div key={action.id}>
              <dt>
                <Link to={paths.action(action.id)}>{action.ref}</Link>
              </dt>
              <dd lang="en">{action.text}</dd>
            </div>
          ))}
        </dl>
        {withoutContact && withoutContact.size > 0 && (
          <p className="message message--info">
            {t('matrix.withoutContact', {
              countries: memberStates
                .filter((state) => withoutContact.has(state.code))
                .map((state) => state.name)
                .join(', '),
            })}{' '}
            <Link to={paths.people}>{t('matrix.invite')}</Link>
          </p>
        )}
        <Matrix
          actions={matrix.actions}
          rows={matrix.rows}
          coverage={data.coverage}
          ownCountry={ownCountry?.code ?? null}
          withoutContact={withoutContact}
        />
      </section>
    </>
  );
}

function useCountriesWithoutContact(enabled: boolean, memberStates: { code: string }[]): ReadonlySet<string> | undefined {
  const contacts = useActiveContacts(enabled);
  if (!enabled || !contacts.data) return undefined;
  const covered = new Set(contacts.data.people.edges.map((edge) => edge.node.country));
  return new Set(memberStates.map((state) => state.code).filter((code) => !covered.has(code)));
}
