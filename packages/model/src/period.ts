import * as z from "zod";
import { IsoDateSchema } from "./date.js";

/**
 * Schema of a span of calendar days, both ends inclusive; the end may be open.
 *
 * @example
 * ```ts
 * PeriodSchema.parse({ startOn: "2025-01-01", endOn: "2029-12-31" });
 * ```
 */
export const PeriodSchema = z.strictObject({
  startOn: IsoDateSchema,
  endOn: IsoDateSchema.optional(),
});

/** A span of days; see {@link PeriodSchema}. */
export type Period = z.infer<typeof PeriodSchema>;
