import { describe, expect, it } from "vitest";
import { generalAssemblyMessages } from "./messages.js";

const ARABIC = /[\u0600-\u06FF]/;
const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe("generalAssemblyMessages", () => {
  it("has every message in ar, fr and en with the same placeholders", () => {
    for (const [code, m] of Object.entries(generalAssemblyMessages)) {
      expect(m.ar, code).toMatch(ARABIC);
      expect(m.fr, code).not.toMatch(ARABIC);
      expect(m.en, code).not.toMatch(ARABIC);
      expect(placeholders(m.fr), code).toEqual(placeholders(m.ar));
      expect(placeholders(m.en), code).toEqual(placeholders(m.ar));
    }
  });

  it("names every code under generalAssembly.", () => {
    for (const code of Object.keys(generalAssemblyMessages)) expect(code).toMatch(/^generalAssembly\.[a-z_]+$/);
  });
});
