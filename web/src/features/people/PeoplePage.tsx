import { useId, useRef, useState, type FormEvent } from 'react';
import { ApiError } from '../../api/client';
import { errorMessage } from '../../api/errorMessage';
import { useShell } from '../../app/shellQuery';
import { PageTitle } from '../../components/PageTitle';
import { ScrollRegion } from '../../components/ScrollRegion';
import { LoadError, Loading } from '../../components/Status';
import { formatDate, withColon } from '../../i18n/format';
import { actorName, countryName } from '../../i18n/names';
import { useTranslation } from '../../i18n/useTranslation';
import type { PersonStatus, Role } from '../../gql/graphql';
import {
  useDirectoryMismatches,
  useInvitePerson,
  usePeople,
  usePersonHistory,
  useReconcilePerson,
  useSetPersonEnabled,
  useUpdatePerson,
  type PersonFieldsFragment,
} from './api';
import { SelectField, type Choice } from './SelectField';
import './people.css';

/**
 * People and access (issue 12), for coordinators: who may sign in, with a filter; invite;
 * change a role, body or country; disable (after a confirmation) and enable; each person's
 * history. The server holds every rule (functions/domain/people.ts) and says why it refuses.
 */
const ROLES: Role[] = ['COORDINATOR', 'OWNER', 'MEMBER_STATE', 'VIEWER'];
const STATUSES: PersonStatus[] = ['INVITED', 'ACTIVE', 'DISABLED'];

interface Filter {
  search: string;
  role: Role | '';
  status: PersonStatus | '';
  country: string;
  actor: string;
}

interface Bindings {
  actors: { id: string; name: string }[];
  memberStates: { code: string; name: string }[];
}

export default function PeoplePage() {
  const { t, language } = useTranslation('people');
  const shell = useShell();
  return (
    <>
      <PageTitle>{t('title')}</PageTitle>
      <h1>{t('title')}</h1>
      <p className="lead">{t('lead')}</p>
      {shell.isPending ? (
        <Loading>{t('loading')}</Loading>
      ) : shell.isError ? (
        <LoadError what={t('what')} error={shell.error} onRetry={() => void shell.refetch()} />
      ) : shell.data.me?.role !== 'COORDINATOR' ? (
        <p className="message message--info">{t('coordinatorsOnly')}</p>
      ) : (
        <People
          bindings={{
            actors: shell.data.strategy.actors.map((actor) => ({ id: actor.id, name: actorName(actor.id, language, actor.name) })),
            memberStates: shell.data.memberStates.map((state) => ({ code: state.code, name: countryName(state.code, language, state.name) })),
          }}
        />
      )}
    </>
  );
}

