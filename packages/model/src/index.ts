/**
 * `@madani/model`: the validated domain model of civil-society organizations.
 *
 * Entities as zod schemas with inferred types and validation entry points,
 * Moroccan identifiers (RIB, IBAN, ICE, CIN, phone), legal rules, money,
 * dates, multilingual text, enumerations with labels in ar, fr and en.
 * Geography lives at `@madani/model/geo`; fast-check arbitraries at
 * `@madani/model/testing`.
 *
 * @packageDocumentation
 * @module @madani/model
 */

export type {
  AgreementParty,
  AgreementStatusValue,
  Contribution,
  ContributionKindValue,
  Milestone,
  MilestoneStatusValue,
  PartnershipAgreement,
  PartyRoleValue,
  RenewalModeValue,
} from "./agreement/partnershipAgreement.js";
export {
  AgreementPartySchema,
  AgreementStatus,
  ContributionKind,
  ContributionSchema,
  MilestoneSchema,
  MilestoneStatus,
  PartnershipAgreementSchema,
  PartyRole,
  RenewalMode,
} from "./agreement/partnershipAgreement.js";
export type { MilestonePayment } from "./agreement/payments.js";
export { milestonePayments } from "./agreement/payments.js";
export type { Transaction, TransactionKindValue } from "./agreement/transaction.js";
export { TRANSACTION_IATI_CODES, TransactionKind, TransactionSchema } from "./agreement/transaction.js";
export type { BoundaryIssueCode } from "./boundary.js";
export { atBoundary, guardInput, localeOfOptions, readOptions, unreadable } from "./boundary.js";
export { CODE_PREFIX, coded, codedError } from "./coded.js";
export type { IsoDate } from "./date.js";
export { addDaysToDate, addMonthsToDate, daysBetween, IsoDateSchema } from "./date.js";
export type { EntityName } from "./entities.js";
export { ENTITY_SCHEMAS } from "./entities.js";
export { ENUMERATIONS } from "./enumerations.js";
export type { Facility, FacilityKindValue } from "./facility/facility.js";
export { FacilityKind, FacilitySchema } from "./facility/facility.js";
export { foldText } from "./fold.js";
export type { GoverningBody, GoverningBodyKindValue } from "./governance/governingBody.js";
export { BOARD_KINDS, GoverningBodyKind, GoverningBodySchema } from "./governance/governingBody.js";
export type { Mandate, MandateRoleValue } from "./governance/mandate.js";
export { MandateRole, MandateSchema } from "./governance/mandate.js";
export type { Locale, MessageParams, MessageTemplate } from "./i18n/locale.js";
export { DEFAULT_LOCALE, formatMessage, isLocale, LOCALES } from "./i18n/locale.js";
export { schemaMessages } from "./i18n/schemaMessages.js";
export type { Id } from "./id.js";
export { IdSchema } from "./id.js";
export type {
  Cin,
  Email,
  Iban,
  Ice,
  IdentifierOptions,
  OrgId,
  OrgIdentifier,
  OrgIdOptions,
  Phone,
  PhoneCountry,
  PhoneKind,
  PhoneOptions,
  Rib,
} from "./identifiers/index.js";
export {
  CinSchema,
  EmailSchema,
  formatOrgId,
  IbanSchema,
  IceSchema,
  isValidIban,
  isValidIce,
  isValidRib,
  OrgIdentifierSchema,
  OrgIdScheme,
  PHONE_COUNTRIES,
  PhoneSchema,
  parseCin,
  parseEmail,
  parseIban,
  parseIce,
  parseOrgId,
  parsePhone,
  parseRib,
  RibSchema,
} from "./identifiers/index.js";
export { identifierMessages } from "./identifiers/messages.js";
export { toLatinDigits } from "./internal/text.js";
export type { IssueCode } from "./issueCodes.js";
export type { IssueExtras } from "./issues.js";
export { makeIssue } from "./issues.js";
export type { Enumeration, Labels } from "./labels.js";
export { defineEnumeration, labelOf } from "./labels.js";
export type { MemberKindValue, Membership, MembershipStatusValue, MembershipType } from "./membership/membership.js";
export {
  LEFT_STATUSES,
  MemberKind,
  MembershipSchema,
  MembershipStatus,
  MembershipTypeSchema,
} from "./membership/membership.js";
export type { Money } from "./money.js";
export { MoneyError, MoneySchema, mad, NonNegativeMoneySchema, splitMoney, sumMoney } from "./money.js";
export type { MultilingualText, TextLocale } from "./multilingual.js";
export { isStorableText, MultilingualTextSchema, storableText, textIn } from "./multilingual.js";
export { compareCodePoints } from "./order.js";
export type { Address } from "./organization/address.js";
export { AddressSchema } from "./organization/address.js";
export type { BankAccount } from "./organization/bankAccount.js";
export { BankAccountSchema } from "./organization/bankAccount.js";
export type { Contact, SocialNetworkValue } from "./organization/contact.js";
export { ContactSchema, SocialNetwork } from "./organization/contact.js";
export type { CooperativeDetails } from "./organization/cooperative.js";
export { CooperativeDetailsSchema } from "./organization/cooperative.js";
export type { FieldOfActionValue } from "./organization/fieldOfAction.js";
export { FieldOfAction } from "./organization/fieldOfAction.js";
export type { LegalFormValue } from "./organization/legalForm.js";
export { ASSOCIATIVE_FORMS, GROUPING_FORMS, LegalForm } from "./organization/legalForm.js";
export type { LegalStatusInput, LegalStatusValue, Lifecycle } from "./organization/lifecycle.js";
export {
  FINAL_RECEIPT_DAYS,
  finalReceiptDueOn,
  LegalStatus,
  LifecycleSchema,
  legalStatusOn,
} from "./organization/lifecycle.js";
export type {
  Declaration,
  DeclarationKindValue,
  FormerName,
  Founder,
  Organization,
} from "./organization/organization.js";
export {
  DeclarationKind,
  DeclarationSchema,
  FormerNameSchema,
  FounderSchema,
  OrganizationSchema,
} from "./organization/organization.js";
export type { TargetGroupValue } from "./organization/targetGroup.js";
export { TargetGroup } from "./organization/targetGroup.js";
export type { Period } from "./period.js";
export { PeriodSchema } from "./period.js";
export type { Person, SexValue } from "./person/person.js";
export { PersonSchema, Sex } from "./person/person.js";
export type { RedactOptions } from "./personalData.js";
export {
  isPersonalData,
  isPersonalPath,
  PERSONAL_DATA_KEY,
  personal,
  personalDataPaths,
  redactPersonalData,
} from "./personalData.js";
export type { BudgetLine, ConsortiumRoleValue, Project } from "./project/project.js";
export { BudgetLineSchema, ConsortiumRole, ProjectSchema } from "./project/project.js";
export type { DeepReadonly } from "./readonly.js";
export type { Failure, Issue, IssuePath, Ok, Result, Severity, ValidationResult, ValidOk } from "./result.js";
export { SINGLE_HOLDER_ROLES } from "./rules/board.js";
export { ruleMessages } from "./rules/messages.js";
export type { ValidateOrganizationOptions } from "./rules/organization.js";
export {
  COOPERATIVE_DEFAULT_MIN_MEMBERS,
  COOPERATIVE_MIN_CAPITAL,
  COOPERATIVE_MIN_SHARE,
} from "./rules/organization.js";
export {
  validateFacility,
  validateGoverningBody,
  validateMembership,
  validateMembershipType,
  validateOrganization,
  validatePartnershipAgreement,
  validatePerson,
  validateProject,
} from "./validate.js";
export type { ValidateOptions } from "./validation.js";
export type { CoreIssueCode, Rule, RuleContext } from "./validator.js";
export { createValidator, WARNING } from "./validator.js";
