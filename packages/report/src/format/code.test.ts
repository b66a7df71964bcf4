import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { codeText } from "./code.js";

const CONTROLS = /[\u200E\u200F\u202A-\u202E\u2066-\u2069]/g;

describe("codeText", () => {
  it("isolates the code left to right and each run of Arabic words right to left, without overrides", () => {
    expect(codeText("RJD-LT5/2024-12-29/شريط-توثيقي/7f3a9c21")).toBe(
      "\u2066RJD-LT5/2024-12-29/\u2067شريط-توثيقي\u2069/7f3a9c21\u2069",
    );
    expect(codeText("madani\u2011draw/1")).toBe("\u2066madani\u2011draw/1\u2069");
    expect(codeText("جمعية الأمل 2024")).toBe("\u2066\u2067جمعية الأمل\u2069 2024\u2069");
    // Controls already there (an override pasted from elsewhere) are dropped, not nested.
    expect(codeText("\u202Eabc\u202C")).toBe("\u2066abc\u2069");
  });

  it("law: shows the stored characters, in the stored order, with balanced isolates and no override", () => {
    const piece = fc.constantFrom("RJD", "LT5", "2024", "-", "/", " ", "شريط", "توثيقي", "7f3a", "\u202D", "ـ", "٣");
    fc.assert(
      fc.property(
        fc.array(piece, { maxLength: 12 }).map((p) => p.join("")),
        (text) => {
          const shown = codeText(text);
          expect(shown.replace(CONTROLS, "")).toBe(text.replace(CONTROLS, ""));
          expect(shown).not.toMatch(/[\u202A-\u202E]/);
          let depth = 0;
          for (const ch of shown) {
            if (ch === "\u2066" || ch === "\u2067") depth++;
            if (ch === "\u2069") depth--;
            expect(depth).toBeGreaterThanOrEqual(0);
            expect(depth).toBeLessThanOrEqual(2);
          }
          expect(depth).toBe(0);
        },
      ),
    );
  });
});
