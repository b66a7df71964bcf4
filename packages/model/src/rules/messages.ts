import type { MessageTemplate } from "../i18n/locale.js";

/** Messages of the business rules (Moroccan law and consistency rules), keyed by issue code. */
export const ruleMessages = {} as const satisfies Record<string, MessageTemplate>;
