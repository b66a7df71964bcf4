import type { MessageTemplate } from "../i18n/locale.js";

/** Messages of the place look-ups of `@madani/model/geo`, keyed by issue code. */
export const geoMessages = {
  "geo.not_found": {
    ar: "لم يتم العثور على أي مكان يطابق «{query}».",
    fr: "Aucun lieu ne correspond à « {query} ».",
    en: "No place matches “{query}”.",
  },
} as const satisfies Record<string, MessageTemplate>;
