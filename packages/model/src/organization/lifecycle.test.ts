import { describe, expect, it } from "vitest";
import { finalReceiptDueOn, legalStatusOn } from "./lifecycle.js";

describe("legal status", () => {
  const assoc = {
    legalForm: "association" as const,
    lifecycle: { declaredOn: "2025-02-27", provisionalReceiptOn: "2025-03-01" },
  };

  it("final receipt is due 60 days after the provisional one (Dahir 1-58-376, art. 5)", () => {
    expect(finalReceiptDueOn(assoc.lifecycle)).toBe("2025-04-30");
  });

  it("reads provisional receipt until the deadline, then may-operate", () => {
    expect(legalStatusOn(assoc, "2025-02-28")).toBe("declared");
    expect(legalStatusOn(assoc, "2025-04-30")).toBe("provisional-receipt");
    expect(legalStatusOn(assoc, "2025-05-01")).toBe("may-operate");
  });

  it("does not apply the 60-day reading to cooperatives", () => {
    expect(legalStatusOn({ ...assoc, legalForm: "cooperative" }, "2025-06-01")).toBe("provisional-receipt");
  });

  it("final receipt, public utility, suspension and dissolution take precedence in that order", () => {
    const l = {
      ...assoc.lifecycle,
      finalReceiptOn: "2025-04-10",
      publicUtilityOn: "2030-01-01",
      suspendedOn: "2031-01-01",
      resumedOn: "2031-06-01",
      dissolvedOn: "2040-01-01",
    };
    const org = { legalForm: "association" as const, lifecycle: l };
    expect(legalStatusOn(org, "2025-05-01")).toBe("final-receipt");
    expect(legalStatusOn(org, "2030-01-01")).toBe("public-utility");
    expect(legalStatusOn(org, "2031-03-01")).toBe("suspended");
    expect(legalStatusOn(org, "2031-06-01")).toBe("public-utility");
    expect(legalStatusOn(org, "2040-01-01")).toBe("dissolved");
    expect(legalStatusOn({ legalForm: "association", foundedOn: "2024-12-01" }, "2024-12-02")).toBe("founded");
    expect(legalStatusOn({ legalForm: "association" }, "2024-12-02")).toBe("unknown");
  });
});
