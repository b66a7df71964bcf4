import { describe, expect, it } from "vitest";
import { validateGoverningBody } from "../validate.js";

const body = (mandates: readonly object[]) => ({ id: "bureau-2024", kind: "board", mandates });
const codes = (r: ReturnType<typeof validateGoverningBody>) => (r.ok ? [] : r.issues.map((i) => i.code));

describe("board rules", () => {
  it("accepts a board with one president and one treasurer over the whole term", () => {
    const r = validateGoverningBody(
      body([
        { personId: "p1", role: "president", startOn: "2024-06-15", endOn: "2028-06-14" },
        { personId: "p2", role: "treasurer", startOn: "2024-06-15", endOn: "2028-06-14" },
        { personId: "p3", role: "vice-president", startOn: "2024-06-15", endOn: "2028-06-14" },
        { personId: "p4", role: "vice-president", startOn: "2024-06-15", endOn: "2028-06-14" },
        { personId: "p5", role: "member", startOn: "2024-06-15" },
      ]),
    );
    // p5's open mandate runs past 2028-06-14: the board then has neither president nor treasurer.
    expect(codes(r)).toEqual(["board.president_missing", "board.treasurer_missing"]);
    expect(r.ok ? undefined : r.issues[0]?.params).toEqual({ from: "2028-06-15", to: "…" });
  });

  it("takes mandates whose start is not known as held, outside the date rules", () => {
    // A board listed in a registry without any date: names and roles only.
    expect(
      validateGoverningBody(
        body([
          { personId: "p1", role: "president" },
          { personId: "p2", role: "treasurer" },
        ]),
      ).ok,
    ).toBe(true);
    // The dated mandates are still checked among themselves; the undated one takes no part.
    const r = validateGoverningBody(
      body([
        { personId: "p1", role: "president", startOn: "2024-01-01" },
        { personId: "p9", role: "president" },
        { personId: "p2", role: "treasurer", startOn: "2024-01-01", endOn: "2024-06-30" },
      ]),
    );
    expect(codes(r)).toEqual(["board.treasurer_missing"]);
  });

  it("accepts successive presidents with no gap", () => {
    const r = validateGoverningBody(
      body([
        { personId: "p1", role: "president", startOn: "2020-01-01", endOn: "2023-12-31" },
        { personId: "p6", role: "president", startOn: "2024-01-01" },
        { personId: "p2", role: "treasurer", startOn: "2020-01-01" },
      ]),
    );
    expect(r.ok).toBe(true);
  });

  it("reports a gap between two presidents with its dates", () => {
    const r = validateGoverningBody(
      body([
        { personId: "p1", role: "president", startOn: "2020-01-01", endOn: "2023-12-31" },
        { personId: "p6", role: "president", startOn: "2024-02-01" },
        { personId: "p2", role: "treasurer", startOn: "2020-01-01" },
      ]),
      { locale: "fr" },
    );
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.issues).toHaveLength(1);
    expect(r.issues[0]).toMatchObject({
      code: "board.president_missing",
      params: { from: "2024-01-01", to: "2024-01-31" },
    });
    expect(r.issues[0]?.message).toBe("Le bureau n'a pas de président du 2024-01-01 au 2024-01-31.");
  });

  it("reports overlapping presidents and a mandate that ends before it starts", () => {
    const r = validateGoverningBody(
      body([
        { personId: "p1", role: "president", startOn: "2020-01-01", endOn: "2024-12-31" },
        { personId: "p6", role: "president", startOn: "2024-06-01" },
        { personId: "p2", role: "treasurer", startOn: "2020-01-01" },
        { personId: "p3", role: "secretary-general", startOn: "2021-01-01", endOn: "2020-01-01" },
      ]),
    );
    expect(codes(r).sort()).toEqual(["board.role_overlap", "mandate.end_before_start"]);
  });

  it("does not apply the board rules to a committee", () => {
    const r = validateGoverningBody({
      id: "c",
      kind: "committee",
      mandates: [{ personId: "p1", role: "member", startOn: "2024-01-01" }],
    });
    expect(r.ok).toBe(true);
  });
});
