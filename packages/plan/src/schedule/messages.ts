import type { MessageTemplate } from "@madani/model";

/** Messages of the schedule's issue codes. */
export const scheduleMessages = {
  "schedule.cycle": {
    ar: "تبعيات الأنشطة تشكل حلقة مغلقة: {cycle}.",
    fr: "Les dépendances des activités forment un cycle : {cycle}.",
    en: "The activities' dependencies form a cycle: {cycle}.",
  },
  "schedule.unknown_dependency": {
    ar: "النشاط «{id}» يعتمد على نشاط غير موجود «{dependency}».",
    fr: "L'activité « {id} » dépend d'une activité inexistante « {dependency} ».",
    en: "Activity “{id}” depends on a missing activity “{dependency}”.",
  },
} as const satisfies Record<string, MessageTemplate>;

/** Issue codes of {@link scheduleMessages}. */
export type ScheduleIssueCode = keyof typeof scheduleMessages;
