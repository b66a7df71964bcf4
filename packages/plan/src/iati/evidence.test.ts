/**
 * Evidence documents in the IATI export and import: one `madani:evidence` element per document inside
 * `madani:value-data`, the single text of earlier releases still read, and the export valid against the official
 * IATI 2.03 schema (xmllint, as in schema.test.ts: skipped without it, except on CI).
 */
import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, describe, expect, it } from "vitest";
import { iatiActivities, scenarioPlan } from "../../test/iati/fixtures.js";
import type { PlanIndicator } from "../plan/plan.js";
import { toIatiResults } from "./export.js";
import { fromIatiResults } from "./import.js";

const HASH = "2c26b46b68ffc68ff99b453c1d30413413422d706483bfa0f98a5e886266e7ae";

const withEvidence: PlanIndicator = {
  id: "ind-formees",
  elementId: "r1",
  code: "IND-1",
  name: { ar: "عدد الجمعيات المستفيدة من التكوين", fr: "Associations formées" },
  measure: "number",
  direction: "increase",
  periods: [{ id: "p-2025", startOn: "2025-01-01", endOn: "2025-12-31", target: 40 }],
  values: [
    {
      id: "v1",
      periodId: "p-2025",
      value: 38,
      state: "approved",
      evidence: [
        {
          title: { ar: "لوائح الحضور", fr: "Listes de présence « El Jadida »", en: "Attendance", zgh: "ⵜⵉⵍⴳⴰⵎⵉⵏ" },
          url: "https://reseau-doukkala.ma/docs?annee=2025&n=3",
          sha256: HASH,
          date: "2025-12-20",
        },
        { title: 'PV n° 3 <annexe> & "B"\nligne 2', sha256: HASH },
        { title: "Rapport d'activité" },
      ],
    },
    { id: "v2", periodId: "p-2025", value: 2, state: "submitted", evidence: [] },
    {
      id: "v3",
      periodId: "p-2024",
      value: 1,
      state: "draft",
      evidence: [{ title: "Photos", url: "http://reseau.ma/p" }],
    },
  ],
};
const plan = { ...scenarioPlan, indicators: [withEvidence] };

describe("evidence documents in IATI", () => {
  it("round-trips lists of documents: titles in text or in four languages, links, hashes, dates, an empty list", () => {
    const xml = toIatiResults(plan);
    expect(fromIatiResults(xml)).toEqual({ ok: true, value: { indicators: [withEvidence] }, warnings: [] });
    expect(fromIatiResults(iatiActivities([xml]))).toEqual({
      ok: true,
      value: { indicators: [withEvidence] },
      warnings: [],
    });
  });

  it("writes one madani:evidence element per document, in order, inside madani:value-data", () => {
    const xml = toIatiResults(plan);
    expect(xml).toContain(
      [
        `<madani:value-data id="v1" seq="0">`,
        `  <madani:evidence url="https://reseau-doukkala.ma/docs?annee=2025&amp;n=3" sha256="${HASH}" date="2025-12-20">`,
        `    <madani:title>`,
        `      <narrative xml:lang="ar">لوائح الحضور</narrative>`,
        `      <narrative xml:lang="fr">Listes de présence « El Jadida »</narrative>`,
        `      <narrative xml:lang="en">Attendance</narrative>`,
        `      <narrative xml:lang="zgh">ⵜⵉⵍⴳⴰⵎⵉⵏ</narrative>`,
        `    </madani:title>`,
        `  </madani:evidence>`,
        `  <madani:evidence title="PV n° 3 &lt;annexe&gt; &amp; &quot;B&quot;&#10;ligne 2" sha256="${HASH}"/>`,
        `  <madani:evidence title="Rapport d&apos;activité"/>`,
        `</madani:value-data>`,
      ]
        .map((l) => `        ${l}`)
        .join("\n"),
    );
    expect(xml).toContain('<madani:value-data id="v2" seq="1" state="submitted" empty-evidence="1"/>');
    expect(xml).not.toMatch(/ evidence="/);
    expect(toIatiResults(plan, { extensions: false })).not.toContain("evidence");
  });

  it("reads the single text of earlier releases, on madani:value-data or on the value element, as one document", () => {
    const current = toIatiResults(plan);
    const v1 = current.slice(
      current.indexOf('<madani:value-data id="v1"'),
      current.indexOf("</madani:value-data>") + 20,
    );
    const text = (xml: string) => {
      const r = fromIatiResults(xml);
      return r.ok ? r.value.indicators[0]?.values.map((v) => v.evidence) : r.issues;
    };
    // The previous release: `@evidence` on madani:value-data.
    expect(
      text(current.replace(v1, '<madani:value-data id="v1" seq="0" evidence="PV n° 3 &lt;annexe&gt;&#10;ligne 2"/>')),
    ).toEqual([[{ title: "PV n° 3 <annexe>\nligne 2" }], [], [{ title: "Photos", url: "http://reseau.ma/p" }]]);
    // A blank text is no document.
    expect(text(current.replace(v1, '<madani:value-data id="v1" seq="0" evidence=" "/>'))?.[0]).toEqual([]);
    // The release before: `@madani:evidence` on the value element itself.
    expect(
      text(
        current
          .replace(v1, "")
          .replace(
            '<actual value="38">',
            '<actual value="38" madani:id="v1" madani:seq="0" madani:evidence="Registre">',
          ),
      )?.[0],
    ).toEqual([{ title: "Registre" }]);
  });

  it("leaves out a value whose evidence document the schema refuses, reported at the value, and keeps the rest", () => {
    const bad = fromIatiResults(toIatiResults(plan).replaceAll(HASH, HASH.toUpperCase()), { locale: "en" });
    expect(bad.ok ? bad.warnings.map((i) => [i.code, i.path, i.params?.reason]) : bad.issues).toEqual([
      [
        "iati.value_invalid",
        ["result", 0, "indicator", 0, "period", 0, "actual", 0],
        expect.stringMatching(/^values\.0\.evidence\.0\.sha256: /),
      ],
    ]);
    expect(bad.ok && bad.value.indicators[0]?.values.map((v) => v.id)).toEqual(["v2", "v3"]);
  });
});

const FIXTURES = join(dirname(fileURLToPath(import.meta.url)), "../../test/iati");
const hasXmllint = spawnSync("xmllint", ["--version"], { encoding: "utf8" }).error === undefined;
const work = mkdtempSync(join(tmpdir(), "madani-iati-evidence-"));
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe.skipIf(!hasXmllint && !process.env.CI)("evidence documents against the IATI 2.03 schema (xmllint)", () => {
  it("validates the export with evidence lists, with and without extensions", () => {
    for (const [k, options] of [{}, { extensions: false }].entries()) {
      const file = join(work, `evidence-${k}.xml`);
      writeFileSync(file, iatiActivities([toIatiResults(plan, options)]));
      const run = spawnSync(
        "xmllint",
        ["--noout", "--nonet", "--schema", join(FIXTURES, "iati-activities-schema.xsd"), file],
        { encoding: "utf8" },
      );
      expect(run.status, run.stderr).toBe(0);
    }
  });
});
