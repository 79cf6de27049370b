import { useId, type ChangeEvent } from 'react';
import { HEALTH_ORDER, STATUS_ORDER } from '../../components/palette';
import { useTranslation } from '../../i18n/useTranslation';
import type { ActionsView } from './view';
import { calendarDate, clearFilters, DUE_WINDOWS, MAX_TEXT_LENGTH } from './view';

interface Named {
  id: string;
  title: string;
}

/**
 * The filter form. Every control applies at once (the list is on the same page, so nothing
 * moves the reader elsewhere); there is nothing to submit.
 */
export function ActionsFilters({
  view,
  onChange,
  sections,
  owners,
}: {
  view: ActionsView;
  onChange: (view: ActionsView) => void;
  sections: readonly Named[];
  owners: readonly Named[];
}) {
  const { t } = useTranslation('actions');
  const { t: common } = useTranslation();
  const id = useId();

  const set = (change: Partial<ActionsView>) => onChange({ ...view, ...change });
  const toggle = <T extends string>(values: readonly T[], value: T, on: boolean): T[] =>
    on ? [...values, value] : values.filter((v) => v !== value);

  return (
    <form className="actions-filters" role="search" aria-labelledby={`${id}-title`} onSubmit={(event) => event.preventDefault()}>
      <h2 id={`${id}-title`} className="visually-hidden">
        {t('filters.label')}
      </h2>
      <div className="actions-filters__row">
        <div className="field field--wide">
          <label htmlFor={`${id}-q`}>{t('filters.search')}</label>
          <input
            id={`${id}-q`}
            type="search"
            value={view.text}
            aria-describedby={`${id}-q-hint`}
            onChange={(event) => set({ text: event.target.value.slice(0, MAX_TEXT_LENGTH) })}
          />
          <span id={`${id}-q-hint`} className="small">
            {t('filters.searchHint')}
          </span>
        </div>
        <div className="field">
          <label htmlFor={`${id}-section`}>{t('filters.priority')}</label>
          <select id={`${id}-section`} value={view.section ?? ''} onChange={(event) => set({ section: event.target.value || null })}>
            <option value="">{t('filters.allPriorities')}</option>
            {sections.map((section) => (
              <option key={section.id} value={section.id} lang="en">
                {section.title}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor={`${id}-owner`}>{t('filters.owner')}</label>
          <select id={`${id}-owner`} value={view.owner ?? ''} onChange={(event) => set({ owner: event.target.value || null })}>
            <option value="">{t('filters.allOwners')}</option>
            {owners.map((owner) => (
              <option key={owner.id} value={owner.id}>
                {owner.title}
              </option>
            ))}
          </select>
        </div>
      </div>

      <div className="actions-filters__row">
        <fieldset className="choices">
          <legend>{t('filters.status')}</legend>
          {STATUS_ORDER.map((status) => (
            <label key={status} className="choice">
              <input
                type="checkbox"
                checked={view.statuses.includes(status)}
                onChange={(event) => set({ statuses: toggle(view.statuses, status, event.target.checked) })}
              />{' '}
              {common(`status.${status}`)}
            </label>
          ))}
        </fieldset>
        <fieldset className="choices">
          <legend>{t('filters.health')}</legend>
          {HEALTH_ORDER.map((health) => (
            <label key={health} className="choice">
              <input
                type="checkbox"
                checked={view.healths.includes(health)}
                onChange={(event) => set({ healths: toggle(view.healths, health, event.target.checked) })}
              />{' '}
              {common(`health.${health}`)}
            </label>
          ))}
        </fieldset>
        <fieldset className="choices">
          <legend>{t('filters.deadline')}</legend>
          <div className="field">
            <label htmlFor={`${id}-due`}>{t('filters.due')}</label>
            <select
              id={`${id}-due`}
              value={view.due ?? ''}
              onChange={(event) => set({ due: DUE_WINDOWS.find((window) => window === event.target.value) ?? null })}
            >
              <option value="">{t('filters.dueAny')}</option>
              <option value="passed">{t('filters.duePassed')}</option>
              <option value="next90">{t('filters.dueNext90')}</option>
            </select>
          </div>
          <div className="field">
            <label htmlFor={`${id}-from`}>{t('filters.dueFrom')}</label>
            <input
              id={`${id}-from`}
              type="date"
              value={view.dueFrom ?? ''}
              onChange={(event: ChangeEvent<HTMLInputElement>) => set({ dueFrom: calendarDate(event.target.value) })}
            />
          </div>
          <div className="field">
            <label htmlFor={`${id}-to`}>{t('filters.dueTo')}</label>
            <input
              id={`${id}-to`}
              type="date"
              value={view.dueTo ?? ''}
              onChange={(event: ChangeEvent<HTMLInputElement>) => set({ dueTo: calendarDate(event.target.value) })}
            />
          </div>
        </fieldset>
      </div>
      <p className="actions-filters__actions">
        <button type="button" className="button button--secondary" onClick={() => onChange(clearFilters(view))}>
          {t('filters.clear')}
        </button>
      </p>
    </form>
  );
}
