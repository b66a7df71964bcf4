import * as z from "zod";
import { IsoDateSchema } from "../date.js";
import { IdSchema } from "../id.js";
import { defineEnumeration } from "../labels.js";
import { MultilingualTextSchema } from "../multilingual.js";
import { personal } from "../personalData.js";

/**
 * Roles held in a governing body, with labels in ar, fr and en.
 *
 * @example
 * ```ts
 * labelOf(MandateRole, "treasurer", "ar"); // "أمين المال"
 * ```
 */
export const MandateRole = defineEnumeration("mandateRole", {
  president: { ar: "الرئيس", fr: "Président", en: "President" },
  "vice-president": { ar: "نائب الرئيس", fr: "Vice-président", en: "Vice-president" },
  "secretary-general": { ar: "الكاتب العام", fr: "Secrétaire général", en: "Secretary-general" },
  "deputy-secretary-general": {
    ar: "نائب الكاتب العام",
    fr: "Secrétaire général adjoint",
    en: "Deputy secretary-general",
  },
  treasurer: { ar: "أمين المال", fr: "Trésorier", en: "Treasurer" },
  "deputy-treasurer": { ar: "نائب أمين المال", fr: "Trésorier adjoint", en: "Deputy treasurer" },
  advisor: { ar: "مستشار", fr: "Conseiller", en: "Advisor" },
  member: { ar: "عضو", fr: "Membre", en: "Member" },
});

/** A mandate role; see {@link MandateRole}. */
export type MandateRoleValue = (typeof MandateRole.values)[number];

/**
 * Schema of a mandate: a person (by id, with the name as written in the
 * minutes when useful) holds a role from a start date to an optional end date
 * (inclusive).
 *
 * @remarks A mandate ends on or after it starts (`mandate.end_before_start`);
 * the board rules are checked on the governing body. `startOn` is left out when
 * the start is not known (a board listed in a registry without any date): such
 * a mandate counts as held, and the date rules (overlap, a president and a
 * treasurer at every date) do not apply to it.
 * @example
 * ```ts
 * MandateSchema.parse({ personId: "p-1", role: "president", startOn: "2024-06-15", endOn: "2028-06-14" });
 * ```
 */
export const MandateSchema = z.strictObject({
  personId: IdSchema,
  personName: personal(MultilingualTextSchema).optional(),
  role: MandateRole.schema,
  startOn: IsoDateSchema.optional(),
  endOn: IsoDateSchema.optional(),
  electedOn: IsoDateSchema.optional(),
});

/** A mandate; see {@link MandateSchema}. */
export type Mandate = z.infer<typeof MandateSchema>;
