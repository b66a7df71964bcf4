import * as z from "zod";
import { IsoDateSchema } from "../date.js";
import { IdSchema } from "../id.js";
import { CinSchema, EmailSchema, PhoneSchema } from "../identifiers/index.js";
import { defineEnumeration } from "../labels.js";
import { MultilingualTextSchema } from "../multilingual.js";
import { AddressSchema } from "../organization/address.js";
import { personal } from "../personalData.js";

/**
 * Sex as recorded for disaggregated statistics, with labels in ar, fr and en.
 */
export const Sex = defineEnumeration("sex", {
  female: { ar: "أنثى", fr: "Femme", en: "Female" },
  male: { ar: "ذكر", fr: "Homme", en: "Male" },
});

/** A sex value; see {@link Sex}. */
export type SexValue = (typeof Sex.values)[number];

/**
 * Schema of a person: a member, founder, office holder, trainer or participant.
 *
 * @remarks The name, birth date, national ID number (CIN), phone, e-mail and
 * address are personal data (marked with `personal`, `"x-personal-data": true` in
 * the JSON Schema): exports and reports can redact them with
 * `redactPersonalData(PersonSchema, person)`. A birth date is not after `asOf`.
 * @example
 * ```ts
 * PersonSchema.parse({ id: "p-1", name: { ar: "فاطمة الزهراء", fr: "Fatima Zahra" }, sex: "female" });
 * ```
 */
export const PersonSchema = z.strictObject({
  id: IdSchema,
  name: personal(MultilingualTextSchema),
  sex: Sex.schema.optional(),
  birthDate: personal(IsoDateSchema).optional(),
  cin: personal(CinSchema).optional(),
  phone: personal(PhoneSchema).optional(),
  email: personal(EmailSchema).optional(),
  address: personal(AddressSchema).optional(),
  disability: z.boolean().optional(),
  nationality: z
    .string()
    .regex(/^[A-Z]{2}$/)
    .optional(),
});

/** A person; see {@link PersonSchema}. */
export type Person = z.infer<typeof PersonSchema>;
