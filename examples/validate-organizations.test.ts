import { execFileSync } from "node:child_process";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

const here = dirname(fileURLToPath(import.meta.url));

describe("main example (pnpm example)", () => {
  it("runs on embedded data and reports what the clerk must fix", () => {
    const tsx = join(here, "node_modules", ".bin", "tsx");
    const out = execFileSync(tsx, ["--conditions=@madani/source", join(here, "validate-organizations.ts")], {
      encoding: "utf8",
      env: { ...process.env, TZ: "Pacific/Kiritimati", LANG: "C" },
    });
    expect(out).toContain("Seat resolved: El Jadida / الجديدة → commune 06.181.01.03");
    expect(out).toContain("statut juridique au 2024-12-29 : may-operate");
    expect(out).toContain("association.declaration_late");
    expect(out).toContain("address.codes_mismatch");
    expect(out).toContain("rib.checksum");
    expect(out).toContain("agreement.parties_min");
    expect(out).toContain("CC BY 4.0");
  }, 60_000);
});
