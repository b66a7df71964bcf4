import { renderHtml } from "@madani/report";
import { describe, expect, it } from "vitest";
import type { Meeting } from "../meeting/meeting.js";
import { type MeetingSeriesReportInput, meetingSeriesReport } from "./meetingSeriesReport.js";

const first: Meeting = {
  id: "m-1",
  title: { ar: "اللقاء التواصلي الأول", fr: "Première rencontre" },
  heldOn: "2023-11-12",
  agenda: [{ id: "a1", title: { ar: "التعريف بالمنظمة", fr: "Présentation de l'organisation" } }],
  summary: { ar: "لقاء تعارف ورصد للحاجيات.", fr: "Rencontre de connaissance et relevé des besoins." },
  decisions: [],
  needs: [],
  problems: [],
  recommendations: [
    {
      id: "r1",
      text: { ar: "توثيق أنشطة الجمعية", fr: "Documenter les activités de l'association" },
      owner: { organizationId: "achraf" },
      dueOn: "2023-12-20",
    },
  ],
  actions: [],
};

const second: Meeting = {
  id: "m-2",
  previousMeetingId: "m-1",
  title: { ar: "اللقاء التواصلي الثاني", fr: "Deuxième rencontre" },
  heldOn: "2023-12-24",
  agenda: [{ id: "a3", title: { ar: "الخطوط العريضة لشراكة فاعلة", fr: "Les grandes lignes d'un partenariat" } }],
  decisions: [
    {
      id: "d1",
      text: {
        ar: "عرض شراكة على الجمعية: دعم مباشر أو دورات تكوينية مجانية",
        fr: "Offrir à l'association un partenariat : un soutien direct ou des formations gratuites",
      },
      agendaItemId: "a3",
    },
  ],
  needs: [],
  problems: [],
  recommendations: [],
  actions: [],
};

const input: MeetingSeriesReportInput = {
  title: { ar: "لقاءات تواصلية", fr: "Rencontres de communication" },
  meetings: [second, first],
  organizations: [
    { id: "achraf", legalForm: "association", name: { ar: "جمعية الأشراف", fr: "Association Al Achraf" } },
  ],
};
const OPTIONS = { generatedAt: "2024-01-05T10:00:00+01:00" } as const;

describe("meetingSeriesReport minutes", () => {
  it("shows each meeting's summary, agenda, decisions (with their agenda item) and recommendations", () => {
    const r = meetingSeriesReport(input, { ...OPTIONS, language: "fr" });
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    const minutes = r.value.sections.filter((s) => s.id?.startsWith("minutes-"));
    expect(minutes.map((s) => s.id)).toEqual(["minutes-1", "minutes-2"]);
    const json = JSON.stringify(minutes);
    expect(json).toContain("Rencontre de connaissance et relevé des besoins.");
    expect(json).toContain("Présentation de l'organisation");
    expect(json).toContain("Documenter les activités de l'association");
    expect(json).toContain("Association Al Achraf");
    const decisions = minutes[1]?.sections?.flatMap((s) => s.blocks).find((b) => b.type === "table");
    expect(decisions?.type === "table" && decisions.rows).toEqual([
      {
        decision: "Offrir à l'association un partenariat : un soutien direct ou des formations gratuites",
        item: "Les grandes lignes d'un partenariat",
      },
    ]);
    const html = renderHtml(r.value);
    expect(html.ok && html.value).toContain("un soutien direct ou des formations gratuites");
  });

  it("shows the partnership offer of the second meeting in Arabic", () => {
    const r = meetingSeriesReport(input, { ...OPTIONS, language: "ar" });
    expect(r.ok && JSON.stringify(r.value)).toContain("عرض شراكة على الجمعية");
  });

  it("gives a series held on one day no period range", () => {
    const r = meetingSeriesReport({ ...input, meetings: [first] }, { ...OPTIONS, language: "fr" });
    expect(r.ok && r.value.meta.period).toBeUndefined();
  });

  it("accepts frozen data", () => {
    const frozen = Object.freeze({ ...input, meetings: Object.freeze([Object.freeze(first)]) });
    expect(meetingSeriesReport(frozen, { ...OPTIONS, language: "fr" }).ok).toBe(true);
  });
});
