/**
 * Writes `src/internal/phoneMetadata.ts`: the part of libphonenumber-js's full
 * ("max") metadata that `parsePhone` needs.
 *
 *   cd packages/model && tsx scripts/generate-phone-metadata.ts
 *
 * The full metadata weighs about 39 KB gzipped; the core entry of
 * `@madani/model` ships only the countries of `PHONE_COUNTRIES`
 * (`src/identifiers/phoneCountries.ts`), with the "max" data that number-type
 * detection (mobile / fixed line) needs. Run it again after changing that list
 * or upgrading libphonenumber-js.
 *
 * Metadata structure (libphonenumber-js METADATA.md, format version 4):
 * - `version`: the metadata format version (4);
 * - `country_calling_codes`: calling code → countries on it, the "main"
 *   country first (it carries the formatting rules of the whole calling code);
 * - `countries`: country → minified numbering plan (an array whose index 0 is
 *   the calling code, 1 the international prefix, 10 the leading digits, 11
 *   the number types, …);
 * - `nonGeographic`: calling code → numbering plan of the non-geographic
 *   codes (+800, +808, +870 …).
 *
 * The subset keeps, for every calling code of a supported country, only the
 * supported countries of that code (the main country must be one of them),
 * and no non-geographic plan. Two tables let `parsePhone` tell "another
 * country" from "invalid": the unsupported countries that share a calling
 * code with a supported one, each with the leading digits (or, without
 * them, the number-type patterns) that recognize its numbers; and every other
 * calling code with its countries.
 */
import { readFileSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { PHONE_COUNTRIES } from "../src/identifiers/phoneCountries.js";

/** A minified numbering plan (see libphonenumber-js METADATA.md). */
type Plan = readonly unknown[];

interface FullMetadata {
  readonly version: number;
  readonly country_calling_codes: Readonly<Record<string, readonly string[]>>;
  readonly countries: Readonly<Record<string, Plan>>;
  readonly nonGeographic: Readonly<Record<string, Plan>>;
}

/** Index of the calling code in a minified plan. */
const CALLING_CODE = 0;
/** Index of the leading-digits pattern in a minified plan (metadata version 4). */
const LEADING_DIGITS = 10;
/** Index of the number types in a minified plan: each type is `[pattern, lengths?]` or `0`. */
const TYPES = 11;

const require = createRequire(import.meta.url);
const here = path.dirname(fileURLToPath(import.meta.url));
const output = path.join(here, "..", "src", "internal", "phoneMetadata.ts");

const metadataPath = require.resolve("libphonenumber-js/metadata.max.json");
const full = JSON.parse(readFileSync(metadataPath, "utf8")) as FullMetadata;
const { version: libraryVersion } = JSON.parse(
  readFileSync(require.resolve("libphonenumber-js/package.json"), "utf8"),
) as { version: string };

if (full.version !== 4)
  throw new Error(`Unexpected metadata format version ${full.version}; this script reads version 4.`);

const supported = new Set<string>(PHONE_COUNTRIES);

function planOf(country: string): Plan {
  const plan = full.countries[country];
  if (plan === undefined) throw new Error(`libphonenumber-js has no metadata for ${country}`);
  return plan;
}

function callingCodeOf(country: string): string {
  const code = planOf(country)[CALLING_CODE];
  if (typeof code !== "string") throw new Error(`No calling code for ${country}`);
  return code;
}

/** The number-type patterns of a plan as one regular expression source (full match). */
function typesPattern(plan: Plan): string {
  const types = plan[TYPES];
  if (!Array.isArray(types)) return "";
  const patterns = types
    .filter((t): t is readonly unknown[] => Array.isArray(t) && typeof t[0] === "string")
    .map((t) => `(?:${String(t[0])})`);
  return patterns.join("|");
}

const callingCodes = [...new Set(PHONE_COUNTRIES.map(callingCodeOf))].sort((a, b) => Number(a) - Number(b));

const countryCallingCodes: Record<string, string[]> = {};
const countries: Record<string, Plan> = {};
/** Unsupported countries on a supported calling code: `[country, leadingDigits, typesPattern]`. */
const sharing: Record<string, [string, string, string][]> = {};

for (const code of callingCodes) {
  const onCode = full.country_calling_codes[code];
  if (onCode === undefined) throw new Error(`No countries for calling code ${code}`);
  const kept = onCode.filter((c) => supported.has(c));
  if (kept[0] !== onCode[0]) {
    throw new Error(
      `Calling code +${code}: its main country ${onCode[0]} must be supported too (it holds the formats of ${kept.join(", ")}).`,
    );
  }
  countryCallingCodes[code] = kept;
  for (const country of kept) countries[country] = planOf(country);
  const others = onCode.filter((c) => !supported.has(c));
  if (others.length > 0) {
    sharing[code] = others.map((country) => {
      const plan = planOf(country);
      const leading = plan[LEADING_DIGITS];
      return typeof leading === "string" && leading !== "" ? [country, leading, ""] : [country, "", typesPattern(plan)];
    });
  }
}

for (const country of PHONE_COUNTRIES) {
  if (countries[country] === undefined) throw new Error(`${country} was not kept`);
}

const otherCallingCodes: Record<string, string> = {};
const allCodes = [...Object.keys(full.country_calling_codes), ...Object.keys(full.nonGeographic)];
for (const code of allCodes.sort((a, b) => Number(a) - Number(b))) {
  if (callingCodes.includes(code)) continue;
  otherCallingCodes[code] = (full.country_calling_codes[code] ?? []).join(" ");
}

const json = (value: unknown): string => JSON.stringify(value);
const lines: string[] = [
  "// GENERATED FILE: do not edit by hand.",
  `// Made by packages/model/scripts/generate-phone-metadata.ts from libphonenumber-js ${libraryVersion}`,
  "// (metadata.max.json, metadata format version 4), keeping the countries of",
  "// src/identifiers/phoneCountries.ts. Regenerate: cd packages/model && tsx scripts/generate-phone-metadata.ts",
  'import type { MetadataJson } from "libphonenumber-js/core";',
  "",
  `/** Version of libphonenumber-js the metadata was taken from. */`,
  `export const PHONE_METADATA_SOURCE = ${json(`libphonenumber-js@${libraryVersion}`)};`,
  "",
  "/**",
  " * libphonenumber-js metadata (format version 4, with number types) for the",
  " * supported countries only; valid input for the functions of `libphonenumber-js/core`.",
  " */",
  "export const phoneMetadata: MetadataJson = {",
  `  version: ${full.version},`,
  `  country_calling_codes: ${json(countryCallingCodes)},`,
  "  countries: {",
  ...Object.entries(countries).map(([country, plan]) => `    ${country}: ${json(plan)},`),
  "  },",
  "  nonGeographic: {},",
  "};",
  "",
  "/**",
  " * Unsupported countries that share a calling code with a supported one, by",
  " * calling code: `[country, leadingDigits, typesPattern]`. A national number",
  " * is theirs when it starts with `leadingDigits` or, when that is empty,",
  " * matches `typesPattern` entirely.",
  " */",
  "export const sharedCallingCodeCountries: Readonly<Record<string, readonly (readonly [string, string, string])[]>> =",
  `  ${json(sharing)};`,
  "",
  "/**",
  " * Every calling code without a supported country, with its countries",
  " * (space-separated; empty for the non-geographic codes such as +800).",
  " */",
  `export const otherCallingCodes: Readonly<Record<string, string>> = ${json(otherCallingCodes)};`,
  "",
];

writeFileSync(output, lines.join("\n"));
console.log(
  `Wrote ${path.relative(process.cwd(), output)}: ${Object.keys(countries).length} countries on ${callingCodes.length} calling codes, from libphonenumber-js ${libraryVersion}.`,
);
