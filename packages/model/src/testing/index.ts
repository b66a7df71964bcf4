/**
 * `@madani/model/testing`: fast-check arbitraries of valid entities, and of
 * invalid ones made by single-field corruption, for integrators' tests, and hostile
 * values with a sweep that checks that no entry point throws on them.
 *
 * Requires `fast-check` (an optional peer dependency of `@madani/model`).
 *
 * @packageDocumentation
 * @module @madani/model/testing
 */

export type { Corrupted, Corruption } from "./corruptions.js";
export {
  invalidOrganizationArbitrary,
  invalidPartnershipAgreementArbitrary,
  invalidPersonArbitrary,
  invalidProjectArbitrary,
  organizationCorruptions,
  partnershipAgreementCorruptions,
  personCorruptions,
  projectCorruptions,
} from "./corruptions.js";
export type { ArbitraryOptions } from "./entities.js";
export {
  boardArbitrary,
  facilityArbitrary,
  membershipArbitrary,
  moneyArbitrary,
  organizationArbitrary,
  partnershipAgreementArbitrary,
  personArbitrary,
  projectArbitrary,
} from "./entities.js";
export type { NamedHostileValue, SweepFailure, SweepOptions } from "./hostile.js";
export { entryPointNames, hostileArbitrary, hostileValues, sweepEntryPoints, sweepFunction } from "./hostile.js";
export { cinArbitrary, ibanArbitrary, iceArbitrary, phoneArbitrary, ribArbitrary } from "./identifiers.js";
export { multilingualTextArbitrary } from "./text.js";
