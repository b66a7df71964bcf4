import { execFileSync } from "node:child_process";
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

// Every TypeScript sample of the guides in docs/ is extracted, type-checked with the project's strict settings
// and run with tsx (the workspace packages resolve to their sources). A sample states its results with
// node:assert, so a guide that drifts from the library fails here.
const here = dirname(fileURLToPath(import.meta.url));
const docs = join(here, "..", "docs");
const work = join(here, ".samples");

interface Sample {
  readonly guide: string;
  readonly index: number;
  readonly line: number;
  readonly file: string;
}

function extract(): Sample[] {
  rmSync(work, { recursive: true, force: true });
  mkdirSync(work, { recursive: true });
  const samples: Sample[] = [];
  for (const guide of readdirSync(docs)
    .filter((f) => f.endsWith(".md"))
    .sort()) {
    const lines = readFileSync(join(docs, guide), "utf8").split("\n");
    let start = -1;
    let index = 0;
    for (let i = 0; i < lines.length; i++) {
      const l = lines[i] ?? "";
      if (start < 0 && /^```ts\s*$/.test(l)) start = i;
      else if (start >= 0 && /^```\s*$/.test(l)) {
        const name = `${guide.replace(/\.md$/, "")}-${++index}.ts`;
        // `export {}` makes each sample a module (top-level await, no global name clashes).
        writeFileSync(join(work, name), `${lines.slice(start + 1, i).join("\n")}\nexport {};\n`);
        samples.push({ guide, index, line: start + 1, file: name });
        start = -1;
      }
    }
  }
  writeFileSync(
    join(work, "tsconfig.json"),
    JSON.stringify({
      extends: "../../tsconfig.base.json",
      compilerOptions: {
        composite: false,
        noEmit: true,
        emitDeclarationOnly: false,
        declaration: false,
        declarationMap: false,
        types: ["node"],
      },
      include: ["*.ts"],
    }),
  );
  return samples;
}

const samples = extract();
const bin = (name: string) => join(here, "node_modules", ".bin", name);

describe("guide samples (docs/*.md)", () => {
  it("are found", () => {
    expect(samples.length).toBeGreaterThan(5);
  });

  it("type-check", () => {
    let output = "";
    try {
      execFileSync(join(here, "..", "node_modules", ".bin", "tsc"), ["-p", join(work, "tsconfig.json")], {
        encoding: "utf8",
      });
    } catch (e) {
      output = String((e as { stdout?: string }).stdout ?? e);
    }
    expect(output).toBe("");
  }, 120_000);

  for (const s of samples) {
    it(`${s.guide}, sample ${s.index} (line ${s.line}) runs`, () => {
      execFileSync(bin("tsx"), ["--conditions=@madani/source", join(work, s.file)], {
        encoding: "utf8",
        cwd: work,
        env: { ...process.env, TZ: "America/Havana" },
        stdio: ["ignore", "pipe", "pipe"],
      });
    }, 60_000);
  }
});
