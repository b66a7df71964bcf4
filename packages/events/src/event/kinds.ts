import { defineEnumeration, PartyRole } from "@madani/model";

/**
 * Kinds of events, with labels in ar, fr and en.
 *
 * @remarks General assemblies are ordinary (annual accounts, moral and
 * financial reports, elections) or extraordinary (statutes, dissolution,
 * merger), as the statutes of associations under Dahir 1-58-376 provide.
 * @example
 * ```ts
 * labelOf(EventKind, "training-meeting", "ar"); // "لقاء تكويني"
 * ```
 */
export const EventKind = defineEnumeration("eventKind", {
  "communication-meeting": { ar: "لقاء تواصلي", fr: "Rencontre de communication", en: "Communication meeting" },
  "general-assembly-ordinary": {
    ar: "جمع عام عادي",
    fr: "Assemblée générale ordinaire",
    en: "Ordinary general assembly",
  },
  "general-assembly-extraordinary": {
    ar: "جمع عام استثنائي",
    fr: "Assemblée générale extraordinaire",
    en: "Extraordinary general assembly",
  },
  "board-meeting": { ar: "اجتماع المكتب المسير", fr: "Réunion du bureau", en: "Board meeting" },
  "training-meeting": { ar: "لقاء تكويني", fr: "Rencontre de formation", en: "Training meeting" },
  workshop: { ar: "ورشة", fr: "Atelier", en: "Workshop" },
  "round-table": { ar: "مائدة مستديرة", fr: "Table ronde", en: "Round table" },
  forum: { ar: "ملتقى", fr: "Forum", en: "Forum" },
  fair: { ar: "معرض", fr: "Salon", en: "Fair" },
  "signing-ceremony": {
    ar: "حفل توقيع اتفاقيات",
    fr: "Cérémonie de signature",
    en: "Signing ceremony",
  },
  "award-ceremony": { ar: "حفل تتويج وتكريم", fr: "Cérémonie de remise de prix", en: "Award ceremony" },
});

/** An event kind; see {@link EventKind}. */
export type EventKindValue = (typeof EventKind.values)[number];

/**
 * Roles of an event's partners, with the labels of the same roles in
 * partnership agreements (`PartyRole` of `@madani/model`).
 *
 * @example
 * ```ts
 * labelOf(EventPartnerRole, "funder", "fr"); // "Bailleur"
 * ```
 */
export const EventPartnerRole = defineEnumeration("eventPartnerRole", {
  "co-organizer": PartyRole.labels["co-organizer"],
  funder: PartyRole.labels.funder,
  host: PartyRole.labels.host,
  "technical-partner": PartyRole.labels["technical-partner"],
});

/** An event partner role; see {@link EventPartnerRole}. */
export type EventPartnerRoleValue = (typeof EventPartnerRole.values)[number];

/**
 * Kinds of sessions in an event's programme, with labels in ar, fr and en.
 *
 * @example
 * ```ts
 * labelOf(SessionKind, "plenary", "ar"); // "جلسة عامة"
 * ```
 */
export const SessionKind = defineEnumeration("sessionKind", {
  opening: { ar: "الجلسة الافتتاحية", fr: "Séance d'ouverture", en: "Opening session" },
  plenary: { ar: "جلسة عامة", fr: "Séance plénière", en: "Plenary session" },
  presentation: { ar: "عرض", fr: "Présentation", en: "Presentation" },
  training: { ar: "دورة تكوينية", fr: "Session de formation", en: "Training session" },
  workshop: { ar: "ورشة", fr: "Atelier", en: "Workshop" },
  "round-table": { ar: "مائدة مستديرة", fr: "Table ronde", en: "Round table" },
  exhibition: { ar: "معرض", fr: "Exposition", en: "Exhibition" },
  signing: { ar: "توقيع اتفاقيات", fr: "Signature de conventions", en: "Signing of agreements" },
  ceremony: { ar: "حفل تتويج وتكريم", fr: "Cérémonie de remise de prix", en: "Award ceremony" },
  draw: { ar: "قرعة", fr: "Tirage au sort", en: "Draw" },
  break: { ar: "استراحة", fr: "Pause", en: "Break" },
  closing: { ar: "الجلسة الختامية", fr: "Séance de clôture", en: "Closing session" },
});

/** A session kind; see {@link SessionKind}. */
export type SessionKindValue = (typeof SessionKind.values)[number];

/** Session kinds that count as workshops held in a general report: workshops, round tables and trainings. */
export const WORKSHOP_KINDS: readonly SessionKindValue[] = Object.freeze(["workshop", "round-table", "training"]);
