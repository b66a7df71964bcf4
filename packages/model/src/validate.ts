import { type PartnershipAgreement, PartnershipAgreementSchema } from "./agreement/partnershipAgreement.js";
import { type Facility, FacilitySchema } from "./facility/facility.js";
import { type GoverningBody, GoverningBodySchema } from "./governance/governingBody.js";
import {
  type Membership,
  MembershipSchema,
  type MembershipType,
  MembershipTypeSchema,
} from "./membership/membership.js";
import { type Organization, OrganizationSchema } from "./organization/organization.js";
import { type Person, PersonSchema } from "./person/person.js";
import { type Project, ProjectSchema } from "./project/project.js";
import type { ValidationResult } from "./result.js";
import { agreementRules } from "./rules/agreement.js";
import { organizationRules, type ValidateOrganizationOptions } from "./rules/organization.js";
import { facilityRules, governingBodyRules, membershipRules, personRules } from "./rules/people.js";
import { projectRules } from "./rules/project.js";
import type { ValidateOptions } from "./validation.js";
import { createValidator } from "./validator.js";

const organization = createValidator(OrganizationSchema, organizationRules);

/**
 * Check that a value is a valid organization: its shape, identifiers and the
 * rules of Moroccan law.
 *
 * @param input - any value (parsed JSON, a form, a spreadsheet row mapped to fields).
 * @param options - `locale` of the messages (default `"en"`), `asOf` date for
 * rules that depend on the date (none by default: those rules are skipped),
 * `maxIssues` (default 100), `cooperativeMinMembers` (default 5).
 * @returns `{ ok: true, value, warnings }` with the validated organization, or
 * `{ ok: false, issues }`. Never throws on bad input.
 * @remarks Rules beyond the shape, each with its issue code:
 * - `association.founders_min`: an association has at least two founders (Dahir 1-58-376, art. 1);
 * - `lifecycle.order`: declaration, provisional and final receipts, public utility follow each other (art. 5);
 * - `association.declaration_late` / `association.declaration_overdue` (warnings): changes of
 *   governing body or statutes are declared within one month (art. 5);
 * - `board.president_missing`, `board.treasurer_missing`, `board.role_overlap`,
 *   `mandate.end_before_start`: one president and one treasurer on a board at any date;
 * - `cooperative.capital_min`, `cooperative.share_min`, `cooperative.members_min`: Law 112-12;
 * - `organization.members_not_grouping`, `organization.self_reference`,
 *   `organization.cooperative_details_forbidden`: consistency of the structure;
 * - `date.in_future`: dates that record the past are not after `asOf`.
 * The status "may operate" 60 days after the provisional receipt is read with {@link legalStatusOn}.
 * @example
 * ```ts
 * const r = validateOrganization(
 *   { id: "a-1", legalForm: "association", name: { ar: "جمعية الأمل" }, founders: [{ personId: "p-1" }] },
 *   { locale: "fr" },
 * );
 * if (!r.ok) console.log(r.issues[0]?.code); // "association.founders_min"
 * ```
 */
export function validateOrganization(
  input: unknown,
  options?: ValidateOrganizationOptions,
): ValidationResult<Organization> {
  return organization(input, options);
}

const person = createValidator(PersonSchema, personRules);

/**
 * Check that a value is a valid person.
 *
 * @param input - any value.
 * @param options - `locale`, `asOf` (a birth date is not after it), `maxIssues`.
 * @returns the validated person, or the issues. Issues about personal-data
 * fields never echo the offending value.
 * @example
 * ```ts
 * validatePerson({ id: "p-1", name: { ar: "محمد أمين" }, phone: "+212661234567" }).ok; // true
 * ```
 */
export function validatePerson(input: unknown, options?: ValidateOptions): ValidationResult<Person> {
  return person(input, options);
}

const agreement = createValidator(PartnershipAgreementSchema, agreementRules);

/**
 * Check that a value is a valid partnership agreement.
 *
 * @param input - any value.
 * @param options - `locale`, `asOf` (signing and termination dates are not
 * after it; an agreement still active after its end is a warning), `maxIssues`.
 * @returns the validated agreement, or the issues.
 * @remarks Codes: `agreement.end_before_start`, `agreement.parties_min` (at least
 * two distinct organizations), `agreement.party_duplicate`, `money.negative`,
 * `agreement.contribution_amount_missing`, `agreement.signed_on_missing`,
 * `agreement.terminated_on_missing`, `agreement.status_stale` (warning),
 * `milestone.done_on_missing`, `date.in_future`.
 * @example
 * ```ts
 * const r = validatePartnershipAgreement({
 *   id: "c-1", title: { fr: "Convention" }, status: "draft",
 *   parties: [{ organizationId: "a", role: "funder" }, { organizationId: "b", role: "implementer" }],
 *   period: { startOn: "2025-01-01", endOn: "2024-12-31" },
 * });
 * r.ok; // false: agreement.end_before_start
 * ```
 */
