import { RemovalPolicy } from 'aws-cdk-lib';
import {
  AttributeType,
  BillingMode,
  ProjectionType,
  StreamViewType,
  Table,
  type Attribute,
  type CfnTable,
  type ITable,
} from 'aws-cdk-lib/aws-dynamodb';
import { Construct } from 'constructs';
import { tableDefinition } from '../../functions/store/table-definition.js';

export interface DataTableProps {
  /**
   * Use a table that already exists (one restored from a backup) instead of creating one.
   * The table this construct created before stays in the account: it is retained.
   */
  existingTable?: { tableName: string; tableStreamArn: string };
}

const attribute = (key: { name: string; type: 'S' | 'N' | 'B' }): Attribute => ({
  name: key.name,
  type: { S: AttributeType.STRING, N: AttributeType.NUMBER, B: AttributeType.BINARY }[key.type],
});

/**
 * The product's one table, built from `functions/store/table-definition.ts` (the definition
 * local mode creates its table from). On demand, point-in-time recovery, deletion protection,
 * retained when the stack goes, a stream of new and old images for the audit trail, and the
 * definition's time-to-live attribute.
 */
export class DataTable extends Construct {
  /** Pinned: a new logical ID would make CloudFormation create a new, empty table. */
  static readonly LOGICAL_ID = 'StrategyTrackerTable';
  static readonly INDEX_NAMES = tableDefinition.globalSecondaryIndexes.map((index) => index.indexName);

  readonly table: ITable;

  constructor(scope: Construct, id: string, props: DataTableProps = {}) {
    super(scope, id);

    if (props.existingTable) {
      this.table = Table.fromTableAttributes(this, 'Table', {
        tableName: props.existingTable.tableName,
        tableStreamArn: props.existingTable.tableStreamArn,
        globalIndexes: DataTable.INDEX_NAMES,
      });
      return;
    }

    const table = new Table(this, 'Table', {
      partitionKey: attribute(tableDefinition.partitionKey),
      sortKey: attribute(tableDefinition.sortKey),
      billingMode: BillingMode.PAY_PER_REQUEST,
      pointInTimeRecoverySpecification: { pointInTimeRecoveryEnabled: true },
      deletionProtection: true,
      removalPolicy: RemovalPolicy.RETAIN,
      stream: StreamViewType[tableDefinition.stream],
      timeToLiveAttribute: tableDefinition.timeToLiveAttribute,
    });
    for (const index of tableDefinition.globalSecondaryIndexes) {
      table.addGlobalSecondaryIndex({
        indexName: index.indexName,
        partitionKey: attribute(index.partitionKey),
        sortKey: attribute(index.sortKey),
        projectionType: ProjectionType[index.projection],
      });
    }
    (table.node.defaultChild as CfnTable).overrideLogicalId(DataTable.LOGICAL_ID);
    this.table = table;
  }
}
