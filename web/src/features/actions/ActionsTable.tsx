import { useId } from 'react';
import type { ActionCatalogue, CatalogueAction } from './catalogue';
import { describeDeadline, ownerNames, statusLabel } from './format';
import { groupBySection } from './sections';

type Actors = ActionCatalogue['strategy']['actors'];

export function ActionsTable({ catalogue }: { catalogue: ActionCatalogue }) {
  const sections = groupBySection(catalogue.actions, catalogue.strategy.sections);
  const captionId = useId();
  return (
    // A data table keeps its columns on a narrow screen and scrolls sideways in its own box
    // (WCAG 1.4.10 exempts data tables from reflow); the box takes focus so keys can scroll it.
    <div className="table-scroll" role="region" aria-labelledby={captionId} tabIndex={0}>
      <table className="data-table actions-table">
        <caption id={captionId}>Actions of the strategy</caption>
        <thead>
          <tr>
            <th scope="col" className="actions-table__ref">
              Reference
            </th>
            <th scope="col">Action</th>
            <th scope="col" className="actions-table__owners">
              Owners
            </th>
            <th scope="col" className="actions-table__deadline">
              Deadline
            </th>
            <th scope="col" className="actions-table__status">
              Status
            </th>
          </tr>
        </thead>
        {sections.map((section) => (
          <tbody key={section.section}>
            <tr className="data-table__group">
              <th scope="rowgroup" colSpan={5}>
                {section.heading}
              </th>
            </tr>
            {section.actions.map((action) => (
              <ActionRow key={action.id} action={action} actors={catalogue.strategy.actors} />
            ))}
          </tbody>
        ))}
      </table>
    </div>
  );
}

function ActionRow({ action, actors }: { action: CatalogueAction; actors: Actors }) {
  const owners = ownerNames(action.owners, actors);
  const deadline = describeDeadline(action);
  return (
    <tr>
      <th scope="row" className="actions-table__ref">
        {action.ref}
      </th>
      <td>
        <span className="small">{action.leadIn}</span>
        <span className="actions-table__text">{action.text}</span>
      </td>
      <td>
        {owners.length === 1 ? (
          owners[0]
        ) : (
          <ul className="plain-list">
            {owners.map((name) => (
              <li key={name}>{name}</li>
            ))}
          </ul>
        )}
      </td>
      <td>
        {deadline.dateTime ? <time dateTime={deadline.dateTime}>{deadline.date}</time> : deadline.date}
        {deadline.detail && <span className="small">{deadline.detail}</span>}
      </td>
      <td>
        <span className={`status status--${action.status.toLowerCase().replaceAll('_', '-')}`}>{statusLabel(action.status)}</span>
      </td>
    </tr>
  );
}
