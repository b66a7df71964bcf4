import * as z from "zod";
import { IdSchema } from "../id.js";
import { defineEnumeration } from "../labels.js";
import { MultilingualTextSchema } from "../multilingual.js";
import { MandateSchema } from "./mandate.js";

/**
 * Kinds of governing bodies, with labels in ar, fr and en.
 *
 * @remarks `board` is the bureau (المكتب المسير) of an association;
 * `central-bureau` the bureau of a network (المكتب المركزي); `council` the
 * associative council (المجلس الجمعوي); `volunteer-body` the volunteer body
 * (هيئة التطوع). The board rules apply to `board` and `central-bureau`.
 */
export const GoverningBodyKind = defineEnumeration("governingBodyKind", {
  "general-assembly": { ar: "الجمع العام", fr: "Assemblée générale", en: "General assembly" },
  board: { ar: "المكتب المسير", fr: "Bureau", en: "Board" },
  "central-bureau": { ar: "المكتب المركزي", fr: "Bureau central", en: "Central bureau" },
  council: { ar: "المجلس الجمعوي", fr: "Conseil associatif", en: "Associative council" },
  committee: { ar: "لجنة", fr: "Commission", en: "Committee" },
  "volunteer-body": { ar: "هيئة التطوع", fr: "Instance du bénévolat", en: "Volunteer body" },
});

/** A governing-body kind; see {@link GoverningBodyKind}. */
export type GoverningBodyKindValue = (typeof GoverningBodyKind.values)[number];

/** Kinds of bodies that must have exactly one president and one treasurer at any date. */
export const BOARD_KINDS: readonly GoverningBodyKindValue[] = Object.freeze(["board", "central-bureau"]);

/**
 * Schema of a governing body and the mandates held in it.
 *
 * @remarks For a board or central bureau, `validateGoverningBody` (and
 * `validateOrganization` for the bodies it embeds) checks that at any date
 * covered by a mandate there is exactly one president and one treasurer, and
 * that mandates of one role do not overlap.
 * @example
 * ```ts
 * GoverningBodySchema.parse({ id: "b-1", kind: "board", mandates: [] });
 * ```
 */
export const GoverningBodySchema = z.strictObject({
  id: IdSchema,
  organizationId: IdSchema.optional(),
  kind: GoverningBodyKind.schema,
  name: MultilingualTextSchema.optional(),
  mandates: z.array(MandateSchema).max(1000),
});

/** A governing body; see {@link GoverningBodySchema}. */
export type GoverningBody = z.infer<typeof GoverningBodySchema>;