export function validatePartnershipAgreement(
  input: unknown,
  options?: ValidateOptions,
): ValidationResult<PartnershipAgreement> {
  return agreement(input, options);
}

const project = createValidator(ProjectSchema, projectRules);

/**
 * Check that a value is a valid project.
 *
 * @param input - any value.
 * @param options - `locale`, `asOf`, `maxIssues`.
 * @returns the validated project, or the issues.
 * @remarks Codes: `project.end_before_start`, `project.lead_count` (exactly one
 * lead in a consortium), `project.currency_mismatch`, `project.budget_year_outside`,
 * `project.unknown_funder`, `milestone.done_on_missing`, `date.in_future`.
 * @example
 * ```ts
 * validateProject({ id: "p", title: { fr: "Projet" }, funders: [], consortium: [], period: { startOn: "2025-01-01" }, budgetLines: [] }).ok; // true
 * ```
 */
export function validateProject(input: unknown, options?: ValidateOptions): ValidationResult<Project> {
  return project(input, options);
}

const membership = createValidator(MembershipSchema, membershipRules);

/**
 * Check that a value is a valid membership.
 *
 * @param input - any value.
 * @param options - `locale`, `asOf`, `maxIssues`.
 * @returns the validated membership, or the issues (`membership.left_before_joined`,
 * `membership.left_on_missing`, `membership.status_conflict`, `membership.self`, `date.in_future`).
 * @example
 * ```ts
 * validateMembership({ id: "m", organizationId: "o", member: { kind: "person", personId: "p" }, status: "resigned", joinedOn: "2020-01-01" }).ok; // false
 * ```
 */
export function validateMembership(input: unknown, options?: ValidateOptions): ValidationResult<Membership> {
  return membership(input, options);
}

const membershipType = createValidator(MembershipTypeSchema, []);

/**
 * Check that a value is a valid membership type (name, fee, duration, who may hold it).
 *
 * @param input - any value.
 * @param options - `locale`, `maxIssues`.
 * @returns the validated membership type, or the issues.
 * @example
 * ```ts
 * validateMembershipType({ id: "t", organizationId: "o", name: { fr: "Membre actif" }, memberKind: "person" }).ok; // true
 * ```
 */
export function validateMembershipType(input: unknown, options?: ValidateOptions): ValidationResult<MembershipType> {
  return membershipType(input, options);
}

const governingBody = createValidator(GoverningBodySchema, governingBodyRules);

/**
 * Check that a value is a valid governing body with its mandates.
 *
 * @param input - any value.
 * @param options - `locale`, `asOf`, `maxIssues`.
 * @returns the validated body, or the issues.
 * @remarks On a board or central bureau: exactly one president and one
 * treasurer at every date a mandate covers (`board.president_missing`,
 * `board.treasurer_missing`), no overlapping mandates for a single-holder role
 * (`board.role_overlap`); every mandate ends after it starts (`mandate.end_before_start`).
 * @example
 * ```ts
 * validateGoverningBody({ id: "b", kind: "board", mandates: [{ personId: "p", role: "president", startOn: "2024-01-01" }] }).ok;
 * // false: board.treasurer_missing from 2024-01-01
 * ```
 */
export function validateGoverningBody(input: unknown, options?: ValidateOptions): ValidationResult<GoverningBody> {
  return governingBody(input, options);
}

const facility = createValidator(FacilitySchema, facilityRules);

/**
 * Check that a value is a valid facility (social-welfare center).
 *
 * @param input - any value.
 * @param options - `locale`, `asOf`, `maxIssues`.
 * @returns the validated facility, or the issues (`facility.beneficiaries_sum`, `date.in_future`).
 * @example
 * ```ts
 * validateFacility({ id: "f", kind: "dar-taleb", name: { ar: "دار الطالب" }, managingOrganizationId: "a" }).ok; // true
 * ```
 */
export function validateFacility(input: unknown, options?: ValidateOptions): ValidationResult<Facility> {
  return facility(input, options);
}
