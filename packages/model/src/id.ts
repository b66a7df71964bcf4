import * as z from "zod";
import { coded } from "./coded.js";
import { isStorableText } from "./multilingual.js";

/**
 * Schema of an entity identifier chosen by the application (a UUID, a
 * registry number, a slug): 1 to 128 characters with no control characters,
 * no unpaired surrogate (`text.invalid_character`) and no leading or trailing space.
 */
export const IdSchema = z
  .string()
  .min(1)
  .max(128)
  // biome-ignore lint/suspicious/noControlCharactersInRegex: identifiers exclude control characters
  .regex(/^(?! )[^\u0000-\u001F\u007F]*(?<! )$/)
  .refine(isStorableText, { params: coded("text.invalid_character") });

/** An entity identifier; see {@link IdSchema}. */
export type Id = z.infer<typeof IdSchema>;
