/**
 * Scenario: جمعية الأشراف للثقافة والتنمية (douar Fej Azrar, commune of Ighzrane,
 * province of Sefrou; founded 2019) presents its 2024 moral and financial reports
 * to its general assembly. Its year follows the communication meetings with the
 * international volunteering organization of Meknès (scenario 3): free
 * trainings in digitalization, participatory democracy, communication, advocacy,
 * administrative and financial management; a subsidy agreement with the commune;
 * membership fees and donations.
 *
 * Every expected figure below is computed by hand in the comments, not by the code
 * under test.
 */
import { describe, expect, it } from "vitest";
import type { Block, ReportDocument, Row, Section } from "../src/document/document.js";
import { validateReportDocument } from "../src/document/validate.js";
import { financialReport } from "../src/generalAssembly/financialReport.js";
import { moralReport } from "../src/generalAssembly/moralReport.js";

const ORG = "assoc-achraf-fej-azrar";
const OIVD = "oivd-maroc";
const COMMUNE = "commune-ighzrane";
const ENTRAIDE = "entraide-nationale-sefrou";
const PROVINCE = "conseil-provincial-sefrou";
const IGHZRANE = "03.451.03.09";
const MEKNES = "03.061.01.01";

const mad = (centimes: number) => ({ amount: centimes, currency: "MAD" });

