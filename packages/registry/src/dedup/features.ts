import * as z from "zod";

/**
 * Evidence a pair of organizations is scored on: `name` (similarity of the
 * names), `nameFrequency` (how many other organizations bear the name where
 * the two are seated), `purpose` (purposes stated in the names that share
 * none, e.g. `للرياضة` and `للتنمية القروية`), `legalForm`, `commune`,
 * `foundedOn`, `board`, `phone`, `email`, `rib`, `identifier`, `address`.
 */
export const MatchFeature = z.enum([
  "name",
  "nameFrequency",
  "legalForm",
  "commune",
  "foundedOn",
  "board",
  "phone",
  "email",
  "rib",
  "identifier",
  "address",
  "purpose",
]);

/** A feature; see {@link MatchFeature}. */
export type MatchFeatureValue = z.infer<typeof MatchFeature>;

/** One piece of evidence for or against a pair: what was compared, what was found, how much it weighed. */
export interface MatchReason {
  /** What was compared. */
  readonly feature: MatchFeatureValue;
  /** Log-odds contribution: positive for a match, negative against. */
  readonly weight: number;
  /** What was found, in English words and values, e.g. `"same phone +212661234567"`. */
  readonly detail: string;
}
