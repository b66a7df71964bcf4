import type { MessageTemplate } from "../i18n/locale.js";

/** Messages of the identifier parsers (RIB, IBAN, ICE, CIN, phone, e-mail, org-id), keyed by issue code. */
export const identifierMessages = {
  "rib.format": {
    ar: "يجب أن يتكون رقم الحساب البنكي (RIB) من 24 رقما.",
    fr: "Le RIB doit comporter 24 chiffres.",
    en: "A RIB has 24 digits.",
  },
} as const satisfies Record<string, MessageTemplate>;
