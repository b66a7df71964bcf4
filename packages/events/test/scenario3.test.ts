/**
 * Scenario 3: the International Organization for Volunteering and Development
 * in Morocco holds a series of communication meetings with Al Achraf association for culture
 * and development (douar Fej Azrar, commune Ighzrane, Sefrou province): the second meeting
 * (24 December 2023, Meknes) follows up the first (12 November 2023), records needs and
 * problems, and offers a partnership: direct support or free trainings.
 */
import {
  buildMeetingSeries,
  carryForward,
  DEFAULT_CATALOGUE,
  type Meeting,
  meetingSeriesReport,
  validateEvent,
  validateMeeting,
} from "@madani/events";
import { describe, expect, it } from "vitest";

const organizations = [
  { id: "oitvd", legalForm: "association" as const, name: { ar: "المنظمة الدولية للعمل التطوعي والتنمية بالمغرب" } },
  {
    id: "achraf",
    legalForm: "association" as const,
    name: { ar: "جمعية الأشراف للثقافة والتنمية" },
    foundedOn: "2019-01-01",
    seat: { regionCode: "03", provinceCode: "03.451", communeCode: "03.451.03.09", douar: { ar: "دوار فج أزرار" } },
  },
];

const first: Meeting = {
  id: "m-2023-11-12",
  title: { ar: "الاجتماع الأول مع جمعية الأشراف", fr: "Première réunion avec l'association Al Achraf" },
  heldOn: "2023-11-12",
  organizationIds: ["oitvd", "achraf"],
  agenda: [{ id: "a1", title: { ar: "الوقوف على احتياجات الجمعية ومشاكلها" } }],
  decisions: [{ id: "d1", text: { ar: "عقد لقاء تواصلي ثان لتحديد شراكة" }, agendaItemId: "a1" }],
  needs: [
    { id: "n1", text: { ar: "تكوين أعضاء المكتب في التدبير الإداري والمالي" }, category: "training" },
    { id: "n2", text: { ar: "دعم تجهيز مقر الجمعية" }, category: "equipment" },
  ],
  problems: [{ id: "p1", text: { ar: "ضعف الموارد المالية للجمعية" }, category: "funding" }],
  recommendations: [],
  actions: [
    {
      id: "act-diag",
      text: { ar: "إعداد تشخيص مكتوب لحاجيات الجمعية" },
      owner: { organizationId: "achraf" },
      dueOn: "2023-12-15",
      status: "open",
    },
    {
      id: "act-offer",
      text: { ar: "إعداد عرض شراكة" },
      owner: { organizationId: "oitvd" },
      dueOn: "2023-12-20",
      status: "open",
    },
    { id: "act-visit", text: { ar: "زيارة مقر الجمعية بالدوار" }, owner: { organizationId: "oitvd" }, status: "open" },
  ],
};

const secondDraft: Meeting = {
  id: "m-2023-12-24",
  title: { ar: "اللقاء التواصلي الثاني مع جمعية الأشراف", fr: "Deuxième rencontre de communication" },
  heldOn: "2023-12-24",
  place: { ar: "مقر المنظمة بمكناس" },
  organizationIds: ["oitvd", "achraf"],
  agenda: [
    { id: "a1", title: { ar: "دورة تكوينية مقتضبة حول التدبير الإداري والمالي للجمعيات" } },
    { id: "a2", title: { ar: "الخطوط العريضة للشراكة" } },
  ],
  decisions: [{ id: "d1", text: { ar: "عقد لقاءات قادمة" }, agendaItemId: "a2" }],
  needs: [
    { id: "n1", text: { ar: "تكوينات مجانية في الرقمنة والديمقراطية التشاركية والترافع" }, category: "training" },
  ],
  problems: [],
  recommendations: [],
  actions: [
    // Updated statuses of actions from the first meeting:
    {
      id: "act-diag",
      text: { ar: "إعداد تشخيص مكتوب لحاجيات الجمعية" },
      owner: { organizationId: "achraf" },
      dueOn: "2023-12-15",
      status: "done",
      doneOn: "2023-12-10",
      fromMeetingId: "m-2023-11-12",
    },
    {
      id: "act-offer",
      text: { ar: "إعداد عرض شراكة" },
      owner: { organizationId: "oitvd" },
      dueOn: "2023-12-20",
      status: "done",
      doneOn: "2023-12-24",
      fromMeetingId: "m-2023-11-12",
    },
    // New:
    {
      id: "act-training",
      text: { ar: "برمجة دورات تكوينية مجانية" },
      owner: { organizationId: "oitvd" },
      dueOn: "2024-03-31",
      status: "open",
    },
  ],
};

