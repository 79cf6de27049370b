/* eslint-disable */
import * as types from './graphql.js';



/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  query Shell {\n    me {\n      id\n      name\n      role\n      actor\n      country\n    }\n    strategy {\n      reference\n      title\n      reviewDate\n      actors {\n        id\n        name\n      }\n    }\n    memberStates {\n      code\n      name\n    }\n  }\n": typeof types.ShellDocument,
    "\n  query ActionCatalogueContext {\n    strategy {\n      reviewDate\n      sections {\n        id\n        title\n      }\n      actors {\n        id\n        name\n      }\n    }\n  }\n": typeof types.ActionCatalogueContextDocument,
    "\n  query ActionsPage($first: Int, $after: String) {\n    actions(first: $first, after: $after) {\n      edges {\n        cursor\n        node {\n          id\n          ref\n          section\n          subheading\n          leadIn\n          text\n          owners\n          deadline\n          deadlineSource\n          deadlinePhrase\n          status\n          health\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      totalCount\n    }\n  }\n": typeof types.ActionsPageDocument,
};
const documents: Documents = {
    "\n  query Shell {\n    me {\n      id\n      name\n      role\n      actor\n      country\n    }\n    strategy {\n      reference\n      title\n      reviewDate\n      actors {\n        id\n        name\n      }\n    }\n    memberStates {\n      code\n      name\n    }\n  }\n": types.ShellDocument,
    "\n  query ActionCatalogueContext {\n    strategy {\n      reviewDate\n      sections {\n        id\n        title\n      }\n      actors {\n        id\n        name\n      }\n    }\n  }\n": types.ActionCatalogueContextDocument,
    "\n  query ActionsPage($first: Int, $after: String) {\n    actions(first: $first, after: $after) {\n      edges {\n        cursor\n        node {\n          id\n          ref\n          section\n          subheading\n          leadIn\n          text\n          owners\n          deadline\n          deadlineSource\n          deadlinePhrase\n          status\n          health\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      totalCount\n    }\n  }\n": types.ActionsPageDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Shell {\n    me {\n      id\n      name\n      role\n      actor\n      country\n    }\n    strategy {\n      reference\n      title\n      reviewDate\n      actors {\n        id\n        name\n      }\n    }\n    memberStates {\n      code\n      name\n    }\n  }\n"): typeof import('./graphql.js').ShellDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ActionCatalogueContext {\n    strategy {\n      reviewDate\n      sections {\n        id\n        title\n      }\n      actors {\n        id\n        name\n      }\n    }\n  }\n"): typeof import('./graphql.js').ActionCatalogueContextDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ActionsPage($first: Int, $after: String) {\n    actions(first: $first, after: $after) {\n      edges {\n        cursor\n        node {\n          id\n          ref\n          section\n          subheading\n          leadIn\n          text\n          owners\n          deadline\n          deadlineSource\n          deadlinePhrase\n          status\n          health\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      totalCount\n    }\n  }\n"): typeof import('./graphql.js').ActionsPageDocument;


export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}
