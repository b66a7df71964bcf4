/**
 * `@madani/registry`: the national registry toolkit (ingest, normalization, deduplication, search,
 * statistics, public export). Storage adapters live in `@madani/registry/storage` (Node only).
 *
 * @packageDocumentation
 * @module @madani/registry
 */

export * from "./export/index.js";
export * from "./normalize/index.js";
export * from "./search/index.js";
export * from "./stats/index.js";
