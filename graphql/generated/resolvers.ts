import type { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import type { ActionModel, StrategyModel } from '../mappers.js';
import type { GraphQLContext } from '../context.js';
export type Maybe<T> = T | null;
export type InputMaybe<T> = Maybe<T>;
export type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
export type MakeOptional<T, K extends keyof T> = Omit<T, K> & { [SubKey in K]?: Maybe<T[SubKey]> };
export type MakeMaybe<T, K extends keyof T> = Omit<T, K> & { [SubKey in K]: Maybe<T[SubKey]> };
export type MakeEmpty<T extends { [key: string]: unknown }, K extends keyof T> = { [_ in K]?: never };
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
export type Omit<T, K extends keyof T> = Pick<T, Exclude<keyof T, K>>;
export type RequireFields<T, K extends keyof T> = Omit<T, K> & { [P in K]-?: NonNullable<T[P]> };
/** All built-in and custom scalars, mapped to their actual values */
export type Scalars = {
  ID: { input: string; output: string; }
  String: { input: string; output: string; }
  Boolean: { input: boolean; output: boolean; }
  Int: { input: number; output: number; }
  Float: { input: number; output: number; }
  /** A calendar date, e.g. 2013-12-31. */
  Date: { input: string; output: string; }
  /** An ISO 8601 date-time with zone, e.g. 2014-02-07T09:00:00Z. */
  DateTime: { input: string; output: string; }
};

export type Action = {
  __typename?: 'Action';
  /** The deadline the strategy set, kept for ever. */
  baselineDeadline: Scalars['Date']['output'];
  /** The deadline in force (the baseline until a revision is recorded). */
  deadline: Maybe<Scalars['Date']['output']>;
  /** The deadline as the strategy words it, e.g. by the end of 2013. */
  deadlinePhrase: Maybe<Scalars['String']['output']>;
  deadlineSource: DeadlineSource;
  evidenceUrls: Array<Scalars['String']['output']>;
  forecastDate: Maybe<Scalars['Date']['output']>;
  health: Health;
  id: Scalars['ID']['output'];
  kind: ActionKind;
  lastConfirmedAt: Maybe<Scalars['DateTime']['output']>;
  /** The requesting phrase, e.g. The Commission asks ENISA to: (absent for a commitment made in a sentence) */
  leadIn: Maybe<Scalars['String']['output']>;
  /** Whether member states report their own progress on this action. */
  memberStateReporting: Scalars['Boolean']['output'];
  note: Maybe<Scalars['String']['output']>;
  /** Actor ids addressed by the lead-in. */
  owners: Array<Scalars['String']['output']>;
  /** Actor ids named in the text as supporting the action. */
  partners: Array<Scalars['String']['output']>;
  progress: Scalars['Int']['output'];
  recurring: Scalars['Boolean']['output'];
  /** Stable reference: section and sequence, e.g. 2.1-03. */
  ref: Scalars['String']['output'];
  section: Scalars['String']['output'];
  status: ActionStatus;
  subheading: Maybe<Scalars['String']['output']>;
  /** The strategy's words, verbatim. */
  text: Scalars['String']['output'];
  version: Scalars['Int']['output'];
};

export type ActionConnection = {
  __typename?: 'ActionConnection';
  edges: Array<ActionEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type ActionEdge = {
  __typename?: 'ActionEdge';
  cursor: Scalars['String']['output'];
  node: Action;
};

export type ActionFilter = {
  /** Actor id, e.g. ENISA: actions this actor owns. */
  owner?: InputMaybe<Scalars['String']['input']>;
  /** Strategic priority / section, e.g. 2.1. */
  section?: InputMaybe<Scalars['String']['input']>;
  status?: InputMaybe<Array<ActionStatus>>;
  /** Case-insensitive words that must all appear in the text, reference or lead-in. */
  text?: InputMaybe<Scalars['String']['input']>;
};

export type ActionKind =
  /** A bullet under a lead-in such as The Commission will: */
  | 'BULLET'
  /** A commitment the strategy makes in a sentence, e.g. the review conference. */
  | 'SENTENCE';

export type ActionStatus =
  | 'COMPLETED'
  /** Withdrawn or superseded; a reason is recorded. */
  | 'DISCONTINUED'
  | 'IN_PROGRESS'
  | 'NOT_STARTED'
  /** A recurring action that is running as planned. */
  | 'ONGOING';

export type Actor = {
  __typename?: 'Actor';
  /** A stable identifier, e.g. ENISA, EUROPOL_EC3, MEMBER_STATES. */
  id: Scalars['ID']['output'];
  name: Scalars['String']['output'];
  /** Whether the body's staff sign in as OWNER to update the actions it owns. */
  owningBody: Scalars['Boolean']['output'];
};

export type DeadlineSource =
  /** Normalised from the deadline phrase in the strategy text. */
  | 'PHRASE'
  /** The strategy states no deadline: the action falls due at the review date. */
  | 'REVIEW_DATE';

export type Health =
  | 'AT_RISK'
  | 'DONE'
  | 'ON_TRACK'
  | 'OVERDUE';

export type MemberState = {
  __typename?: 'MemberState';
  /** ISO 3166-1 alpha-2 code. */
  code: Scalars['ID']['output'];
  name: Scalars['String']['output'];
};

export type PageInfo = {
  __typename?: 'PageInfo';
  endCursor: Maybe<Scalars['String']['output']>;
  hasNextPage: Scalars['Boolean']['output'];
};

/** A section of the strategy. */
export type Priority = {
  __typename?: 'Priority';
  /** The section number, e.g. 2.1. */
  id: Scalars['ID']['output'];
  title: Scalars['String']['output'];
};

export type Query = {
  __typename?: 'Query';
  action: Maybe<Action>;
  /** The action catalogue, in strategy order. `first` is at most 100 (default 100). */
  actions: ActionConnection;
  /** The signed-in user. */
  me: Maybe<Viewer>;
  /** The member states participating in the strategy (EU-28 at the review date). */
  memberStates: Array<MemberState>;
  strategy: Strategy;
};


export type QueryActionArgs = {
  id: Scalars['ID']['input'];
};


export type QueryActionsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<ActionFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

export type Role =
  | 'COORDINATOR'
  | 'MEMBER_STATE'
  | 'OWNER'
  | 'VIEWER';

export type Strategy = {
  __typename?: 'Strategy';
  actionCount: Scalars['Int']['output'];
  actors: Array<Actor>;
  adopted: Scalars['Date']['output'];
  id: Scalars['ID']['output'];
  /** The strategic priorities, sections 2.1 to 2.5. */
  priorities: Array<Priority>;
  reference: Scalars['String']['output'];
  /** Adoption plus twelve months: the high-level review conference. */
  reviewDate: Scalars['Date']['output'];
  /** Every section that carries actions, with its title (the priorities and section 4, the follow-up). */
  sections: Array<Priority>;
  title: Scalars['String']['output'];
};

export type Viewer = {
  __typename?: 'Viewer';
  /** The owning body an OWNER is bound to, e.g. ENISA. */
  actor: Maybe<Scalars['String']['output']>;
  /** The ISO 3166-1 alpha-2 code a MEMBER_STATE contact is bound to. */
  country: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  name: Scalars['String']['output'];
  role: Role;
};



export type ResolverTypeWrapper<T> = Promise<T> | T;


export type ResolverWithResolve<TResult, TParent, TContext, TArgs> = {
  resolve: ResolverFn<TResult, TParent, TContext, TArgs>;
};
export type Resolver<TResult, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> = ResolverFn<TResult, TParent, TContext, TArgs> | ResolverWithResolve<TResult, TParent, TContext, TArgs>;

export type ResolverFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => Promise<TResult> | TResult;

export type SubscriptionSubscribeFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => AsyncIterable<TResult> | Promise<AsyncIterable<TResult>>;

export type SubscriptionResolveFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => TResult | Promise<TResult>;

export interface SubscriptionSubscriberObject<TResult, TKey extends string, TParent, TContext, TArgs> {
  subscribe: SubscriptionSubscribeFn<{ [key in TKey]: TResult }, TParent, TContext, TArgs>;
  resolve?: SubscriptionResolveFn<TResult, { [key in TKey]: TResult }, TContext, TArgs>;
}

export interface SubscriptionResolverObject<TResult, TParent, TContext, TArgs> {
  subscribe: SubscriptionSubscribeFn<any, TParent, TContext, TArgs>;
  resolve: SubscriptionResolveFn<TResult, any, TContext, TArgs>;
}

export type SubscriptionObject<TResult, TKey extends string, TParent, TContext, TArgs> =
  | SubscriptionSubscriberObject<TResult, TKey, TParent, TContext, TArgs>
  | SubscriptionResolverObject<TResult, TParent, TContext, TArgs>;

export type SubscriptionResolver<TResult, TKey extends string, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> =
  | ((...args: any[]) => SubscriptionObject<TResult, TKey, TParent, TContext, TArgs>)
  | SubscriptionObject<TResult, TKey, TParent, TContext, TArgs>;

export type TypeResolveFn<TTypes, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>> = (
  parent: TParent,
  context: TContext,
  info: GraphQLResolveInfo
) => Maybe<TTypes> | Promise<Maybe<TTypes>>;

export type IsTypeOfResolverFn<T = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>> = (obj: T, context: TContext, info: GraphQLResolveInfo) => boolean | Promise<boolean>;

export type NextResolverFn<T> = () => Promise<T>;

export type DirectiveResolverFn<TResult = Record<PropertyKey, never>, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> = (
  next: NextResolverFn<TResult>,
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => TResult | Promise<TResult>;





/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = {
  Action: ResolverTypeWrapper<ActionModel>;
  ActionConnection: ResolverTypeWrapper<Omit<ActionConnection, 'edges'> & { edges: Array<ResolversTypes['ActionEdge']> }>;
  ActionEdge: ResolverTypeWrapper<Omit<ActionEdge, 'node'> & { node: ResolversTypes['Action'] }>;
  ActionFilter: ActionFilter;
  ActionKind: ActionKind;
  ActionStatus: ActionStatus;
  Actor: ResolverTypeWrapper<Actor>;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  Date: ResolverTypeWrapper<Scalars['Date']['output']>;
  DateTime: ResolverTypeWrapper<Scalars['DateTime']['output']>;
  DeadlineSource: DeadlineSource;
  Health: Health;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  MemberState: ResolverTypeWrapper<MemberState>;
  PageInfo: ResolverTypeWrapper<PageInfo>;
  Priority: ResolverTypeWrapper<Priority>;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  Role: Role;
  Strategy: ResolverTypeWrapper<StrategyModel>;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
  Viewer: ResolverTypeWrapper<Viewer>;
};

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = {
  Action: ActionModel;
  ActionConnection: Omit<ActionConnection, 'edges'> & { edges: Array<ResolversParentTypes['ActionEdge']> };
  ActionEdge: Omit<ActionEdge, 'node'> & { node: ResolversParentTypes['Action'] };
  ActionFilter: ActionFilter;
  Actor: Actor;
  Boolean: Scalars['Boolean']['output'];
  Date: Scalars['Date']['output'];
  DateTime: Scalars['DateTime']['output'];
  ID: Scalars['ID']['output'];
  Int: Scalars['Int']['output'];
  MemberState: MemberState;
  PageInfo: PageInfo;
  Priority: Priority;
  Query: Record<PropertyKey, never>;
  Strategy: StrategyModel;
  String: Scalars['String']['output'];
  Viewer: Viewer;
};

export type ActionResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Action'] = ResolversParentTypes['Action']> = {
  baselineDeadline?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  deadline?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  deadlinePhrase?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  deadlineSource?: Resolver<ResolversTypes['DeadlineSource'], ParentType, ContextType>;
  evidenceUrls?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  forecastDate?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  health?: Resolver<ResolversTypes['Health'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['ActionKind'], ParentType, ContextType>;
  lastConfirmedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  leadIn?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  memberStateReporting?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  note?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  owners?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  partners?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  progress?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  recurring?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  ref?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  section?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['ActionStatus'], ParentType, ContextType>;
  subheading?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  text?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type ActionConnectionResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['ActionConnection'] = ResolversParentTypes['ActionConnection']> = {
  edges?: Resolver<Array<ResolversTypes['ActionEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type ActionEdgeResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['ActionEdge'] = ResolversParentTypes['ActionEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Action'], ParentType, ContextType>;
};

export type ActorResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Actor'] = ResolversParentTypes['Actor']> = {
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  owningBody?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
};

export interface DateScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['Date'], any> {
  name: 'Date';
}

export interface DateTimeScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['DateTime'], any> {
  name: 'DateTime';
}

export type MemberStateResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['MemberState'] = ResolversParentTypes['MemberState']> = {
  code?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type PageInfoResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['PageInfo'] = ResolversParentTypes['PageInfo']> = {
  endCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  hasNextPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
};

export type PriorityResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Priority'] = ResolversParentTypes['Priority']> = {
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type QueryResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = {
  action?: Resolver<Maybe<ResolversTypes['Action']>, ParentType, ContextType, RequireFields<QueryActionArgs, 'id'>>;
  actions?: Resolver<ResolversTypes['ActionConnection'], ParentType, ContextType, Partial<QueryActionsArgs>>;
  me?: Resolver<Maybe<ResolversTypes['Viewer']>, ParentType, ContextType>;
  memberStates?: Resolver<Array<ResolversTypes['MemberState']>, ParentType, ContextType>;
  strategy?: Resolver<ResolversTypes['Strategy'], ParentType, ContextType>;
};

export type StrategyResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Strategy'] = ResolversParentTypes['Strategy']> = {
  actionCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  actors?: Resolver<Array<ResolversTypes['Actor']>, ParentType, ContextType>;
  adopted?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  priorities?: Resolver<Array<ResolversTypes['Priority']>, ParentType, ContextType>;
  reference?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  reviewDate?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  sections?: Resolver<Array<ResolversTypes['Priority']>, ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type ViewerResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Viewer'] = ResolversParentTypes['Viewer']> = {
  actor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  country?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  role?: Resolver<ResolversTypes['Role'], ParentType, ContextType>;
};

export type Resolvers<ContextType = GraphQLContext> = {
  Action?: ActionResolvers<ContextType>;
  ActionConnection?: ActionConnectionResolvers<ContextType>;
  ActionEdge?: ActionEdgeResolvers<ContextType>;
  Actor?: ActorResolvers<ContextType>;
  Date?: GraphQLScalarType;
  DateTime?: GraphQLScalarType;
  MemberState?: MemberStateResolvers<ContextType>;
  PageInfo?: PageInfoResolvers<ContextType>;
  Priority?: PriorityResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  Strategy?: StrategyResolvers<ContextType>;
  Viewer?: ViewerResolvers<ContextType>;
};

