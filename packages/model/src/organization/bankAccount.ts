import * as z from "zod";
import { coded } from "../coded.js";
import { IbanSchema, RibSchema } from "../identifiers/index.js";
import { storableText } from "../multilingual.js";

/**
 * Schema of a Moroccan bank account: the RIB (24 digits, checked), the IBAN
 * (`MA` + 26 characters, checked), or both; the bank's name and the holder.
 *
 * @remarks When both are given, the IBAN must carry the same RIB
 * (`bankAccount.mismatch`): a Moroccan IBAN is `MA`, two check digits and the RIB.
 * @example
 * ```ts
 * BankAccountSchema.parse({ bank: "Banque Populaire", rib: "011780000012345678901296" });
 * ```
 */
export const BankAccountSchema = z
  .strictObject({
    bank: storableText(z.string().trim().min(1).max(200)).optional(),
    holder: storableText(z.string().trim().min(1).max(300)).optional(),
    rib: RibSchema.optional(),
    iban: IbanSchema.optional(),
  })
  .refine((b) => b.rib === undefined || b.iban === undefined || b.iban.slice(4) === b.rib, {
    params: coded("bankAccount.mismatch"),
  })
  .refine((b) => b.rib !== undefined || b.iban !== undefined, { params: coded("bankAccount.missing") });

/** A bank account; see {@link BankAccountSchema}. */
export type BankAccount = z.infer<typeof BankAccountSchema>;
