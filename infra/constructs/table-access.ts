import { PolicyStatement, type IGrantable } from 'aws-cdk-lib/aws-iam';
import type { ITable } from 'aws-cdk-lib/aws-dynamodb';
import { DataTable } from './data-table.js';

/**
 * The DynamoDB actions each function needs, named per function rather than taken from the
 * broad `grantReadWriteData` (which adds Scan, DeleteItem, BatchWriteItem...). Nothing in the
 * product deletes an item: history is immutable and records are corrected by new versions.
 */
export interface TableAccess {
  onTable: readonly string[];
  onIndexes: readonly string[];
}

export const TABLE_ACCESS = {
  /** Reads by key and query, writes in transactions with version conditions, the change feed on GSI1. */
  api: {
    onTable: ['dynamodb:GetItem', 'dynamodb:Query', 'dynamodb:PutItem', 'dynamodb:UpdateItem', 'dynamodb:ConditionCheckItem'],
    onIndexes: ['dynamodb:Query'],
  },
  /** Reads the stored catalogue; writes missing actions and corrections with their history events. */
  catalogue: {
    onTable: ['dynamodb:GetItem', 'dynamodb:Query', 'dynamodb:PutItem', 'dynamodb:UpdateItem'],
    onIndexes: [],
  },
  /** Reads the strategy and its actions; writes the day's health snapshot and outbox. */
  daily: {
    onTable: ['dynamodb:GetItem', 'dynamodb:Query', 'dynamodb:PutItem', 'dynamodb:UpdateItem'],
    onIndexes: [],
  },
  /**
   * The spreadsheet round trip: reads the state and an action's history; writes what the API's
   * updateAction and submitMemberStateReport write (it runs them) and its import previews. No index.
   */
  import: {
    onTable: ['dynamodb:GetItem', 'dynamodb:Query', 'dynamodb:PutItem', 'dynamodb:UpdateItem', 'dynamodb:ConditionCheckItem'],
    onIndexes: [],
  },
  /** Reads only: the strategy's partition, the change feed on GSI1 and its count. */
  export: {
    onTable: ['dynamodb:GetItem', 'dynamodb:Query'],
    onIndexes: ['dynamodb:Query'],
  },
} as const satisfies Record<string, TableAccess>;

export function grantTableAccess(grantee: IGrantable, table: ITable, access: TableAccess): void {
  grantee.grantPrincipal.addToPrincipalPolicy(new PolicyStatement({ actions: [...access.onTable], resources: [table.tableArn] }));
  if (access.onIndexes.length > 0) {
    grantee.grantPrincipal.addToPrincipalPolicy(
      new PolicyStatement({
        actions: [...access.onIndexes],
        resources: DataTable.INDEX_NAMES.map((index) => `${table.tableArn}/index/${index}`),
      }),
    );
  }
}
