import * as z from "zod";
import { addDaysToDate, type IsoDate, IsoDateSchema } from "../date.js";
import { defineEnumeration } from "../labels.js";
import { ASSOCIATIVE_FORMS, type LegalFormValue } from "./legalForm.js";

/**
 * Schema of the dates of an organization's legal life: declaration to the
 * local authority, provisional and final receipts, recognition of public
 * utility, suspension (and resumption) and dissolution.
 *
 * @remarks Dahir 1-58-376, art. 5: the declaration is filed with the local
 * authority, which hands a provisional receipt at once and the final receipt
 * within 60 days. The dates must follow that order (`lifecycle.order`).
 * @example
 * ```ts
 * LifecycleSchema.parse({ declaredOn: "2024-01-10", provisionalReceiptOn: "2024-01-10" });
 * ```
 */
export const LifecycleSchema = z.strictObject({
  declaredOn: IsoDateSchema.optional(),
  provisionalReceiptOn: IsoDateSchema.optional(),
  finalReceiptOn: IsoDateSchema.optional(),
  publicUtilityOn: IsoDateSchema.optional(),
  suspendedOn: IsoDateSchema.optional(),
  resumedOn: IsoDateSchema.optional(),
  dissolvedOn: IsoDateSchema.optional(),
});

/** Legal-life dates; see {@link LifecycleSchema}. */
export type Lifecycle = z.infer<typeof LifecycleSchema>;

/**
 * Legal statuses an organization can be in on a date, with labels.
 *
 * @remarks `may-operate`: the provisional receipt is more than 60 days old and
 * no final receipt is recorded; the association may then carry out its
 * activities as its statutes provide (Dahir 1-58-376, art. 5).
 */
export const LegalStatus = defineEnumeration("legalStatus", {
  unknown: { ar: "غير محدد", fr: "Inconnu", en: "Unknown" },
  founded: { ar: "مؤسسة (قبل التصريح)", fr: "Constituée (avant déclaration)", en: "Founded (not yet declared)" },
  declared: { ar: "مصرح بها", fr: "Déclarée", en: "Declared" },
  "provisional-receipt": { ar: "وصل مؤقت", fr: "Récépissé provisoire", en: "Provisional receipt" },
  "may-operate": {
    ar: "يحق لها ممارسة نشاطها (انقضاء أجل الوصل النهائي)",
    fr: "Peut exercer (délai du récépissé définitif écoulé)",
    en: "May operate (final-receipt deadline passed)",
  },
  "final-receipt": { ar: "وصل نهائي", fr: "Récépissé définitif", en: "Final receipt" },
  "public-utility": { ar: "ذات منفعة عامة", fr: "Reconnue d'utilité publique", en: "Public utility" },
  suspended: { ar: "موقوفة", fr: "Suspendue", en: "Suspended" },
  dissolved: { ar: "منحلة", fr: "Dissoute", en: "Dissolved" },
});

/** A legal status; see {@link LegalStatus}. */
export type LegalStatusValue = (typeof LegalStatus.values)[number];

/** Days the authority has to hand the final receipt (Dahir 1-58-376, art. 5). */
export const FINAL_RECEIPT_DAYS = 60;

/**
 * The date by which the final receipt is due: 60 days after the provisional receipt.
 *
 * @param lifecycle - the organization's legal-life dates.
 * @returns the due date, or `undefined` without a provisional receipt.
 * @remarks Dahir 1-58-376, art. 5.
 * @example
 * ```ts
 * finalReceiptDueOn({ provisionalReceiptOn: "2025-03-01" }); // "2025-04-30"
 * ```
 * @throws TypeError (or another exception) when given a value its type rules out: typed-only, it does not check
 * its arguments; pass only values that have the declared types (validate untrusted data first).
 */
export function finalReceiptDueOn(lifecycle: Lifecycle): IsoDate | undefined {
  return lifecycle.provisionalReceiptOn === undefined
    ? undefined
    : addDaysToDate(lifecycle.provisionalReceiptOn, FINAL_RECEIPT_DAYS);
}

/** The part of an organization {@link legalStatusOn} reads. */
export interface LegalStatusInput {
  readonly legalForm: LegalFormValue;
  readonly foundedOn?: IsoDate | undefined;
  readonly lifecycle?: Lifecycle | undefined;
}

const on = (date: IsoDate | undefined, asOf: IsoDate): boolean => date !== undefined && date <= asOf;

/**
 * The legal status of an organization on a date.
 *
 * @param organization - its legal form, founding date and legal-life dates.
 * @param asOf - the date to read the status on (`YYYY-MM-DD`).
 * @returns the status: dissolved, suspended (unless resumed since), public
 * utility, final receipt, may operate, provisional receipt, declared, founded
 * or unknown, the first that applies.
 * @remarks Dahir 1-58-376, art. 5: an association whose final receipt has not
 * come 60 days after the provisional one may operate as its statutes provide;
 * that reading applies to the associative forms (association, network,
 * federation, union) only.
 * @example
 * ```ts
 * legalStatusOn({ legalForm: "association", lifecycle: { provisionalReceiptOn: "2025-03-01" } }, "2025-05-01"); // "may-operate"
 * ```
 * @throws TypeError (or another exception) when given a value its type rules out: typed-only, it does not check
 * its arguments; pass only values that have the declared types (validate untrusted data first).
 */
export function legalStatusOn(organization: LegalStatusInput, asOf: IsoDate): LegalStatusValue {
  const l = organization.lifecycle ?? {};
  if (on(l.dissolvedOn, asOf)) return "dissolved";
  if (on(l.suspendedOn, asOf) && !(on(l.resumedOn, asOf) && (l.resumedOn ?? "") >= (l.suspendedOn ?? ""))) {
    return "suspended";
  }
  if (on(l.publicUtilityOn, asOf)) return "public-utility";
  if (on(l.finalReceiptOn, asOf)) return "final-receipt";
  if (on(l.provisionalReceiptOn, asOf)) {
    const due = finalReceiptDueOn(l);
    if (ASSOCIATIVE_FORMS.includes(organization.legalForm) && due !== undefined && asOf > due) return "may-operate";
    return "provisional-receipt";
  }
  if (on(l.declaredOn, asOf)) return "declared";
  if (on(organization.foundedOn, asOf)) return "founded";
  return "unknown";
}
