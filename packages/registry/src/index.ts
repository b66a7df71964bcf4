/**
 * `@madani/registry`.
 *
 * @packageDocumentation
 * @module @madani/registry
 */

export {};
