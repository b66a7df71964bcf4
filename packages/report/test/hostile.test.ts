import { entryPointNames, type SweepOptions, sweepFunction } from "@madani/model/testing";
import * as report from "@madani/report";
import { describe, expect, it } from "vitest";

/**
 * Typed-only functions: they take values a validator has already checked (a
 * general-assembly input, a report language, formatter options) and say so in
 * their TSDoc. `percentShares` and `percentOf` throw `MoneyError` on programmer error,
 * as their TSDoc states. Every entry point that takes `unknown` input is swept.
 */
const TYPED_ONLY = [
  "codeText",
  "createFormatter",
  "displayShares",
  "inputCurrency",
  "intlLocale",
  "labelText",
  "percentOf",
  "percentShares",
  "summarizeActivities",
  "summarizeFinances",
] as const;

const options: SweepOptions = {
  exempt: Object.fromEntries(TYPED_ONLY.map((name) => [name, "typed-only"])),
};

describe("every entry point of @madani/report never throws on hostile input", () => {
  it.each(entryPointNames(report, options.exempt))("%s", async (name) => {
    expect(await sweepFunction(report, name, options)).toEqual([]);
  });
});

describe("renderers", () => {
  it("give input.unreadable for a trusted document that throws when read, and an issue for an unknown issuesLocale", () => {
    const proxy = new Proxy(
      {},
      {
        get() {
          throw new Error("no");
        },
      },
    );
    for (const render of [report.renderHtml, report.renderMarkdown, report.renderJson, report.renderCsv]) {
      expect(render(proxy, { trusted: true })).toMatchObject({ ok: false, issues: [{ code: "input.unreadable" }] });
      const r = render({}, { issuesLocale: "de" as "en" });
      expect(!r.ok && r.issues.map((i) => [i.code, i.params?.option])).toEqual([
        ["schema.invalid_option", "issuesLocale"],
      ]);
    }
  });
});