const input = {
  organization: {
    id: ORG,
    legalForm: "association",
    name: { ar: "جمعية الأشراف للثقافة والتنمية", fr: "Association Al Achraf pour la culture et le développement" },
    purpose: {
      ar: "تنمية المجال الترابي لدوار فج أزرار وتأهيله اقتصاديا واجتماعيا وثقافيا.",
      fr: "Développer le douar Fej Azrar sur les plans économique, social et culturel.",
    },
    fieldsOfAction: ["cultural", "rural-development", "local-development"],
    seat: {
      douar: { ar: "دوار فج أزرار", fr: "Douar Fej Azrar" },
      communeCode: IGHZRANE,
      provinceCode: "03.451",
      regionCode: "03",
    },
    foundedOn: "2019-04-14",
    founders: [{ personId: "p-01" }, { personId: "p-02" }, { personId: "p-03" }],
    governingBodies: [
      {
        id: "bureau-achraf",
        kind: "board",
        mandates: [
          { personId: "p-01", personName: { ar: "الحسين الإدريسي" }, role: "president", startOn: "2022-06-12" },
          { personId: "p-02", role: "vice-president", startOn: "2022-06-12" },
          { personId: "p-03", role: "secretary-general", startOn: "2022-06-12" },
          { personId: "p-04", role: "treasurer", startOn: "2022-06-12" },
          { personId: "p-05", role: "deputy-treasurer", startOn: "2022-06-12" },
          { personId: "p-06", role: "advisor", startOn: "2022-06-12" },
          // Left the board before the assembly: not shown.
          { personId: "p-07", role: "advisor", startOn: "2022-06-12", endOn: "2024-09-30" },
        ],
      },
    ],
  },
  period: { startOn: "2024-01-01", endOn: "2024-12-31" },
  assemblyOn: "2025-03-15",
  language: "ar",
  generatedAt: "2025-03-01T10:00:00+01:00",
  partners: [
    { id: OIVD, name: { ar: "المنظمة الدولية للعمل التطوعي والتنمية بالمغرب" }, kind: "association" },
    { id: COMMUNE, name: { ar: "جماعة إغزران", fr: "Commune d'Ighzrane" }, kind: "local-authority" },
    { id: ENTRAIDE, name: { ar: "المندوبية الإقليمية للتعاون الوطني بصفرو" }, kind: "public-institution" },
    {
      id: PROVINCE,
      name: { ar: "المجلس الإقليمي لصفرو", fr: "Conseil provincial de Sefrou" },
      kind: "local-authority",
    },
  ],
  agreements: [
    {
      id: "conv-2024-ighzrane",
      title: {
        ar: "اتفاقية شراكة لدعم الأنشطة الثقافية والاجتماعية",
        fr: "Convention de soutien aux activités culturelles et sociales",
      },
      object: { ar: "دعم الدخول المدرسي والملتقى الثقافي لدوار فج أزرار" },
      parties: [
        {
          organizationId: COMMUNE,
          role: "funder",
          contributions: [{ kind: "financial", amount: mad(2_000_000), year: 2024 }],
        },
        { organizationId: ORG, role: "implementer" },
      ],
      period: { startOn: "2024-03-01", endOn: "2024-12-31" },
      status: "expired",
      signedOn: "2024-02-20",
    },
    {
      id: "conv-2024-oivd",
      title: { ar: "اتفاقية تعاون وشراكة مع المنظمة الدولية للعمل التطوعي والتنمية" },
      object: { ar: "دورات تكوينية مجانية لفائدة أعضاء الجمعية" },
      parties: [
        { organizationId: OIVD, role: "technical-partner", contributions: [{ kind: "in-kind" }] },
        { organizationId: ORG, role: "beneficiary" },
      ],
      period: { startOn: "2024-01-14", endOn: "2025-12-31" },
      status: "active",
      signedOn: "2024-01-14",
    },
  ],
  activities: [
    // Beneficiaries (total / female / male / children):
    {
      id: "a-01",
      title: { ar: "اللقاء التواصلي الثالث مع المنظمة الدولية للعمل التطوعي والتنمية" },
      field: "volunteering",
      kind: "communication-meeting",
      startOn: "2024-01-14",
      place: MEKNES,
      beneficiaries: { total: 9, female: 3, male: 6 },
      partnerIds: [OIVD],
      agreementId: "conv-2024-oivd",
    },
    {
      id: "a-02",
      title: { ar: "دورة تكوينية في الرقمنة", fr: "Formation au numérique" },
      field: "digital",
      kind: "training",
      startOn: "2024-02-17",
      endOn: "2024-02-18",
      place: IGHZRANE,
      beneficiaries: { total: 24, female: 14, male: 10 },
      partnerIds: [OIVD],
      agreementId: "conv-2024-oivd",
    },
    {
      id: "a-03",
      title: { ar: "دورة تكوينية في الديمقراطية التشاركية" },
      field: "participatory-democracy",
      kind: "training",
      startOn: "2024-03-23",
      place: IGHZRANE,
      beneficiaries: { total: 31, female: 17, male: 14 },
      partnerIds: [OIVD],
    },
    {
      id: "a-04",
      title: { ar: "دورة تكوينية في التواصل الفعال والتنمية الذاتية لفائدة شباب الدوار" },
      field: "youth",
      kind: "training",
      startOn: "2024-04-20",
      place: IGHZRANE,
      beneficiaries: { total: 22, female: 12, male: 10 },
      partnerIds: [OIVD],
    },
    {
      id: "a-05",
      title: { ar: "دورة تكوينية حول آليات الترافع عن مصالح الساكنة" },
      field: "participatory-democracy",
      kind: "training",
      startOn: "2024-05-18",
      place: IGHZRANE,
      beneficiaries: { total: 26, female: 11, male: 15 },
      partnerIds: [OIVD],
    },
    {
      id: "a-06",
      title: { ar: "دورة تكوينية في التدبير الإداري والمالي للجمعيات" },
      field: "volunteering",
      kind: "training",
      startOn: "2024-06-15",
      endOn: "2024-06-16",
      place: IGHZRANE,
      beneficiaries: { total: 18, female: 7, male: 11 },
      partnerIds: [OIVD],
    },
    {
      id: "a-07",
      title: { ar: "حملة نظافة وتشجير بالدوار" },
      field: "environmental",
      kind: "campaign",
      startOn: "2024-07-27",
      place: { ar: "دوار فج أزرار", fr: "Douar Fej Azrar" },
      beneficiaries: { total: 85, female: 40, male: 45, children: 30 },
      partnerIds: [COMMUNE],
    },
    {
      id: "a-08",
      title: { ar: "حفل الدخول المدرسي وتوزيع المحافظ والأدوات المدرسية" },
      field: "education",
      kind: "distribution",
      startOn: "2024-09-14",
      place: IGHZRANE,
      beneficiaries: { total: 120, female: 64, male: 56, children: 120 },
      partnerIds: [COMMUNE, ENTRAIDE],
      agreementId: "conv-2024-ighzrane",
    },
    {
      id: "a-09",
      title: { ar: "لقاء تواصلي لتقييم الشراكة مع المنظمة الدولية للعمل التطوعي والتنمية" },
      field: "volunteering",
      kind: "communication-meeting",
      startOn: "2024-11-09",
      place: MEKNES,
      beneficiaries: { total: 8, female: 2, male: 5 },
      partnerIds: [OIVD],
    },
    {
      id: "a-10",
      title: { ar: "الملتقى الثقافي الأول لدوار فج أزرار" },
      field: "cultural",
      kind: "forum",
      startOn: "2024-12-21",
      endOn: "2024-12-22",
      place: IGHZRANE,
      beneficiaries: { total: 150, female: 70, male: 60, children: 45 },
      partnerIds: [COMMUNE],
      agreementId: "conv-2024-ighzrane",
    },
  ],
  income: [
    {
      source: "membership-fees",
      label: { ar: "واجبات انخراط الأعضاء (الدفعة الأولى)" },
      amount: mad(300_000),
      receivedOn: "2024-01-31",
    },
    {
      source: "public-subsidy",
      label: { ar: "منحة جماعة إغزران برسم اتفاقية الشراكة" },
      amount: mad(2_000_000),
      funderId: COMMUNE,
      agreementId: "conv-2024-ighzrane",
      receivedOn: "2024-05-20",
    },
    {
      source: "membership-fees",
      label: { ar: "واجبات انخراط الأعضاء (الدفعة الثانية)" },
      amount: mad(150_000),
      receivedOn: "2024-06-30",
    },
    {
      source: "public-subsidy",
      label: { ar: "منحة المجلس الإقليمي لصفرو" },
      amount: mad(500_000),
      funderId: PROVINCE,
      receivedOn: "2024-08-05",
    },
    { source: "donations", label: { ar: "تبرعات المحسنين" }, amount: mad(625_050), receivedOn: "2024-09-01" },
    {
      source: "own-activities",
      label: { ar: "مداخيل أروقة الملتقى الثقافي" },
      amount: mad(243_000),
      receivedOn: "2024-12-22",
    },
  ],
  expenses: [
    {
      nature: "activities",
      label: { ar: "تغذية المشاركين في دورة الرقمنة" },
      amount: mad(115_000),
      activityId: "a-02",
    },
    {
      nature: "activities",
      label: { ar: "تغذية المشاركين في دورة الديمقراطية التشاركية" },
      amount: mad(124_000),
      activityId: "a-03",
    },
    { nature: "activities", label: { ar: "شتلات وأدوات حملة التشجير" }, amount: mad(287_540), activityId: "a-07" },
    { nature: "activities", label: { ar: "محافظ وأدوات مدرسية" }, amount: mad(960_000), activityId: "a-08" },
    { nature: "activities", label: { ar: "تنظيم الملتقى الثقافي" }, amount: mad(835_000), activityId: "a-10" },
    { nature: "travel", label: { ar: "تنقل أعضاء المكتب إلى مكناس" }, amount: mad(64_000), activityId: "a-01" },
    { nature: "travel", label: { ar: "تنقل أعضاء المكتب إلى مكناس" }, amount: mad(52_000), activityId: "a-09" },
    { nature: "equipment", label: { ar: "حاسوب محمول وطابعة" }, amount: mad(649_000) },
    { nature: "rent-and-utilities", label: { ar: "كراء المقر والماء والكهرباء" }, amount: mad(360_000) },
    { nature: "communication", label: { ar: "طبع الملصقات واللافتات" }, amount: mad(78_000) },
    { nature: "administrative", label: { ar: "لوازم مكتبية وتصحيح الإمضاءات" }, amount: mad(36_575) },
    { nature: "taxes-and-fees", label: { ar: "رسوم وطوابع" }, amount: mad(20_000) },
  ],
  openingCash: mad(412_035),
};

