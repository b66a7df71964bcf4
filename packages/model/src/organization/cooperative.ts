import * as z from "zod";
import { MoneySchema } from "../money.js";
import { storableText } from "../multilingual.js";

/**
 * Schema of what only cooperatives have: share capital, value of one share,
 * number of members, ODCO number and the number in the local registry of
 * cooperatives kept at the court of first instance.
 *
 * @remarks Law 112-12 on cooperatives sets a minimum capital of 1,000 MAD and a
 * minimum share value of 100 MAD; `validateOrganization` checks them
 * (`cooperative.capital_min`, `cooperative.share_min`) and the minimum number of
 * members given by its `cooperativeMinMembers` option.
 * @example
 * ```ts
 * CooperativeDetailsSchema.parse({ capital: mad(500000), shareValue: mad(10000), memberCount: 7 });
 * ```
 */
export const CooperativeDetailsSchema = z.strictObject({
  capital: MoneySchema,
  shareValue: MoneySchema,
  memberCount: z.int().min(0).max(10_000_000).optional(),
  odcoNumber: storableText(z.string().trim().min(1).max(64)).optional(),
  localRegistryNumber: storableText(z.string().trim().min(1).max(64)).optional(),
});

/** Cooperative details; see {@link CooperativeDetailsSchema}. */
export type CooperativeDetails = z.infer<typeof CooperativeDetailsSchema>;
