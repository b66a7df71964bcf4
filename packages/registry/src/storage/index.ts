/**
 * `@madani/registry/storage`: storage adapters (Node only).
 *
 * @packageDocumentation
 * @module @madani/registry/storage
 */

export {};
