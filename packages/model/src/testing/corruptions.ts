import fc from "fast-check";
import type { PartnershipAgreement } from "../agreement/partnershipAgreement.js";
import { addDaysToDate, type IsoDate } from "../date.js";
import type { IssueCode } from "../issueCodes.js";
import type { Organization } from "../organization/organization.js";
import type { Person } from "../person/person.js";
import type { Project } from "../project/project.js";
import {
  type ArbitraryOptions,
  organizationArbitrary,
  partnershipAgreementArbitrary,
  personArbitrary,
  projectArbitrary,
} from "./entities.js";

/**
 * One way to break a valid value, and the issue code validation must report for it.
 *
 * @typeParam T - the entity type.
 */
export interface Corruption<T> {
  /** What the corruption does, for test names. */
  readonly name: string;
  /** The code validation reports. */
  readonly code: IssueCode;
  /** Return a broken copy of a valid value (`asOf` is the date validation runs with). */
  apply(value: T, asOf: IsoDate): unknown;
}

/** A broken value with the code it must produce. */
export interface Corrupted {
  readonly value: unknown;
  readonly code: IssueCode;
  readonly corruption: string;
}

/** A valid ICE (15 digits divisible by 97) and RIB (24 digits divisible by 97). */
const VALID_ICE = "001525289000002";
const VALID_RIB = "011780000012345678901296";

/** Flip the last digit of a digit string, keeping its length. */
const flipLast = (s: string): string => s.slice(0, -1) + String((Number(s.slice(-1)) + 1) % 10);

const withoutKey = <T extends object>(value: T, key: keyof T): unknown => {
  const { [key]: _dropped, ...rest } = value;
  return rest;
};

const board = (o: Organization) => o.governingBodies?.[0];

/**
 * The catalogue of single-field corruptions of an organization, each with the
 * code `validateOrganization` reports.
 *
 * @remarks Used by Madani's own property tests; integrators can run it against
 * their own pipelines to check that bad records are quarantined, not dropped.
 */