describe("scenario 3: a series of communication meetings with a rural association", () => {
  const second = carryForward(first, secondDraft);

  it("carries the open actions of the first meeting into the second", () => {
    expect(validateMeeting(first).ok).toBe(true);
    expect(validateMeeting(second).ok).toBe(true);
    expect(second.previousMeetingId).toBe(first.id);
    const ids = second.actions.map((a) => a.id);
    // the action the draft left out is carried; those it lists are not duplicated
    expect(ids.filter((id) => id === "act-visit")).toHaveLength(1);
    expect(ids.filter((id) => id === "act-diag")).toHaveLength(1);
    expect(second.actions.find((a) => a.id === "act-visit")?.fromMeetingId).toBe(first.id);
    expect(secondDraft.actions.some((a) => a.id === "act-visit")).toBe(false); // input untouched
  });

  it("reports what was done since the first meeting and what stays open", () => {
    const r = buildMeetingSeries([second, first]);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.value.meetings.map((m) => m.id)).toEqual([first.id, second.id]);
    const step = r.value.steps[1];
    const openAtFirst = first.actions.filter((a) => a.status === "open").map((a) => a.id);
    expect(step?.carriedForward.map((a) => a.id).sort()).toEqual([...openAtFirst].sort());
    const doneNow = second.actions.filter((a) => a.status === "done").map((a) => a.id);
    expect(step?.completedSince.map((a) => a.id).sort()).toEqual(doneNow.sort());
    expect(step?.daysSincePrevious).toBe(42);
    expect(r.value.openActions.map((a) => a.id).sort()).toEqual(["act-training", "act-visit"]);
  });

  it("rejects a broken chain", () => {
    const r = buildMeetingSeries([second]);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.issues[0]?.code).toBe("series.unknown_previous");
  });

  it("offers free trainings whose topics belong to the capacity-building catalogue", () => {
    const topics = [
      "digitalization",
      "participatory-democracy",
      "communication",
      "advocacy",
      "administrative-financial-management",
      "self-development",
    ];
    const training = {
      id: "oitvd-trainings-2024",
      kind: "training-meeting",
      title: { ar: "دورات تكوينية مجانية لفائدة جمعية الأشراف" },
      startOn: "2024-02-10",
      endOn: "2024-02-11",
      organizerId: "oitvd",
      partners: [{ organizationId: "achraf", roles: ["host"] }],
      venues: [
        { id: "v", name: { ar: "مقر الجمعية" }, address: { provinceCode: "03.451", communeCode: "03.451.03.09" } },
      ],
      sessions: topics.map((t, i) => ({
        id: `s-${i}`,
        kind: "training",
        title: { ar: t },
        on: i < 3 ? "2024-02-10" : "2024-02-11",
        start: `${String(9 + 2 * (i % 3)).padStart(2, "0")}:00`,
        end: `${String(10 + 2 * (i % 3)).padStart(2, "0")}:30`,
        venueId: "v",
        topicIds: [t],
      })),
    };
    expect(validateEvent(training, { catalogue: DEFAULT_CATALOGUE }).ok).toBe(true);
    const wrong = validateEvent(
      { ...training, sessions: [{ ...training.sessions[0], topicIds: ["knitting"] }] },
      { catalogue: DEFAULT_CATALOGUE },
    );
    expect(wrong.ok).toBe(false);
    if (!wrong.ok) expect(wrong.issues.map((i) => i.code)).toContain("event.unknown_topic");
  });

  it("builds the meeting-series report with needs and actions carried forward", () => {
    for (const language of ["ar", "fr", "en"] as const) {
      const r = meetingSeriesReport(
        {
          title: { ar: "لقاءات المنظمة مع جمعية الأشراف", fr: "Rencontres avec Al Achraf" },
          meetings: [first, second],
          organizations,
        },
        { language, generatedAt: "2024-01-05T10:00:00+01:00" },
      );
      expect(r.ok).toBe(true);
      if (!r.ok) return;
      const tables = r.value.sections.flatMap((s) => s.blocks).filter((b) => b.type === "table");
      const needs = tables.find((t) => t.type === "table" && t.id === "needs");
      const expectedNeeds = first.needs.length + first.problems.length + second.needs.length + second.problems.length;
      expect(needs?.type === "table" && needs.rows.length).toBe(expectedNeeds);
      const open = tables.find((t) => t.type === "table" && t.id === "open-actions");
      expect(open?.type === "table" && open.rows.length).toBe(2);
    }
  });
});
