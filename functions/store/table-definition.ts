/**
 * The one definition of the table's keys and indexes. The CDK stack, local mode's
 * CreateTable and the dynamodb-toolbox Table are all built from this object, so the
 * cloud and the local table cannot drift apart.
 */
export const tableDefinition = {
  partitionKey: { name: 'PK', type: 'S' },
  sortKey: { name: 'SK', type: 'S' },
  globalSecondaryIndexes: [
    {
      indexName: 'GSI1',
      partitionKey: { name: 'GSI1PK', type: 'S' },
      sortKey: { name: 'GSI1SK', type: 'S' },
      projection: 'ALL',
    },
  ],
  stream: 'NEW_AND_OLD_IMAGES',
  /** Epoch seconds after which DynamoDB deletes the item (client mutation records, 7 days; outbox messages, 30). */
  timeToLiveAttribute: 'expiresAt',
} as const;

export type TableDefinition = typeof tableDefinition;
export type IndexName = TableDefinition['globalSecondaryIndexes'][number]['indexName'];
