/**
 * Validation against the official IATI 2.03 activity schema of this folder (SOURCE.md) with xmllint (Debian's
 * libxml2-utils), for the schema tests of packages/plan/src/iati. Without xmllint those tests are skipped with a
 * message, except on CI (`CI` set), where they fail.
 */
import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

/** This folder: the schema files and the published examples. */
export const FIXTURES = dirname(fileURLToPath(import.meta.url));
const XSD = join(FIXTURES, "iati-activities-schema.xsd");

/** The message of a run without xmllint. */
export const XMLLINT_MISSING =
  "xmllint was not found (Debian: apt-get install libxml2-utils): the IATI 2.03 schema tests of " +
  "packages/plan/src/iati are skipped; on CI they fail.";

/** Whether xmllint can be run here. */
export const hasXmllint = spawnSync("xmllint", ["--version"], { encoding: "utf8" }).error === undefined;

/** Whether the schema tests run: with xmllint, or on CI (where its absence fails them). */
export const runSchemaTests = hasXmllint || Boolean(process.env.CI);

/**
 * A checker that writes each XML text to a file of a temporary folder and returns the schema errors xmllint
 * reports for it (none when it validates); `cleanup` removes the folder.
 */
export function xsdChecker(): { readonly schemaErrors: (xml: string) => string[]; readonly cleanup: () => void } {
  const work = mkdtempSync(join(tmpdir(), "madani-iati-xsd-"));
  let files = 0;
  return {
    schemaErrors(xml: string): string[] {
      if (!hasXmllint) throw new Error(XMLLINT_MISSING);
      files += 1;
      const file = join(work, `doc-${files}.xml`);
      writeFileSync(file, xml);
      const run = spawnSync("xmllint", ["--noout", "--nonet", "--schema", XSD, file], {
        encoding: "utf8",
        maxBuffer: 64 * 1024 * 1024,
      });
      if (run.error !== undefined) throw run.error;
      const lines = run.stderr.split("\n").filter((l) => l.trim() !== "" && l !== `${file} validates`);
      if (run.status !== 0 && lines.length === 0) lines.push(`xmllint exited with ${run.status}`);
      return lines.map((l) => l.replaceAll(file, "doc.xml"));
    },
    cleanup(): void {
      rmSync(work, { recursive: true, force: true });
    },
  };
}
