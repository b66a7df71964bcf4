import * as z from "zod";

/**
 * Schema of an entity identifier chosen by the application (a UUID, a
 * registry number, a slug): 1 to 128 characters with no control characters
 * and no leading or trailing space.
 */
export const IdSchema = z
  .string()
  .min(1)
  .max(128)
  // biome-ignore lint/suspicious/noControlCharactersInRegex: identifiers exclude control characters
  .regex(/^(?! )[^\u0000-\u001F\u007F]*(?<! )$/);

/** An entity identifier; see {@link IdSchema}. */
export type Id = z.infer<typeof IdSchema>;
