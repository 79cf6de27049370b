import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { describe, expect, it } from 'vitest';
import { CATALOGUE_FIELDS, TRACKING_FIELDS } from '../../functions/domain/action-fields.js';
import { catalogue } from '../../functions/domain/strategy-catalogue.js';
import { catalogueRecords } from '../../functions/store/catalogue-load.js';
import { catalogueDifferences } from '../../functions/store/dynamo-store.js';
import { entitiesFor } from '../../functions/store/entities.js';
import { catalogueBaseline } from '../../functions/store/past-state.js';
import type { ActionRecord } from '../../functions/store/store.js';

/** An action's fields are listed once (functions/domain/action-fields.ts); these hold the lists to what is stored and loaded. */
const { actions } = catalogueRecords(catalogue);
const loaded = actions.find((action) => action.deadlinePhrase && action.subheading && action.leadIn) ?? actions[0]!;
const tracked: ActionRecord = {
  ...loaded,
  strategyId: catalogue.strategy.id,
  status: 'COMPLETED',
  progress: 100,
  note: 'Done.',
  evidenceUrls: ['https://example.eu/report'],
  forecastDate: '2016-01-31',
  declaredHealth: 'ON_TRACK',
  declaredHealthBy: 'owner',
  lastConfirmedAt: '2016-02-01T10:00:00.000Z',
  completedAt: '2016-02-01T10:00:00.000Z',
  effectiveOn: '2016-02-01',
  deadlineRevisions: [{ date: '2016-06-30', previous: '2015-12-31', reason: 'Later.', revisedAt: '2015-11-01T10:00:00.000Z', revisedBy: 'c' }],
  version: 7,
};

describe("an action's fields", () => {
  it('are the catalogue fields, the tracking fields and the record bookkeeping, as the action entity stores them', () => {
    const documentClient = DynamoDBDocumentClient.from(new DynamoDBClient({ region: 'eu-west-1' }));
    const { ActionEntity } = entitiesFor(documentClient, 'table');
    // Less the entity's name, which the toolbox adds to every item (hidden; written as _et).
    const stored = Object.entries(ActionEntity.schema.attributes as Record<string, { props: { hidden?: boolean } }>)
      .filter(([, attribute]) => !attribute.props.hidden)
      .map(([name]) => name);
    expect(new Set(stored)).toEqual(new Set(['strategyId', 'id', ...CATALOGUE_FIELDS, ...TRACKING_FIELDS, 'deadlineRevisions', 'version']));
  });

  it('the catalogue load writes catalogue fields only', () => {
    for (const action of actions) {
      const written = Object.keys(action).filter((field) => field !== 'id');
      expect(CATALOGUE_FIELDS).toEqual(expect.arrayContaining(written));
    }
    expect(Object.keys(loaded).sort()).toEqual(['id', ...CATALOGUE_FIELDS].sort());
  });

  it('a past day is replayed over the catalogue fields, every tracking field reset', () => {
    const baseline = catalogueBaseline(tracked);
    expect(baseline).toEqual({ ...loaded, strategyId: tracked.strategyId, status: 'NOT_STARTED', progress: 0, evidenceUrls: [], version: 1 });
    for (const field of TRACKING_FIELDS.filter((field) => !['status', 'progress', 'evidenceUrls'].includes(field))) {
      expect([field, field in baseline]).toEqual([field, false]);
    }
    expect('deadlineRevisions' in baseline).toBe(false);
  });

  it('a catalogue correction compares every catalogue field and no tracking field', () => {
    for (const field of CATALOGUE_FIELDS) {
      const corrected = {
        ...loaded,
        [field]: ['owners', 'partners'].includes(field) ? ['Changed'] : typeof loaded[field] === 'boolean' ? !loaded[field] : 'Changed',
      };
      expect(Object.keys(catalogueDifferences(tracked, corrected)?.after ?? {})).toEqual([field]);
    }
    expect(catalogueDifferences(tracked, { ...loaded })).toBeNull();
  });
});