export const organizationCorruptions: readonly Corruption<Organization>[] = [
  { name: "missing id", code: "schema.required", apply: (o) => withoutKey(o, "id") },
  { name: "id of the wrong type", code: "schema.invalid_type", apply: (o) => ({ ...o, id: 42 }) },
  { name: "legal form outside the list", code: "schema.invalid_value", apply: (o) => ({ ...o, legalForm: "club" }) },
  { name: "name in no language", code: "schema.text_empty", apply: (o) => ({ ...o, name: {} }) },
  { name: "unknown field", code: "schema.unrecognized_key", apply: (o) => ({ ...o, nmae: "typo" }) },
  {
    name: "founding date that is not a day",
    code: "schema.invalid_format",
    apply: (o) => ({ ...o, foundedOn: "2023-02-30" }),
  },
  {
    name: "duplicate field of action",
    code: "schema.duplicate",
    apply: (o) => ({ ...o, fieldsOfAction: ["social", "social"] }),
  },
  {
    name: "founded after asOf",
    code: "date.in_future",
    apply: (o, asOf) => ({ ...(withoutKey(o, "lifecycle") as object), foundedOn: addDaysToDate(asOf, 1) }),
  },
  {
    name: "ICE with a wrong key",
    code: "ice.checksum",
    apply: (o) => ({ ...o, identifiers: [{ scheme: "MA-ICE", id: flipLast(o.identifiers?.[0]?.id ?? VALID_ICE) }] }),
  },
  {
    name: "RIB with a wrong key",
    code: "rib.checksum",
    apply: (o) => ({ ...o, bankAccount: { rib: flipLast(o.bankAccount?.rib ?? VALID_RIB) } }),
  },
  {
    name: "phone that is not a number",
    code: "phone.invalid",
    apply: (o) => ({ ...o, contacts: [{ kind: "phone", value: "+21212" }] }),
  },
  {
    name: "commune outside the province",
    code: "address.codes_mismatch",
    apply: (o) => ({ ...o, seat: { regionCode: "06", provinceCode: "06.181", communeCode: "03.451.01.09" } }),
  },
  {
    name: "final receipt before the provisional one",
    code: "lifecycle.order",
    apply: (o) => ({
      ...o,
      lifecycle: {
        provisionalReceiptOn: o.foundedOn ?? "2000-01-01",
        finalReceiptOn: addDaysToDate(o.foundedOn ?? "2000-01-01", -1),
      },
      foundedOn: undefined,
    }),
  },
  {
    name: "association with one founder",
    code: "association.founders_min",
    apply: (o) => ({
      ...o,
      legalForm: "association",
      founders: [{ personId: "p-1" }],
      memberOrganizationIds: undefined,
      cooperative: undefined,
    }),
  },
  {
    name: "board without treasurer",
    code: "board.treasurer_missing",
    apply: (o) => {
      const b = board(o);
      return b === undefined
        ? o
        : { ...o, governingBodies: [{ ...b, mandates: b.mandates.filter((m) => m.role !== "treasurer") }] };
    },
  },
  {
    name: "two presidents at once",
    code: "board.role_overlap",
    apply: (o) => {
      const b = board(o);
      const president = b?.mandates.find((m) => m.role === "president");
      return b === undefined || president === undefined
        ? o
        : {
            ...o,
            governingBodies: [{ ...b, mandates: [...b.mandates, { ...president, personId: "p-second-president" }] }],
          };
    },
  },
  {
    name: "cooperative capital below 1,000 MAD",
    code: "cooperative.capital_min",
    apply: (o) => ({
      ...o,
      legalForm: "cooperative",
      founders: undefined,
      memberOrganizationIds: undefined,
      cooperative: { capital: { amount: 99_999, currency: "MAD" }, shareValue: { amount: 10_000, currency: "MAD" } },
    }),
  },
  {
    name: "cooperative share below 100 MAD",
    code: "cooperative.share_min",
    apply: (o) => ({
      ...o,
      legalForm: "cooperative",
      founders: undefined,
      memberOrganizationIds: undefined,
      cooperative: { capital: { amount: 100_000, currency: "MAD" }, shareValue: { amount: 9_999, currency: "MAD" } },
    }),
  },
  {
    name: "member organizations of an association",
    code: "organization.members_not_grouping",
    apply: (o) => ({
      ...o,
      legalForm: "association",
      founders: [{ personId: "a" }, { personId: "b" }],
      cooperative: undefined,
      memberOrganizationIds: ["x"],
    }),
  },
];

/** The catalogue of single-field corruptions of a person. */
export const personCorruptions: readonly Corruption<Person>[] = [
  { name: "name in no language", code: "schema.text_empty", apply: (p) => ({ ...p, name: {} }) },
  { name: "malformed CIN", code: "cin.format", apply: (p) => ({ ...p, cin: "123ABC" }) },
  { name: "phone that is not a number", code: "phone.invalid", apply: (p) => ({ ...p, phone: "0512" }) },
  {
    name: "born after asOf",
    code: "date.in_future",
    apply: (p, asOf) => ({ ...p, birthDate: addDaysToDate(asOf, 1) }),
  },
  { name: "sex outside the list", code: "schema.invalid_value", apply: (p) => ({ ...p, sex: "x" }) },
];

/** The catalogue of single-field corruptions of a partnership agreement. */
export const partnershipAgreementCorruptions: readonly Corruption<PartnershipAgreement>[] = [
  {
    name: "ends before it starts",
    code: "agreement.end_before_start",
    apply: (a) => ({ ...a, period: { startOn: a.period.startOn, endOn: addDaysToDate(a.period.startOn, -1) } }),
  },
  { name: "a single party", code: "agreement.parties_min", apply: (a) => ({ ...a, parties: a.parties.slice(0, 1) }) },
  {
    name: "negative contribution",
    code: "money.negative",
    apply: (a) => ({
      ...a,
      parties: a.parties.map((p, i) =>
        i === 0 ? { ...p, contributions: [{ kind: "financial", amount: { amount: -1, currency: "MAD" } }] } : p,
      ),
    }),
  },
  {
    name: "signed without a signing date",
    code: "agreement.signed_on_missing",
    apply: (a) => ({ ...(withoutKey(a, "signedOn") as object), status: "signed", terminatedOn: undefined }),
  },
];

