/**
 * `@madani/registry/storage`: the registry repository and its adapters, in
 * memory, in embedded PostgreSQL (PGlite) and on a PostgreSQL server (Node only).
 *
 * @packageDocumentation
 * @module @madani/registry/storage
 */

export type { MemoryStoreOptions } from "./memoryStore.js";
export { memoryStore } from "./memoryStore.js";
export type { StoreIssueCode } from "./messages.js";
export { storeMessages } from "./messages.js";
export type { Migration } from "./migrations.js";
export { MIGRATIONS } from "./migrations.js";
export type { PgliteStoreOptions } from "./pgliteStore.js";
export { pgliteStore } from "./pgliteStore.js";
export type { PostgresStoreOptions } from "./postgresStore.js";
export { postgresStore } from "./postgresStore.js";
export type {
  DecisionFilter,
  FieldChoice,
  MergeInput,
  MergeRecord,
  RegistryReviewStore,
  ReviewDecision,
  ReviewVerdictValue,
  UndoInput,
} from "./review.js";
export {
  DecisionFilterSchema,
  FieldChoiceSchema,
  MergeInputSchema,
  ReviewDecisionSchema,
  ReviewTimestampSchema,
  ReviewVerdict,
  UndoInputSchema,
} from "./review.js";
export type { StoreStatisticsOptions } from "./statistics.js";
export type {
  ChangesPage,
  OneOrMany,
  PutOptions,
  PutReport,
  RegistryReader,
  RegistryStore,
  RegistryWriter,
  StoreChange,
  StoreFilter,
  StorePage,
  StoreQueryOptions,
  WriteReport,
} from "./store.js";
export { StoreFilterSchema, StoreQueryOptionsSchema } from "./store.js";
