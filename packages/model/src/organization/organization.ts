import * as z from "zod";
import { coded } from "../coded.js";
import { IsoDateSchema } from "../date.js";
import { GoverningBodySchema } from "../governance/governingBody.js";
import { IdSchema } from "../id.js";
import { OrgIdentifierSchema } from "../identifiers/index.js";
import { defineEnumeration } from "../labels.js";
import { MultilingualTextSchema } from "../multilingual.js";
import { personal } from "../personalData.js";
import { AddressSchema } from "./address.js";
import { BankAccountSchema } from "./bankAccount.js";
import { ContactSchema } from "./contact.js";
import { CooperativeDetailsSchema } from "./cooperative.js";
import { FieldOfAction } from "./fieldOfAction.js";
import { LegalForm } from "./legalForm.js";
import { LifecycleSchema } from "./lifecycle.js";
import { TargetGroup } from "./targetGroup.js";

/**
 * Schema of a founder: a person or an organization (for networks), by id, or
 * by name as written in the founding minutes.
 */
export const FounderSchema = z.union([
  z.strictObject({ personId: IdSchema }),
  z.strictObject({ organizationId: IdSchema }),
  z.strictObject({ name: personal(MultilingualTextSchema) }),
]);

/** A founder; see {@link FounderSchema}. */
export type Founder = z.infer<typeof FounderSchema>;

/** Schema of a name the organization bore until a date. */
export const FormerNameSchema = z.strictObject({
  name: MultilingualTextSchema,
  until: IsoDateSchema,
});

/** A former name; see {@link FormerNameSchema}. */
export type FormerName = z.infer<typeof FormerNameSchema>;

/** Kinds of changes an association declares to the authorities, with labels in ar, fr and en. */
export const DeclarationKind = defineEnumeration("declarationKind", {
  "governing-body-change": {
    ar: "تجديد أو تغيير الأجهزة المسيرة",
    fr: "Changement des organes dirigeants",
    en: "Change of governing body",
  },
  "statutes-change": { ar: "تعديل القانون الأساسي", fr: "Modification des statuts", en: "Change of statutes" },
  "seat-change": { ar: "تغيير المقر", fr: "Transfert du siège", en: "Change of seat" },
  "name-change": { ar: "تغيير الاسم", fr: "Changement de dénomination", en: "Change of name" },
  "branch-creation": {
    ar: "إحداث فروع أو مؤسسات تابعة",
    fr: "Création de filiales ou d'établissements",
    en: "Creation of branches or establishments",
  },
});

/** A declaration kind; see {@link DeclarationKind}. */
export type DeclarationKindValue = (typeof DeclarationKind.values)[number];

/**
 * Schema of a change that must be declared to the authorities: of the
 * governing body, of the statutes, of the seat or of the name, or the
 * creation of branches or establishments.
 *
 * @remarks Dahir 1-58-376, art. 5: changes in the administration or the
 * statutes, and the creation of branches or establishments, are declared
 * within one month. A declaration after that month, or
 * none once it has passed (against `asOf`), is reported as a warning
 * (`association.declaration_late`, `association.declaration_overdue`).
 */
export const DeclarationSchema = z.strictObject({
  kind: DeclarationKind.schema,
  changedOn: IsoDateSchema,
  declaredOn: IsoDateSchema.optional(),
  receiptOn: IsoDateSchema.optional(),
});

/** A change to declare; see {@link DeclarationSchema}. */
export type Declaration = z.infer<typeof DeclarationSchema>;

const unique = <T extends z.ZodType<string>>(item: T, max: number) =>
  z
    .array(item)
    .max(max)
    .refine((xs) => new Set(xs).size === xs.length, { params: coded("schema.duplicate") });

/**
 * Schema of an organization: an association, cooperative, network, federation,
 * union, foundation, or one of the partners and funders civil society works with.
 *
 * @remarks Besides its shape, `validateOrganization` checks the rules of
 * Moroccan law and consistency rules: at least two founders for the
 * associative forms (Dahir 1-58-376, art. 1); legal-life dates in order and
 * changes declared within a month (art. 5); one president and one treasurer at
 * any date on boards; cooperative capital and share minimums (Law 112-12);
 * member organizations only for groupings; past dates not after `asOf`.
 * @example
 * ```ts
 * const org = {
 *   id: "assoc-amal-safi",
 *   legalForm: "association",
 *   name: { ar: "جمعية الأمل للتنمية", fr: "Association Al Amal pour le développement" },
 *   fieldsOfAction: ["social", "women"],
 *   seat: { regionCode: "07", provinceCode: "07.421" },
 *   foundedOn: "2012-03-04",
 * };
 * OrganizationSchema.safeParse(org).success; // true
 * ```
 */
export const OrganizationSchema = z.strictObject({
  id: IdSchema,
  legalForm: LegalForm.schema,
  name: MultilingualTextSchema,
  acronym: MultilingualTextSchema.optional(),
  identifiers: z.array(OrgIdentifierSchema).max(20).optional(),
  purpose: MultilingualTextSchema.optional(),
  fieldsOfAction: unique(FieldOfAction.schema, 40).optional(),
  targetGroups: unique(TargetGroup.schema, 40).optional(),
  seat: AddressSchema.optional(),
  foundedOn: IsoDateSchema.optional(),
  lifecycle: LifecycleSchema.optional(),
  formerNames: z.array(FormerNameSchema).max(50).optional(),
  contacts: z.array(ContactSchema).max(50).optional(),
  bankAccount: BankAccountSchema.optional(),
  cooperative: CooperativeDetailsSchema.optional(),
  founders: z.array(FounderSchema).max(10000).optional(),
  parentId: IdSchema.optional(),
  memberOrganizationIds: unique(IdSchema, 100000).optional(),
  governingBodies: z.array(GoverningBodySchema).max(50).optional(),
  declarations: z.array(DeclarationSchema).max(500).optional(),
});

/** An organization; see {@link OrganizationSchema}. */
export type Organization = z.infer<typeof OrganizationSchema>;