/** The catalogue of single-field corruptions of a project. */
export const projectCorruptions: readonly Corruption<Project>[] = [
  {
    name: "ends before it starts",
    code: "project.end_before_start",
    apply: (p) => ({
      ...p,
      period: { startOn: p.period.startOn, endOn: addDaysToDate(p.period.startOn, -1) },
      budgetLines: [],
    }),
  },
  {
    name: "two leads",
    code: "project.lead_count",
    apply: (p) => ({
      ...p,
      consortium: [
        { organizationId: "a", role: "lead" },
        { organizationId: "b", role: "lead" },
      ],
    }),
  },
  {
    name: "budget line of an unknown funder",
    code: "project.unknown_funder",
    apply: (p) => ({
      ...p,
      budgetLines: [{ code: "X", label: { fr: "X" }, amount: { amount: 1, currency: "MAD" }, funderId: "nobody" }],
    }),
  },
];

function corrupted<T>(
  valid: fc.Arbitrary<T>,
  catalogue: readonly Corruption<T>[],
  asOf: IsoDate,
): fc.Arbitrary<Corrupted> {
  return fc
    .tuple(valid, fc.constantFrom(...catalogue))
    .map(([value, c]) => ({ value: c.apply(value, asOf), code: c.code, corruption: c.name }));
}

/**
 * Arbitrary invalid organizations: a valid one broken by one corruption of
 * {@link organizationCorruptions}, with the code validation must report.
 *
 * @param options - `asOf` to validate with (default `"2025-12-31"`).
 * @returns an arbitrary of {@link Corrupted} values.
 * @example
 * ```ts
 * fc.assert(fc.property(invalidOrganizationArbitrary(), ({ value, code }) => {
 *   const r = validateOrganization(value, { asOf: "2025-12-31" });
 *   return !r.ok && r.issues.some((i) => i.code === code);
 * }));
 * ```
 */
export function invalidOrganizationArbitrary(options: ArbitraryOptions = {}): fc.Arbitrary<Corrupted> {
  const asOf = options.asOf ?? "2025-12-31";
  return corrupted(organizationArbitrary({ asOf }), organizationCorruptions, asOf);
}

/**
 * Arbitrary invalid persons, from {@link personCorruptions}.
 *
 * @param options - `asOf` to validate with (default `"2025-12-31"`).
 * @returns an arbitrary of {@link Corrupted} values.
 * @example
 * ```ts
 * fc.sample(invalidPersonArbitrary(), 1);
 * ```
 */
export function invalidPersonArbitrary(options: ArbitraryOptions = {}): fc.Arbitrary<Corrupted> {
  const asOf = options.asOf ?? "2025-12-31";
  return corrupted(personArbitrary({ asOf }), personCorruptions, asOf);
}

/**
 * Arbitrary invalid partnership agreements, from {@link partnershipAgreementCorruptions}.
 *
 * @param options - `asOf` to validate with (default `"2025-12-31"`).
 * @returns an arbitrary of {@link Corrupted} values.
 * @example
 * ```ts
 * fc.sample(invalidPartnershipAgreementArbitrary(), 1);
 * ```
 */
export function invalidPartnershipAgreementArbitrary(options: ArbitraryOptions = {}): fc.Arbitrary<Corrupted> {
  const asOf = options.asOf ?? "2025-12-31";
  return corrupted(partnershipAgreementArbitrary({ asOf }), partnershipAgreementCorruptions, asOf);
}

/**
 * Arbitrary invalid projects, from {@link projectCorruptions}.
 *
 * @param options - `asOf` to validate with (default `"2025-12-31"`).
 * @returns an arbitrary of {@link Corrupted} values.
 * @example
 * ```ts
 * fc.sample(invalidProjectArbitrary(), 1);
 * ```
 */
export function invalidProjectArbitrary(options: ArbitraryOptions = {}): fc.Arbitrary<Corrupted> {
  const asOf = options.asOf ?? "2025-12-31";
  return corrupted(projectArbitrary({ asOf }), projectCorruptions, asOf);
}
