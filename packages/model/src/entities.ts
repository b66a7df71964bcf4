import { PartnershipAgreementSchema } from "./agreement/partnershipAgreement.js";
import { FacilitySchema } from "./facility/facility.js";
import { GoverningBodySchema } from "./governance/governingBody.js";
import { MembershipSchema, MembershipTypeSchema } from "./membership/membership.js";
import { OrganizationSchema } from "./organization/organization.js";
import { PersonSchema } from "./person/person.js";
import { ProjectSchema } from "./project/project.js";

/**
 * The zod schema of every entity, by the name its JSON Schema file bears
 * (`@madani/model/schema/<name>.json`).
 *
 * @remarks The JSON Schemas are generated from these at build time with zod's
 * own conversion (`z.toJSONSchema`, draft 2020-12, input shape). They describe
 * the shape, formats and personal-data markers (`"x-personal-data": true`);
 * checksums and cross-field rules are not expressible in JSON Schema, so a
 * record that passes the JSON Schema can still fail `validate…`.
 * @example
 * ```ts
 * import * as z from "zod";
 * const jsonSchema = z.toJSONSchema(ENTITY_SCHEMAS.organization, { io: "input" });
 * ```
 */
export const ENTITY_SCHEMAS = Object.freeze({
  organization: OrganizationSchema,
  person: PersonSchema,
  membership: MembershipSchema,
  "membership-type": MembershipTypeSchema,
  "governing-body": GoverningBodySchema,
  "partnership-agreement": PartnershipAgreementSchema,
  project: ProjectSchema,
  facility: FacilitySchema,
});

/** The name of an entity in {@link ENTITY_SCHEMAS}. */
export type EntityName = keyof typeof ENTITY_SCHEMAS;
