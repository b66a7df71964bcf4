import * as z from "zod";
import { IsoDateSchema } from "../date.js";
import { IdSchema } from "../id.js";
import { defineEnumeration } from "../labels.js";
import { NonNegativeMoneySchema } from "../money.js";
import { MultilingualTextSchema, storableText } from "../multilingual.js";

/**
 * Kinds of financial transaction, with labels in ar, fr and en, in the terms of the IATI transaction types:
 * a commitment received or made, funds received, a disbursement (money passed on to a partner) and an
 * expenditure (money spent on goods and services).
 *
 * @remarks IATI 2.03 `TransactionType` codes: `incoming-commitment` 11, `incoming-funds` 1,
 * `outgoing-commitment` 2, `disbursement` 3, `expenditure` 4 (see {@link TRANSACTION_IATI_CODES}).
 */
export const TransactionKind = defineEnumeration("transactionKind", {
  "incoming-commitment": { ar: "التزام بالتمويل مستلم", fr: "Engagement reçu", en: "Incoming commitment" },
  "incoming-funds": { ar: "أموال مستلمة", fr: "Fonds reçus", en: "Incoming funds" },
  "outgoing-commitment": { ar: "التزام بالصرف", fr: "Engagement", en: "Outgoing commitment" },
  disbursement: { ar: "تحويل", fr: "Décaissement", en: "Disbursement" },
  expenditure: { ar: "نفقة", fr: "Dépense", en: "Expenditure" },
});

/** A transaction kind; see {@link TransactionKind}. */
export type TransactionKindValue = (typeof TransactionKind.values)[number];

/**
 * The IATI 2.03 `TransactionType` code of each kind.
 *
 * @example
 * ```ts
 * TRANSACTION_IATI_CODES.disbursement; // "3"
 * ```
 */
export const TRANSACTION_IATI_CODES: Readonly<Record<TransactionKindValue, string>> = Object.freeze({
  "incoming-commitment": "11",
  "incoming-funds": "1",
  "outgoing-commitment": "2",
  disbursement: "3",
  expenditure: "4",
});

/**
 * Schema of one entry of a transaction ledger: what kind of money movement, on which date, how much, between
 * whom, and what it pays for (a milestone of an agreement, an activity of a plan).
 *
 * @remarks The amount is non-negative money in integer minor units; the kind says the direction. `providerId`
 * and `receiverId` name organizations (or a plan's funders). `milestoneId` links a tranche paid against a
 * milestone of the same agreement; `activityId` links an activity of a plan.
 * @example
 * ```ts
 * TransactionSchema.parse({
 *   id: "t-2025-01", kind: "incoming-funds", date: "2025-03-14",
 *   amount: { amount: 15_000_000, currency: "MAD" }, providerId: "ue", milestoneId: "tranche-1",
 * });
 * ```
 */
export const TransactionSchema = z.strictObject({
  id: IdSchema,
  kind: TransactionKind.schema,
  date: IsoDateSchema,
  amount: NonNegativeMoneySchema,
  providerId: IdSchema.optional(),
  receiverId: IdSchema.optional(),
  description: MultilingualTextSchema.optional(),
  /** The number of the transfer, invoice or receipt. */
  reference: storableText(z.string().trim().min(1).max(128)).optional(),
  milestoneId: IdSchema.optional(),
  activityId: IdSchema.optional(),
});

/** A transaction; see {@link TransactionSchema}. */
export type Transaction = z.infer<typeof TransactionSchema>;
