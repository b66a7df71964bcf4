import {
  AgreementStatus,
  ContributionKind,
  MilestoneStatus,
  PartyRole,
  RenewalMode,
} from "./agreement/partnershipAgreement.js";
import { TransactionKind } from "./agreement/transaction.js";
import { FacilityKind } from "./facility/facility.js";
import { GoverningBodyKind } from "./governance/governingBody.js";
import { MandateRole } from "./governance/mandate.js";
import { OrgIdScheme } from "./identifiers/orgId.js";
import type { Enumeration } from "./labels.js";
import { MemberKind, MembershipStatus } from "./membership/membership.js";
import { SocialNetwork } from "./organization/contact.js";
import { FieldOfAction } from "./organization/fieldOfAction.js";
import { LegalForm } from "./organization/legalForm.js";
import { LegalStatus } from "./organization/lifecycle.js";
import { DeclarationKind } from "./organization/organization.js";
import { TargetGroup } from "./organization/targetGroup.js";
import { Sex } from "./person/person.js";
import { ConsortiumRole } from "./project/project.js";

/**
 * Every enumeration of the model, by name, so that apps can list values and
 * labels (form options, report legends) and tests can check the labels.
 *
 * @example
 * ```ts
 * for (const e of Object.values(ENUMERATIONS)) console.log(e.name, e.values.length);
 * ```
 */
export const ENUMERATIONS: Readonly<Record<string, Enumeration<string>>> = Object.freeze({
  legalForm: LegalForm,
  legalStatus: LegalStatus,
  fieldOfAction: FieldOfAction,
  targetGroup: TargetGroup,
  declarationKind: DeclarationKind,
  socialNetwork: SocialNetwork,
  orgIdScheme: OrgIdScheme,
  sex: Sex,
  memberKind: MemberKind,
  membershipStatus: MembershipStatus,
  governingBodyKind: GoverningBodyKind,
  mandateRole: MandateRole,
  agreementStatus: AgreementStatus,
  partyRole: PartyRole,
  contributionKind: ContributionKind,
  milestoneStatus: MilestoneStatus,
  transactionKind: TransactionKind,
  renewalMode: RenewalMode,
  consortiumRole: ConsortiumRole,
  facilityKind: FacilityKind,
} as Record<string, Enumeration<string>>);
