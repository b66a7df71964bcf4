import type { geoMessages } from "./geo/messages.js";
import type { schemaMessages } from "./i18n/schemaMessages.js";
import type { identifierMessages } from "./identifiers/messages.js";
import type { ruleMessages } from "./rules/messages.js";

/**
 * Every stable issue code Madani's model can report.
 *
 * @remarks Codes are dotted, lower-case and never renamed within a major
 * version: `schema.*` for shape problems found by the zod schemas,
 * `text.invalid_character` for text that holds U+0000 or an unpaired surrogate,
 * identifier codes (`rib.*`, `iban.*`, `ice.*`, `cin.*`, `phone.*`, `email.*`,
 * `orgId.*`), rule codes named after the entity (`association.*`, `board.*`,
 * `cooperative.*`, `agreement.*`, …) and `geo.*` for place look-ups.
 */
export type IssueCode =
  | keyof typeof schemaMessages
  | keyof typeof identifierMessages
  | keyof typeof ruleMessages
  | keyof typeof geoMessages;
