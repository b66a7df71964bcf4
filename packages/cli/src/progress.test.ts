import { describe, expect, it } from "vitest";
import { createProgress, pace } from "./progress.js";

describe("progress", () => {
  it("shows the rate, and the time left when the total is known", () => {
    expect(pace(135_000, 300_000, 11_000, "rows")).toBe(", 12,273 rows/s, 14 s left");
    expect(pace(10_000, 1_000_000, 10_000, "rows")).toBe(", 1,000 rows/s, 16 min 30 s left");
    expect(pace(5_000, undefined, 2_000, "blocks")).toBe(", 2,500 blocks/s");
    expect(pace(300_000, 300_000, 20_000, "rows")).toBe(", 15,000 rows/s");
    // Too early, or nothing done: no rate.
    expect(pace(100, 1_000, 200, "rows")).toBe("");
    expect(pace(0, 1_000, 5_000, "rows")).toBe("");
  });

  it("draws on a terminal only, never in CI or when quiet", () => {
    let written = "";
    const io = (tty: boolean, ci?: string) => ({
      stdout: { write: () => true },
      stderr: { write: (s: string) => (written += s), isTTY: tty },
      env: ci === undefined ? {} : { CI: ci },
      cwd: "/",
      now: () => new Date(0),
    });
    for (const [tty, ci, quiet] of [
      [false, undefined, false],
      [true, "true", false],
      [true, undefined, true],
    ] as const) {
      written = "";
      const p = createProgress(io(tty, ci), "read", "rows", quiet);
      p.update(10, 10);
      p.stop();
      expect(written).toBe("");
    }
    written = "";
    const p = createProgress(io(true, "false"), "read", "rows");
    p.update(10, 20);
    expect(written).toContain("read [##############--------------]  50% 10/20 rows");
    p.stop();
    expect(written.endsWith("\r\u001b[2K")).toBe(true);
  });
});
