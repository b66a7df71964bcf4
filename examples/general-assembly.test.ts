import { execFileSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

const here = dirname(fileURLToPath(import.meta.url));

describe("general-assembly example", () => {
  it("writes the moral and financial reports in Arabic and French as HTML, Markdown and CSV", () => {
    const out = mkdtempSync(join(tmpdir(), "madani-ga-"));
    execFileSync(
      join(here, "node_modules", ".bin", "tsx"),
      ["--conditions=@madani/source", join(here, "general-assembly.ts"), out],
      {
        encoding: "utf8",
        env: { ...process.env, TZ: "Asia/Tokyo" },
      },
    );
    for (const name of ["moral-ar", "moral-fr", "financial-ar", "financial-fr"]) {
      expect(existsSync(join(out, `${name}.html`)), name).toBe(true);
      expect(existsSync(join(out, `${name}.md`)), name).toBe(true);
    }
    const html = readFileSync(join(out, "financial-ar.html"), "utf8");
    expect(html).toMatch(/<html[^>]* dir="rtl"/);
    expect(html).toContain("جمعية الأشراف للثقافة والتنمية");
    const md = readFileSync(join(out, "moral-fr.md"), "utf8");
    expect(md).toContain("Rapport moral");
  }, 60_000);
});
