/**
 * `@madani/events`: meetings, trainings, forums, general assemblies, competitions, honours,
 * auditable draws and verifiable certificates, with their reports.
 *
 * @packageDocumentation
 * @module @madani/events
 */

export * from "./certificates/index.js";
export * from "./competition/index.js";
export * from "./draw/index.js";