function People({ bindings }: { bindings: Bindings }) {
  const { t, language } = useTranslation('people');
  const [filter, setFilter] = useState<Filter>({ search: '', role: '', status: '', country: '', actor: '' });
  const [selected, setSelected] = useState<{ id: string; mode: 'edit' | 'history' | 'disable' } | null>(null);
  const [done, setDone] = useState('');
  const variables = {
    filter: {
      ...(filter.search.trim() ? { search: filter.search.trim() } : {}),
      ...(filter.role ? { role: filter.role } : {}),
      ...(filter.status ? { status: filter.status } : {}),
      ...(filter.country ? { country: filter.country } : {}),
      ...(filter.actor ? { actor: filter.actor } : {}),
    },
  };
  const people = usePeople(variables);
  const list = (people.data?.people.edges ?? []).map((edge) => edge.node);
  const person = selected ? list.find((each) => each.id === selected.id) : undefined;
  const bindingName = (each: PersonFieldsFragment) =>
    each.actor
      ? (bindings.actors.find((actor) => actor.id === each.actor)?.name ?? each.actor)
      : each.country
        ? (bindings.memberStates.find((state) => state.code === each.country)?.name ?? each.country)
        : '';
  const date = (value: string | null | undefined) => (value ? formatDate(value.slice(0, 10), language, 'short') : t('never'));
  const changed = (message: string) => {
    setSelected(null);
    setDone(message);
  };

  return (
    <>
      <p role="status" className="people-done">
        {done}
      </p>
      <Mismatches onReconciled={(name) => changed(t('reconcile.done', { name }))} />
      <InviteForm bindings={bindings} onInvited={(name) => changed(t('invite.done', { name }))} />

      <section aria-labelledby="people-list-heading">
        <h2 id="people-list-heading">{t('list.heading')}</h2>
        <FilterForm filter={filter} onChange={setFilter} bindings={bindings} />
        {people.isPending ? (
          <Loading>{t('loading')}</Loading>
        ) : people.isError ? (
          <LoadError what={t('what')} error={people.error} onRetry={() => void people.refetch()} />
        ) : (
          <ScrollRegion labelledBy="people-table-caption">
            <table className="people-table">
              <caption id="people-table-caption">{t('list.caption', { count: people.data.people.totalCount })}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('field.name')}</th>
                  <th scope="col">{t('field.email')}</th>
                  <th scope="col">{t('field.role')}</th>
                  <th scope="col">{t('field.binding')}</th>
                  <th scope="col">{t('field.status')}</th>
                  <th scope="col">{t('field.lastSignInAt')}</th>
                  <th scope="col">{t('list.actions')}</th>
                </tr>
              </thead>
              <tbody>
                {list.map((each) => (
                  <tr key={each.id}>
                    <th scope="row">{each.name}</th>
                    <td>{each.email}</td>
                    <td>{t(`role.${each.role}`)}</td>
                    <td>{bindingName(each)}</td>
                    <td>{t(`status.${each.status}`)}</td>
                    <td>{date(each.lastSignInAt)}</td>
                    <td className="people-row-actions">
                      <button
                        type="button"
                        onClick={() => setSelected({ id: each.id, mode: 'edit' })}
                        aria-label={t('list.edit', { name: each.name })}
                      >
                        {t('list.editShort')}
                      </button>
                      <button
                        type="button"
                        onClick={() => setSelected({ id: each.id, mode: 'disable' })}
                        aria-label={t(each.status === 'DISABLED' ? 'list.enable' : 'list.disable', { name: each.name })}
                      >
                        {t(each.status === 'DISABLED' ? 'list.enableShort' : 'list.disableShort')}
                      </button>
                      <button
                        type="button"
                        onClick={() => setSelected({ id: each.id, mode: 'history' })}
                        aria-label={t('list.history', { name: each.name })}
                      >
                        {t('list.historyShort')}
                      </button>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </ScrollRegion>
        )}
      </section>

      {person && selected?.mode === 'edit' && (
        <EditForm
          key={person.id}
          person={person}
          bindings={bindings}
          onDone={(name) => changed(t('edit.done', { name }))}
          onCancel={() => setSelected(null)}
        />
      )}
      {person && selected?.mode === 'disable' && (
        <StatusChange key={person.id} person={person} onDone={(message) => changed(message)} onCancel={() => setSelected(null)} />
      )}
      {person && selected?.mode === 'history' && <History key={person.id} person={person} onClose={() => setSelected(null)} />}
    </>
  );
}

function FilterForm({ filter, onChange, bindings }: { filter: Filter; onChange: (filter: Filter) => void; bindings: Bindings }) {
  const { t } = useTranslation('people');
  const id = useId();
  const set = (patch: Partial<Filter>) => onChange({ ...filter, ...patch });
  const any = t('filter.any');
  const roles = ROLES.map((role) => ({ value: role, label: t(`role.${role}`) }));
  const statuses = STATUSES.map((status) => ({ value: status, label: t(`status.${status}`) }));
  return (
    <form className="people-filter" role="search" aria-label={t('filter.label')} onSubmit={(event) => event.preventDefault()}>
      <div>
        <label htmlFor={`${id}-search`}>{t('filter.search')}</label>
        <input id={`${id}-search`} type="search" value={filter.search} onChange={(event) => set({ search: event.target.value })} />
      </div>
      <SelectField id={`${id}-role`} label={t('field.role')} value={filter.role} onChange={(role) => set({ role })} choices={roles} empty={any} />
      <SelectField
        id={`${id}-status`}
        label={t('field.status')}
        value={filter.status}
        onChange={(status) => set({ status })}
        choices={statuses}
        empty={any}
      />
      <SelectField
        id={`${id}-actor`}
        label={t('field.actor')}
        value={filter.actor}
        onChange={(actor) => set({ actor })}
        choices={actorChoices(bindings)}
        empty={any}
      />
      <SelectField
        id={`${id}-country`}
        label={t('field.country')}
        value={filter.country}
        onChange={(country) => set({ country })}
        choices={countryChoices(bindings)}
        empty={any}
      />
    </form>
  );
}

const actorChoices = (bindings: Bindings): Choice<string>[] => bindings.actors.map((actor) => ({ value: actor.id, label: actor.name }));
const countryChoices = (bindings: Bindings): Choice<string>[] => bindings.memberStates.map((state) => ({ value: state.code, label: state.name }));

interface PersonInput {
  name: string;
  role: Role;
  actor: string;
  country: string;
}

/** Name, role and the binding the role needs: the body of an owner, the country of a national contact. */
function PersonFieldsInputs({
  value,
  onChange,
  bindings,
  idPrefix,
}: {
  value: PersonInput;
  onChange: (value: PersonInput) => void;
  bindings: Bindings;
  idPrefix: string;
}) {
  const { t } = useTranslation('people');
  const set = (patch: Partial<PersonInput>) => onChange({ ...value, ...patch });
  return (
    <>
      <div className="people-field">
        <label htmlFor={`${idPrefix}-name`}>{t('field.name')}</label>
        <input id={`${idPrefix}-name`} required value={value.name} onChange={(event) => set({ name: event.target.value })} autoComplete="off" />
      </div>
      <SelectField
        className="people-field"
        id={`${idPrefix}-role`}
        label={t('field.role')}
        value={value.role}
        onChange={(role) => set({ role: role || value.role })}
        choices={ROLES.map((role) => ({ value: role, label: t(`role.${role}`) }))}
      />
      {value.role === 'OWNER' && (
        <SelectField
          className="people-field"
          id={`${idPrefix}-actor`}
          label={t('field.actor')}
          required
          value={value.actor}
          onChange={(actor) => set({ actor })}
          choices={actorChoices(bindings)}
          empty={t('field.choose')}
        />
      )}
      {value.role === 'MEMBER_STATE' && (
        <SelectField
          className="people-field"
          id={`${idPrefix}-country`}
          label={t('field.country')}
          required
          value={value.country}
          onChange={(country) => set({ country })}
          choices={countryChoices(bindings)}
          empty={t('field.choose')}
        />
      )}
    </>
  );
}

/** The binding fields the API expects for the role: the others empty. */
const bindingInput = (value: PersonInput) => ({
  actor: value.role === 'OWNER' ? value.actor : '',
  country: value.role === 'MEMBER_STATE' ? value.country : '',
});

function Refusal({ error }: { error: unknown }) {
  const { t } = useTranslation('people');
  return (
    <p className="message message--error" role="alert">
      {t('refused', { reason: errorMessage(error, t('failed')) })}
    </p>
  );
}

function InviteForm({ bindings, onInvited }: { bindings: Bindings; onInvited: (name: string) => void }) {
  const { t } = useTranslation('people');
  const id = useId();
  const [email, setEmail] = useState('');
  const [value, setValue] = useState<PersonInput>({ name: '', role: 'MEMBER_STATE', actor: '', country: '' });
  // Kept across a retry after a network failure, so the server sends one invitation, not two.
  const mutationId = useRef<string | null>(null);
  const invite = useInvitePerson({
    onError: (error) => {
      if (!(error instanceof ApiError && error.code === 'NETWORK')) mutationId.current = null;
    },
    onSuccess: (result) => {
      mutationId.current = null;
      onInvited(result.invitePerson.name);
      setEmail('');
      setValue({ name: '', role: value.role, actor: '', country: '' });
    },
  });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (invite.isPending) return;
    mutationId.current ??= crypto.randomUUID();
    invite.mutate({ email: email.trim(), name: value.name.trim(), role: value.role, ...bindingInput(value), clientMutationId: mutationId.current });
  };
  return (
    <section aria-labelledby="people-invite-heading" className="people-panel">
      <h2 id="people-invite-heading">{t('invite.heading')}</h2>
      <p>{t('invite.explain')}</p>
      <form onSubmit={submit} className="people-form">
        <div className="people-field">
          <label htmlFor={`${id}-email`}>{t('field.email')}</label>
          <input id={`${id}-email`} type="email" required value={email} onChange={(event) => setEmail(event.target.value)} autoComplete="off" />
        </div>
        <PersonFieldsInputs value={value} onChange={setValue} bindings={bindings} idPrefix={id} />
        <button type="submit" disabled={invite.isPending}>
          {t('invite.submit')}
        </button>
      </form>
      {invite.isError && <Refusal error={invite.error} />}
    </section>
  );
}

function EditForm({
  person,
  bindings,
  onDone,
  onCancel,
}: {
  person: PersonFieldsFragment;
  bindings: Bindings;
  onDone: (name: string) => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation('people');
  const id = useId();
  const heading = useRef<HTMLHeadingElement>(null);
  const [value, setValue] = useState<PersonInput>({ name: person.name, role: person.role, actor: person.actor ?? '', country: person.country ?? '' });
  const update = useUpdatePerson({ onSuccess: (result) => onDone(result.updatePerson.name) });
  return (
    <section aria-labelledby={`${id}-heading`} className="people-panel">
      <h2 id={`${id}-heading`} ref={heading} tabIndex={-1}>
        {t('edit.heading', { name: person.name })}
      </h2>
      <form
        className="people-form"
        onSubmit={(event) => {
          event.preventDefault();
          if (!update.isPending) update.mutate({ id: person.id, name: value.name.trim(), role: value.role, ...bindingInput(value) });
        }}
      >
        <PersonFieldsInputs value={value} onChange={setValue} bindings={bindings} idPrefix={id} />
        <button type="submit" disabled={update.isPending}>
          {t('edit.submit')}
        </button>
        <button type="button" onClick={onCancel}>
          {t('cancel')}
        </button>
      </form>
      {update.isError && <Refusal error={update.error} />}
    </section>
  );
}

/** Disabling asks first: the person is signed out at once. Enabling asks too, so neither is a slip of the mouse. */
function StatusChange({ person, onDone, onCancel }: { person: PersonFieldsFragment; onDone: (message: string) => void; onCancel: () => void }) {
  const { t } = useTranslation('people');
  const id = useId();
  const enabling = person.status === 'DISABLED';
  const change = useSetPersonEnabled({ onSuccess: () => onDone(t(enabling ? 'enable.done' : 'disable.done', { name: person.name })) });
  return (
    <section aria-labelledby={`${id}-heading`} className="people-panel" role="alertdialog" aria-describedby={`${id}-explain`}>
      <h2 id={`${id}-heading`}>{t(enabling ? 'enable.heading' : 'disable.heading', { name: person.name })}</h2>
      <p id={`${id}-explain`}>{t(enabling ? 'enable.explain' : 'disable.explain', { name: person.name })}</p>
      <button type="button" disabled={change.isPending} onClick={() => change.mutate({ id: person.id, enabled: enabling })}>
        {t(enabling ? 'enable.confirm' : 'disable.confirm')}
      </button>
      <button type="button" onClick={onCancel}>
        {t('cancel')}
      </button>
      {change.isError && <Refusal error={change.error} />}
    </section>
  );
}

function History({ person, onClose }: { person: PersonFieldsFragment; onClose: () => void }) {
  const { t, language } = useTranslation('people');
  const id = useId();
  const history = usePersonHistory(person.id);
  const describe = (image: unknown) =>
    image && typeof image === 'object'
      ? Object.entries(image as Record<string, unknown>)
          .map(
            ([field, value]) =>
              `${withColon(t(`field.${field}`), language)} ${value == null ? '—' : field === 'role' || field === 'status' ? t(`${field}.${String(value)}`) : String(value)}`,
          )
          .join('; ')
      : '—';
  const events = history.data?.person?.history.edges.map((edge) => edge.node) ?? [];
  return (
    <section aria-labelledby={`${id}-heading`} className="people-panel">
      <h2 id={`${id}-heading`}>{t('history.heading', { name: person.name })}</h2>
      {history.isPending ? (
        <Loading>{t('loading')}</Loading>
      ) : history.isError ? (
        <LoadError what={t('what')} error={history.error} onRetry={() => void history.refetch()} />
      ) : (
        <ol className="people-history">
          {events.map((event) => (
            <li key={event.id}>
              <strong>{t(`history.${event.type}`)}</strong>, {formatDate(event.at.slice(0, 10), language, 'short')},{' '}
              {t('history.by', { name: event.author.name })}.{' '}
              {event.before != null && <span>{t('history.before', { text: describe(event.before) })} </span>}
              <span>{t('history.after', { text: describe(event.after) })}</span>
            </li>
          ))}
        </ol>
      )}
      <button type="button" onClick={onClose}>
        {t('close')}
      </button>
    </section>
  );
}

/**
 * Where Cognito and the product's records disagree (a change made in the console): shown only
 * when there is something to settle; local mode never has. The record is the authority.
 */
function Mismatches({ onReconciled }: { onReconciled: (name: string) => void }) {
  const { t } = useTranslation('people');
  const mismatches = useDirectoryMismatches();
  const reconcile = useReconcilePerson({ onSuccess: (result) => onReconciled(result.reconcilePerson.name) });
  const list = mismatches.data?.directoryMismatches ?? [];
  if (list.length === 0) return null;
  return (
    <section aria-labelledby="people-mismatch-heading" className="people-panel">
      <h2 id="people-mismatch-heading">{t('reconcile.heading')}</h2>
      <p>{t('reconcile.explain')}</p>
      <ul>
        {list.map((mismatch) => (
          <li key={mismatch.personId}>
            {mismatch.name} ({mismatch.email}):{' '}
            {t(`reconcile.${mismatch.kind}`, { fields: mismatch.fields.map((field) => t(`field.${field}`)).join(', ') })}{' '}
            <button
              type="button"
              disabled={reconcile.isPending}
              onClick={() => reconcile.mutate(mismatch.personId)}
              aria-label={t('reconcile.button', { name: mismatch.name })}
            >
              {t('reconcile.buttonShort')}
            </button>
          </li>
        ))}
      </ul>
      {reconcile.isError && <Refusal error={reconcile.error} />}
    </section>
  );
}
