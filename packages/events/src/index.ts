/**
 * `@madani/events`.
 *
 * @packageDocumentation
 * @module @madani/events
 */

export {};
