import type { ActionRecord, StrategyRecord } from '../functions/store/store.js';

/** The models that resolvers of Action and Strategy receive as their parent (see codegen.ts). */
export type ActionModel = ActionRecord;
export type StrategyModel = StrategyRecord;
