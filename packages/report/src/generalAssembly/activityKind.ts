import { defineEnumeration } from "@madani/model";

/**
 * Kinds of activities an association reports to its general assembly, with
 * labels in ar, fr and en.
 *
 * @remarks The kinds the associative press and activity reports name most:
 * trainings (دورة تكوينية), communication meetings (لقاء تواصلي), workshops and
 * round tables, forums (ملتقى), campaigns, field visits and the like.
 * @example
 * ```ts
 * labelOf(ActivityKind, "communication-meeting", "ar"); // "لقاء تواصلي"
 * ```
 */
export const ActivityKind = defineEnumeration("activityKind", {
  training: { ar: "دورة تكوينية", fr: "Formation", en: "Training" },
  workshop: { ar: "ورشة", fr: "Atelier", en: "Workshop" },
  "communication-meeting": { ar: "لقاء تواصلي", fr: "Rencontre de communication", en: "Communication meeting" },
  meeting: { ar: "اجتماع", fr: "Réunion", en: "Meeting" },
  seminar: { ar: "ندوة", fr: "Séminaire", en: "Seminar" },
  "round-table": { ar: "مائدة مستديرة", fr: "Table ronde", en: "Round table" },
  forum: { ar: "ملتقى", fr: "Forum", en: "Forum" },
  campaign: { ar: "حملة", fr: "Campagne", en: "Campaign" },
  "field-visit": { ar: "زيارة ميدانية", fr: "Visite de terrain", en: "Field visit" },
  trip: { ar: "رحلة", fr: "Sortie", en: "Trip" },
  celebration: { ar: "حفل", fr: "Cérémonie", en: "Celebration" },
  competition: { ar: "مسابقة", fr: "Concours", en: "Competition" },
  exhibition: { ar: "معرض", fr: "Exposition", en: "Exhibition" },
  distribution: { ar: "عملية توزيع", fr: "Distribution", en: "Distribution" },
  other: { ar: "نشاط آخر", fr: "Autre activité", en: "Other activity" },
});

/** An activity kind; see {@link ActivityKind}. */
export type ActivityKindValue = (typeof ActivityKind.values)[number];
