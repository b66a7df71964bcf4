import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { entryPointNames, type SweepOptions, sweepFunction } from "@madani/model/testing";
import { describe, expect, it } from "vitest";
import * as cli from "../src/index.js";

/** An io that keeps what the command writes, in an empty directory, with a fixed clock. */
function memoryIo(): cli.CliIo {
  const sink = { write: () => true };
  return {
    stdout: sink,
    stderr: sink,
    env: {},
    cwd: mkdtempSync(join(tmpdir(), "madani-hostile-")),
    now: () => new Date("2025-01-01T00:00:00Z"),
  };
}

/**
 * `run` as the sweep calls it: an `io` left out is a memory io (so that nothing is
 * written to the terminal or the working directory); a hostile `io` is passed as given.
 */
const swept = {
  run: (argv: unknown, io: unknown = memoryIo()) => cli.run(argv as readonly string[], io as Partial<cli.CliIo>),
};

const options: SweepOptions = { samples: { run: [[["--help"]]] }, numRuns: 20 };

describe("the entry point of @madani/cli never throws or rejects on hostile input", () => {
  const names = entryPointNames(swept);
  it.each(names)("%s", { timeout: 120_000 }, async (name) => {
    expect(await sweepFunction(swept, name, options)).toEqual([]);
  });
});

describe("the reported cases", () => {
  /** An io that keeps what is written on stderr. */
  const collecting = () => {
    const err: string[] = [];
    return { io: { ...memoryIo(), stderr: { write: (s: string) => err.push(s) } }, err };
  };

  it("argv that is not a list of text is a usage error, said on the caller's stderr", async () => {
    for (const argv of [undefined, null, [[]], ["--help", 3], "validate"]) {
      const { io, err } = collecting();
      expect(await cli.run(argv as never, io)).toBe(2);
      expect(err.join("")).toContain("argv is not valid");
    }
  });

  it("an io field of the wrong kind is a usage error naming it", async () => {
    const { io, err } = collecting();
    expect(await cli.run(["--help"], { ...io, cwd: 3 } as never)).toBe(2);
    expect(err.join("")).toContain("io.cwd is not valid");
  });

  it("a stream whose writes throw, and a clock that throws, do not make run reject", async () => {
    const throwing = {
      write() {
        throw new Error("EPIPE");
      },
    };
    const io = { ...memoryIo(), stdout: throwing, stderr: throwing };
    expect(await cli.run(["--help"], io)).toBe(0);
    const clock = {
      ...memoryIo(),
      now: () => {
        throw new Error("no clock");
      },
    };
    expect(await cli.run(["report", "missing.json"], clock)).toBeGreaterThan(0);
  });
});