const french = { ...input, language: "fr" };

function allSections(doc: ReportDocument): Section[] {
  return doc.sections;
}

function section(doc: ReportDocument, id: string): Section {
  const s = allSections(doc).find((x) => x.id === id);
  if (s === undefined) throw new Error(`no section ${id}`);
  return s;
}

function table(doc: ReportDocument, id: string): Extract<Block, { type: "table" }> {
  const walk = (
    sections: readonly { blocks: readonly Block[]; sections?: readonly unknown[] | undefined }[],
  ): Block[] =>
    sections.flatMap((s) => [
      ...s.blocks,
      ...walk((s.sections ?? []) as { blocks: readonly Block[]; sections?: readonly unknown[] }[]),
    ]);
  const t = walk(doc.sections).find((b) => b.type === "table" && b.id === id);
  if (t === undefined || t.type !== "table") throw new Error(`no table ${id}`);
  return t;
}

function figures(doc: ReportDocument): Extract<Block, { type: "figures" }>["items"] {
  const b = section(doc, "key-figures").blocks.find((x) => x.type === "figures");
  if (b === undefined || b.type !== "figures") throw new Error("no figures");
  return b.items;
}

const ar = (text: unknown) => (text as { ar?: string }).ar;
const fr = (text: unknown) => (text as { fr?: string }).fr;
const amount = (cell: Row[string] | undefined) => (cell as { amount: number }).amount;

