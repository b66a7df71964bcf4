import * as z from "zod";
import { IsoDateSchema } from "../date.js";
import { IdSchema } from "../id.js";
import { defineEnumeration } from "../labels.js";
import { NonNegativeMoneySchema } from "../money.js";
import { MultilingualTextSchema } from "../multilingual.js";

/** Statuses of a membership, with labels in ar, fr and en. */
export const MembershipStatus = defineEnumeration("membershipStatus", {
  pending: { ar: "في انتظار القبول", fr: "En attente", en: "Pending" },
  active: { ar: "نشيطة", fr: "Active", en: "Active" },
  suspended: { ar: "موقوفة", fr: "Suspendue", en: "Suspended" },
  lapsed: { ar: "منتهية لعدم التجديد", fr: "Échue", en: "Lapsed" },
  resigned: { ar: "استقالة", fr: "Démission", en: "Resigned" },
  excluded: { ar: "مطرود", fr: "Exclu", en: "Excluded" },
  deceased: { ar: "متوفى", fr: "Décédé", en: "Deceased" },
});

/** A membership status; see {@link MembershipStatus}. */
export type MembershipStatusValue = (typeof MembershipStatus.values)[number];

/** Statuses that mean the member has left, so a `leftOn` date is required. */
export const LEFT_STATUSES: readonly MembershipStatusValue[] = Object.freeze(["resigned", "excluded", "deceased"]);

/** Who may hold a membership type, with labels in ar, fr and en. */
export const MemberKind = defineEnumeration("memberKind", {
  person: { ar: "شخص ذاتي", fr: "Personne physique", en: "Person" },
  organization: { ar: "هيئة", fr: "Organisation", en: "Organization" },
  any: { ar: "شخص ذاتي أو هيئة", fr: "Personne ou organisation", en: "Person or organization" },
});

/** A member kind; see {@link MemberKind}. */
export type MemberKindValue = (typeof MemberKind.values)[number];

/**
 * Schema of a membership type an organization offers: its name, fee, duration
 * and who may hold it.
 *
 * @example
 * ```ts
 * MembershipTypeSchema.parse({ id: "active", organizationId: "org-1", name: { fr: "Membre actif" }, fee: mad(10000), durationMonths: 12, memberKind: "person" });
 * ```
 */
export const MembershipTypeSchema = z.strictObject({
  id: IdSchema,
  organizationId: IdSchema,
  name: MultilingualTextSchema,
  fee: NonNegativeMoneySchema.optional(),
  durationMonths: z.int().min(1).max(1200).optional(),
  memberKind: MemberKind.schema,
});

/** A membership type; see {@link MembershipTypeSchema}. */
export type MembershipType = z.infer<typeof MembershipTypeSchema>;

/**
 * Schema of a membership: a person or an organization (for networks and
 * federations) is a member of an organization from a date, with a type and status.
 *
 * @remarks Left members have a `leftOn` date (`membership.left_on_missing`),
 * which is not before `joinedOn` (`membership.left_before_joined`); an active
 * membership has no `leftOn` (`membership.status_conflict`); an organization is
 * not its own member (`membership.self`).
 * @example
 * ```ts
 * MembershipSchema.parse({ id: "m-1", organizationId: "net-1", member: { kind: "organization", organizationId: "org-7" }, status: "active", joinedOn: "2023-02-01" });
 * ```
 */
export const MembershipSchema = z.strictObject({
  id: IdSchema,
  organizationId: IdSchema,
  member: z.discriminatedUnion("kind", [
    z.strictObject({ kind: z.literal("person"), personId: IdSchema }),
    z.strictObject({ kind: z.literal("organization"), organizationId: IdSchema }),
  ]),
  typeId: IdSchema.optional(),
  status: MembershipStatus.schema,
  joinedOn: IsoDateSchema,
  leftOn: IsoDateSchema.optional(),
  feePaidUntil: IsoDateSchema.optional(),
});

/** A membership; see {@link MembershipSchema}. */
export type Membership = z.infer<typeof MembershipSchema>;
