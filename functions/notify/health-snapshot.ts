import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { PutItemCommand } from 'dynamodb-toolbox';
import { deadlineInForce } from '../domain/action-update.js';
import { computeHealth, isStale, type HealthConfig } from '../domain/health.js';
import type { Health } from '../domain/model.js';
import type { ActionRecord, StrategyRecord } from '../store/store.js';
import { entitiesFor } from '../store/entities.js';

/**
 * The daily recomputation of health and staleness. Health stays derived (DESIGN.md): nothing
 * is written onto the actions. The job keeps one snapshot per day (entities.ts,
 * HealthSnapshotEntity), so that the figures of a past day can be shown as they were computed, and publishes the
 * counts as metrics.
 */
export interface ActionHealth {
  id: string;
  ref: string;
  health: Health;
  stale: boolean;
}

export interface HealthSnapshot {
  strategyId: string;
  asOf: string;
  counts: Record<Health | 'STALE', number>;
  actions: ActionHealth[];
}

export function computeHealthSnapshot(strategy: StrategyRecord, actions: ActionRecord[], asOf: string, config: HealthConfig): HealthSnapshot {
  const counts: HealthSnapshot['counts'] = { DONE: 0, ON_TRACK: 0, AT_RISK: 0, OVERDUE: 0, STALE: 0 };
  const health = actions.map((action) => {
    const value = computeHealth({ ...action, deadline: deadlineInForce(action) }, { asOf, adopted: strategy.adopted, config });
    // A completed action has nothing left to confirm.
    const stale = value !== 'DONE' && isStale(action.lastConfirmedAt, asOf, config);
    counts[value] += 1;
    if (stale) counts.STALE += 1;
    return { id: action.id, ref: action.ref, health: value, stale };
  });
  return { strategyId: strategy.id, asOf, counts, actions: health };
}

export interface HealthSnapshots {
  save(snapshot: HealthSnapshot): Promise<void>;
}

export function createHealthSnapshots(
  documentClient: DynamoDBDocumentClient,
  tableName: string,
  clock: () => Date = () => new Date(),
): HealthSnapshots {
  const { HealthSnapshotEntity: SnapshotEntity } = entitiesFor(documentClient, tableName);
  return {
    async save(snapshot) {
      // A re-run on the same day replaces that day's snapshot with the same figures.
      await SnapshotEntity.build(PutItemCommand)
        .item({ ...snapshot, computedAt: clock().toISOString() })
        .send();
    },
  };
}