function build(report: typeof moralReport, value: unknown): ReportDocument {
  const r = report(value);
  if (!r.ok) throw new Error(JSON.stringify(r.issues, null, 2));
  expect(validateReportDocument(r.value).ok).toBe(true);
  return r.value;
}

describe("general assembly of جمعية الأشراف للثقافة والتنمية, 2024", () => {
  it("the input is valid and carries no warning", () => {
    const r = moralReport(input);
    expect(r.ok && r.warnings).toEqual([]);
  });

  describe("moral report", () => {
    const doc = build(moralReport, input);
    const docFr = build(moralReport, french);

    it("is titled with the organization and the year, in Arabic and in French", () => {
      expect(ar(doc.meta.title)).toBe("جمعية الأشراف للثقافة والتنمية — التقرير الأدبي برسم سنة 2024");
      expect(fr(docFr.meta.title)).toBe(
        "Association Al Achraf pour la culture et le développement — Rapport moral de l'exercice 2024",
      );
      expect(ar(doc.meta.subtitle)).toBe("مقدم إلى الجمع العام المنعقد بتاريخ 15 مارس 2025");
      expect(doc.meta.period).toEqual({ startOn: "2024-01-01", endOn: "2024-12-31" });
      expect(docFr.meta.language).toBe("fr");
    });

    it("locates the seat by its commune and province", () => {
      const list = section(doc, "introduction").blocks.find((b) => b.type === "list");
      const items = list?.type === "list" ? list.items.map(ar) : [];
      expect(items).toContain("المقر: دوار فج أزرار، جماعة إغزران، إقليم صفرو");
      const listFr = section(docFr, "introduction").blocks.find((b) => b.type === "list");
      expect(listFr?.type === "list" ? listFr.items.map(fr) : []).toContain(
        "Siège : Douar Fej Azrar, commune d'Irhzrane, province de Sefrou",
      );
    });

    it("lists the board on the assembly date by role, without names", () => {
      const board = table(doc, "governing-body-1");
      // 7 mandates, one ended on 2024-09-30: 6 on 2025-03-15.
      expect(board.rows.map((r) => ar(r.role))).toEqual([
        "الرئيس",
        "نائب الرئيس",
        "الكاتب العام",
        "أمين المال",
        "نائب أمين المال",
        "مستشار",
      ]);
      expect(board.columns.map((c) => c.key)).toEqual(["role", "since"]);
      expect(JSON.stringify(doc)).not.toContain("الحسين الإدريسي");
      expect(JSON.stringify(doc)).not.toContain("p-01");
    });

    it("shows names only when asked", () => {
      const r = moralReport(input, { showPersonNames: true });
      if (!r.ok) throw new Error("invalid");
      const board = table(r.value, "governing-body-1");
      expect(board.rows[0]?.member).toEqual({ ar: "الحسين الإدريسي" });
      expect(board.rows[1]?.member).toBe("p-02");
    });

    it("counts activities, beneficiaries, women's share and partners", () => {
      // Beneficiaries: 9 + 24 + 31 + 22 + 26 + 18 + 85 + 120 + 8 + 150 = 493.
      // Female: 3 + 14 + 17 + 12 + 11 + 7 + 40 + 64 + 2 + 70 = 240; 240 / 493 = 48.68 % → 48.7.
      // Partners: OIVD, the commune, Entraide nationale (activity a-08), the provincial council (funder) = 4.
      expect(figures(doc).map((f) => f.value)).toEqual([10, 493, 48.7, 4, 2]);
    });

    it("groups the activities by field, most first, shares adding up to 100", () => {
      const t = table(doc, "activities-by-field");
      // volunteering: a-01, a-06, a-09 (9 + 18 + 8 = 35); participatory democracy: a-03, a-05 (31 + 26 = 57);
      // then one activity each, by beneficiaries: cultural 150, education 120, environment 85, digital 24, youth 22.
      expect(t.rows.map((r) => [ar(r.field), r.activities, r.share, r.beneficiaries])).toEqual([
        ["التطوع", 3, 30, 35],
        ["الديمقراطية التشاركية", 2, 20, 57],
        ["ثقافي", 1, 10, 150],
        ["التربية والتعليم", 1, 10, 120],
        ["بيئي", 1, 10, 85],
        ["الرقمنة", 1, 10, 24],
        ["الشباب", 1, 10, 22],
      ]);
      expect(t.footer).toMatchObject({ activities: 10, share: 100, beneficiaries: 493 });
      const chart = section(doc, "activities-by-field").blocks.find((b) => b.type === "chart");
      expect(chart?.type === "chart" && chart.chart.kind === "bar" && chart.chart.series[0]?.values).toEqual([
        3, 2, 1, 1, 1, 1, 1,
      ]);
    });

    it("lists the activities by date with their place", () => {
      const t = table(doc, "activities");
      expect(t.rows.map((r) => r.from)).toEqual([
        "2024-01-14",
        "2024-02-17",
        "2024-03-23",
        "2024-04-20",
        "2024-05-18",
        "2024-06-15",
        "2024-07-27",
        "2024-09-14",
        "2024-11-09",
        "2024-12-21",
      ]);
      expect(t.rows[0]?.place).toMatchObject({ ar: "مكناس", fr: "Meknès" });
      expect(t.rows[1]).toMatchObject({ to: "2024-02-18", place: { ar: "إغزران" }, kind: { ar: "دورة تكوينية" } });
      expect(t.footer?.beneficiaries).toBe(493);
    });

    it("splits the beneficiaries by sex", () => {
      const t = table(doc, "beneficiaries-by-sex");
      // Male: 6 + 10 + 14 + 10 + 15 + 11 + 45 + 56 + 5 + 60 = 232; not specified: 493 − 240 − 232 = 21.
      // Shares in tenths: 240000/493 = 486.815, 232000/493 = 470.588, 21000/493 = 42.596 → 486 + 470 + 42 = 998;
      // the two units left go to the largest remainders, .815 (female) and .596 (not specified) → 48.7, 47.0, 4.3.
      expect(t.rows.map((r) => [r.count, r.share])).toEqual([
        [240, 48.7],
        [232, 47],
        [21, 4.3],
      ]);
      expect(t.footer).toMatchObject({ count: 493, share: 100 });
      // Children: 30 + 120 + 45 = 195.
      const paragraphs = section(doc, "beneficiaries").blocks.filter((b) => b.type === "paragraph");
      expect(paragraphs.map((p) => (p.type === "paragraph" ? ar(p.text) : ""))).toContain(
        "من بين المستفيدين 195 من الأطفال.",
      );
    });

    it("lists the agreements with parties, status and financial contributions", () => {
      const t = table(doc, "partnership-agreements");
      expect(t.rows.map((r) => [r.from, r.to, ar((r.status as { label: unknown }).label)])).toEqual([
        ["2024-01-14", "2025-12-31", "سارية"],
        ["2024-03-01", "2024-12-31", "منتهية"],
      ]);
      expect(ar(t.rows[1]?.parties)).toBe("جماعة إغزران (ممول)؛ جمعية الأشراف للثقافة والتنمية (منفذ)");
      expect(t.rows[0]?.contributions).toBeNull();
      expect(t.rows[1]?.contributions).toEqual(mad(2_000_000));
      const partners = table(doc, "partners");
      // Joint activities: OIVD a-01..a-06 and a-09 = 7; commune a-07, a-08, a-10 = 3; Entraide a-08 = 1; council 0.
      expect(partners.rows.map((r) => r.activities)).toEqual([3, 0, 1, 7]);
    });

    it("draws the year's activities on a Gantt chart", () => {
      const chart = section(doc, "schedule").blocks[0];
      expect(chart?.type === "chart" && chart.chart.kind === "gantt" && chart.chart.rows.length).toBe(10);
    });
  });

  describe("financial report", () => {
    const doc = build(financialReport, input);
    const docFr = build(financialReport, french);

    it("is titled with the organization and the year", () => {
      expect(ar(doc.meta.title)).toBe("جمعية الأشراف للثقافة والتنمية — التقرير المالي برسم سنة 2024");
      expect(fr(docFr.meta.title)).toBe(
        "Association Al Achraf pour la culture et le développement — Rapport financier de l'exercice 2024",
      );
    });

    it("states the totals, the balance and the cash exactly", () => {
      // Income: 3,000.00 + 20,000.00 + 1,500.00 + 5,000.00 + 6,250.50 + 2,430.00 = 38,180.50 MAD.
      // Expenses: 1,150 + 1,240 + 2,875.40 + 9,600 + 8,350 + 640 + 520 + 6,490 + 3,600 + 780 + 365.75 + 200
      //         = 35,811.15 MAD. Balance: 38,180.50 − 35,811.15 = 2,369.35 MAD (a surplus).
      // Closing cash: 4,120.35 + 2,369.35 = 6,489.70 MAD.
      expect(figures(doc).map((f) => f.value)).toEqual([3_818_050, 3_581_115, 236_935, 412_035, 648_970]);
      expect(figures(doc)[2]?.status?.tone).toBe("positive");
      expect(figures(docFr).map((f) => f.value)).toEqual([3_818_050, 3_581_115, 236_935, 412_035, 648_970]);
    });

    it("breaks the income down by source, shares adding up to 100.0", () => {
      const t = table(doc, "income-by-source");
      // Public subsidies 25,000.00; fees 4,500.00; donations 6,250.50; own activities 2,430.00.
      // Tenths of 3,818,050: 654.78, 117.86, 163.71, 63.65 → floors 997, +1 to .86, .78, .71.
      expect(t.rows.map((r) => [ar(r.category), amount(r.amount), r.share])).toEqual([
        ["الدعم العمومي", 2_500_000, 65.5],
        ["واجبات الانخراط", 450_000, 11.8],
        ["الهبات والتبرعات", 625_050, 16.4],
        ["مداخيل الأنشطة الذاتية", 243_000, 6.3],
      ]);
      expect(amount(t.footer?.amount)).toBe(3_818_050);
      expect(t.footer?.share).toBe(100);
    });

    it("breaks the expenses down by nature", () => {
      const t = table(doc, "expenses-by-nature");
      // Activities 1,150 + 1,240 + 2,875.40 + 9,600 + 8,350 = 23,215.40; travel 640 + 520 = 1,160.
      // Tenths of 3,581,115: 648.27, 181.23, 100.53, 32.39, 21.78, 10.21, 5.58 → floors 997,
      // +1 to .78 (communication), .58 (taxes), .53 (rent).
      expect(t.rows.map((r) => [amount(r.amount), r.share])).toEqual([
        [2_321_540, 64.8],
        [649_000, 18.1],
        [360_000, 10.1],
        [116_000, 3.2],
        [78_000, 2.2],
        [36_575, 1],
        [20_000, 0.6],
      ]);
      expect(amount(t.footer?.amount)).toBe(3_581_115);
    });

    it("details every line with a totals row", () => {
      expect(table(doc, "income-detail").rows).toHaveLength(6);
      expect(amount(table(doc, "income-detail").footer?.amount)).toBe(3_818_050);
      expect(table(doc, "expense-detail").rows).toHaveLength(12);
      expect(amount(table(doc, "expense-detail").footer?.amount)).toBe(3_581_115);
      expect(table(doc, "expense-detail").rows[3]?.activity).toEqual({
        ar: "حفل الدخول المدرسي وتوزيع المحافظ والأدوات المدرسية",
      });
    });

    it("lists the public funding to account for, with the legal note", () => {
      const t = table(doc, "public-funding");
      // The commune's agreement (20,000.00 committed and received) and the provincial council's subsidy
      // received without an agreement (5,000.00); the OIVD agreement has no public funder.
      expect(
        t.rows.map((r) => [ar(r.funder), r.committed === null ? null : amount(r.committed), amount(r.received)]),
      ).toEqual([
        ["جماعة إغزران", 2_000_000, 2_000_000],
        ["المجلس الإقليمي لصفرو", null, 500_000],
      ]);
      expect(ar(t.rows[1]?.agreement)).toBe("منحة دون اتفاقية");
      expect(amount(t.footer?.received)).toBe(2_500_000);
      const note = section(doc, "public-funding").blocks.find((b) => b.type === "note");
      expect(note?.type === "note" && ar(note.text)).toContain("62.99");
      const noteFr = section(docFr, "public-funding").blocks.find((b) => b.type === "note");
      expect(noteFr?.type === "note" && fr(noteFr.text)).toContain("loi n° 62-99");
    });
  });

  it("refuses mixed currencies and names the line, in the input's language", () => {
    const bad = {
      ...input,
      expenses: [
        ...input.expenses,
        { nature: "other", label: { fr: "Frais" }, amount: { amount: 100, currency: "EUR" } },
      ],
    };
    const r = financialReport(bad);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.issues.map((i) => [i.code, i.path.join(".")])).toEqual([
      ["generalAssembly.currency_mismatch", "expenses.12.amount.currency"],
    ]);
    expect(r.issues[0]?.message).toBe("يجب أن تكون كل المبالغ بنفس العملة (MAD)؛ هذا المبلغ بعملة EUR.");
  });
});
