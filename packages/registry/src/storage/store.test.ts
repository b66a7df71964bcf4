import { compareCodePoints } from "@madani/model";
import fc from "fast-check";
import { describe, expect, it } from "vitest";

describe("compareCodePoints", () => {
  it("orders like the code point sequences (the order of PostgreSQL's C collation)", () => {
    fc.assert(
      fc.property(fc.string({ unit: "grapheme" }), fc.string({ unit: "grapheme" }), (a, b) => {
        const pa = [...a].map((c) => c.codePointAt(0) ?? 0);
        const pb = [...b].map((c) => c.codePointAt(0) ?? 0);
        let expected = 0;
        for (let i = 0; i < Math.min(pa.length, pb.length) && expected === 0; i++)
          expected = (pa[i] ?? 0) - (pb[i] ?? 0);
        if (expected === 0) expected = pa.length - pb.length;
        expect(Math.sign(compareCodePoints(a, b))).toBe(Math.sign(expected));
      }),
    );
  });

  it("puts a character beyond U+FFFF after U+FFFD, unlike UTF-16 order", () => {
    expect(compareCodePoints("\u{1F600}", "\uFFFD")).toBeGreaterThan(0);
    expect("\u{1F600}" < "\uFFFD").toBe(true);
  });
});
