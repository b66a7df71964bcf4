import {
  type CoreIssueCode,
  createValidator,
  defineEnumeration,
  IdSchema,
  IsoDateSchema,
  MultilingualTextSchema,
  type ValidateOptions,
  type ValidationResult,
} from "@madani/model";
import * as z from "zod";

/**
 * Awards an institution can receive, with labels in ar, fr and en.
 *
 * @remarks The honour shield (درع) is what Moroccan networks give to their model
 * institutions each year; trophies, medals, prizes and certificates of merit are the
 * other usual awards of forums and competitions.
 * @example
 * ```ts
 * labelOf(HonourAward, "shield", "ar"); // "درع"
 * ```
 */
export const HonourAward = defineEnumeration("honourAward", {
  shield: { ar: "درع", fr: "Bouclier", en: "Shield" },
  trophy: { ar: "جائزة", fr: "Trophée", en: "Trophy" },
  medal: { ar: "وسام", fr: "Médaille", en: "Medal" },
  prize: { ar: "جائزة مالية", fr: "Prix", en: "Prize" },
  "certificate-of-merit": { ar: "شهادة تقدير", fr: "Certificat de mérite", en: "Certificate of merit" },
});

/** An award; see {@link HonourAward}. */
export type HonourAwardValue = (typeof HonourAward.values)[number];

/**
 * Schema of an honour: a model institution (a cooperative, an association) awarded a
 * shield or a trophy in a year, with the reason.
 *
 * @remarks `institution` is the institution's name as announced (not personal data: honours
 * go to organizations); `organizationId` links it to an `Organization` of `@madani/model`.
 * `title` is the distinction, e.g. `{ ar: "مؤسسة نموذجية", fr: "Institution modèle" }`;
 * `awardedBy` the body that awards it; `eventId` the event where it was awarded.
 * @example
 * ```ts
 * HonourSchema.parse({
 *   institution: { ar: "تعاونية نساء العونات" },
 *   award: "shield",
 *   year: 2024,
 *   reason: { ar: "نموذج رائد في تمكين المرأة وتحقيق الاستقلال الاقتصادي للنساء في المناطق الريفية" },
 * });
 * ```
 */
export const HonourSchema = z.strictObject({
  id: IdSchema.optional(),
  organizationId: IdSchema.optional(),
  institution: MultilingualTextSchema,
  place: MultilingualTextSchema.optional(),
  award: HonourAward.schema,
  title: MultilingualTextSchema.optional(),
  year: z.number().int().min(1900).max(2200),
  reason: MultilingualTextSchema,
  awardedBy: MultilingualTextSchema.optional(),
  awardedOn: IsoDateSchema.optional(),
  eventId: IdSchema.optional(),
});

/** An honour; see {@link HonourSchema}. */
export type Honour = z.infer<typeof HonourSchema>;

const validate = createValidator(HonourSchema, []);

/**
 * Validate an honour.
 *
 * @param input - any value.
 * @param options - `locale` (default `"en"`), `maxIssues` (default 100).
 * @returns `{ ok: true, value, warnings }` with the {@link Honour}, or `{ ok: false, issues }`
 * with shape issues (`schema.*`). Never throws on bad input.
 * @example
 * ```ts
 * validateHonour({ institution: { ar: "تعاونية أم الربيع" }, place: { ar: "أزمور" }, award: "shield", year: 2024, reason: { ar: "…" } });
 * ```
 */
export function validateHonour(input: unknown, options?: ValidateOptions): ValidationResult<Honour, CoreIssueCode> {
  return validate(input, options);
}
