import { readdirSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { parse as parseCsv } from "csv-parse/sync";
import { stringify } from "csv-stringify/sync";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { decodeInput } from "./decode.js";
import {
  CsvScanner,
  csvRecords,
  JsonArraySplitter,
  NdjsonSplitter,
  parseCsvRecords,
  type RawRecord,
  sanitizeText,
  sanitizeValue,
} from "./records.js";

const spectrum = join(dirname(fileURLToPath(import.meta.url)), "../../test/fixtures/ingest/csv-spectrum");

async function read(chunks: Iterable<string> | AsyncIterable<string>, delimiter = ",", max = 1_000_000) {
  const out: RawRecord[] = [];
  for await (const r of csvRecords(chunks, delimiter, max)) out.push(r);
  return out;
}

const fieldsOf = (records: readonly RawRecord[]) => records.map((r) => (r.kind === "fields" ? r.fields : r.kind));

/** Where a published JSON file does not match its CSV file: the CSV's value is the one to read. */
const ERRATA: Readonly<Record<string, Record<string, string>>> = {
  location_coordinates: { "Contact Phone Number": "2095257564" },
};

/** A record's fields, an element's value, or a broken record's code. */
const show = (r: RawRecord) => (r.kind === "broken" ? r.code : r.kind === "fields" ? r.fields : r.value);

const LINE_ENDS = { LF: "\n", CRLF: "\r\n", CR: "\r" } as const;

/** Every line end of a text (LF, CRLF or CR) replaced by `eol`. */
const withLineEnds = (text: string, eol: string) => text.replace(/\r\n|\r|\n/g, eol);

describe("CSV records: csv-spectrum conformance", () => {
  const cases = readdirSync(join(spectrum, "csvs")).filter((f) => f.endsWith(".csv"));

  it("has the public cases", () => {
    expect(cases.length).toBeGreaterThanOrEqual(12);
  });

  for (const file of cases) {
    const name = file.replace(/\.csv$/, "");
    for (const [label, eol] of Object.entries(LINE_ENDS)) {
      it(`${name} with ${label} line ends`, async () => {
        const csv = withLineEnds(readFileSync(join(spectrum, "csvs", file), "utf8"), eol);
        // One case gives its only record as an object, not an array.
        const parsed = JSON.parse(readFileSync(join(spectrum, "json", `${name}.json`), "utf8")) as unknown;
        const expected = ((Array.isArray(parsed) ? parsed : [parsed]) as Record<string, string>[]).map((row) =>
          Object.fromEntries(Object.entries(row).map(([k, v]) => [k, withLineEnds(v, eol)])),
        );
        Object.assign(expected[0] ?? {}, ERRATA[name]);
        const records = await read([csv]);
        const [header, ...rows] = fieldsOf(records) as string[][];
        const objects = rows.map((fields) => Object.fromEntries((header ?? []).map((h, k) => [h, fields[k]])));
        expect(objects).toEqual(expected);
      });
    }
  }
});

describe("CSV records: line ends and quotes", () => {
  it("keeps a multi-line quoted field in one record", async () => {
    const records = await read(['Nom,Commune,Téléphone\n"جمعية الأمل\nAssociation Al Amal",Tétouan,0612345678\n']);
    expect(fieldsOf(records)).toEqual([
      ["Nom", "Commune", "Téléphone"],
      ["جمعية الأمل\nAssociation Al Amal", "Tétouan", "0612345678"],
    ]);
    expect(records.map((r) => r.line)).toEqual([1, 2]);
  });

  it("reads CR-only, CRLF and mixed line ends, and counts lines across them", async () => {
    const records = await read(['a,b\r1,2\r\n3,"x\ry"\n\r5,6']);
    expect(fieldsOf(records)).toEqual([
      ["a", "b"],
      ["1", "2"],
      ["3", "x\ry"],
      ["5", "6"],
    ]);
    expect(records.map((r) => r.line)).toEqual([1, 2, 3, 6]);
  });

  it("quarantines the first line of a quote never closed and reads on at the next line", async () => {
    const records = await read(['Nom,Ville\n"Amal,Rabat\nNour,Fès\nAtlas,"Sal\né"\n']);
    expect(records.map((r) => [r.kind, r.line, show(r)])).toEqual([
      ["fields", 1, ["Nom", "Ville"]],
      ["broken", 2, "ingest.csv_unbalanced_quote"],
      ["fields", 3, ["Nour", "Fès"]],
      ["fields", 4, ["Atlas", "Sal\né"]],
    ]);
    expect(records[1]?.raw).toBe('"Amal,Rabat');
  });

  it("quarantines a line whose closing quote is followed by text", async () => {
    const records = await read(['Nom,Ville\n"Amal"x,Rabat\nNour,Fès\n']);
    expect(records.map((r) => (r.kind === "broken" ? [r.code, r.raw] : r.kind))).toEqual([
      "fields",
      ["ingest.csv_malformed", '"Amal"x,Rabat'],
      "fields",
    ]);
  });

  it("reports a 1 MB quoted field as a record too large and reads the next record", async () => {
    const big = "x".repeat(1_000_001);
    const chunks = ["Nom,Note\n", 'Amal,"', big.slice(0, 500_000), big.slice(500_000), '"\n', "Nour,ok\n"];
    const records = await read(chunks, ",", 1_000_000);
    expect(records.map(show)).toEqual([["Nom", "Note"], "ingest.record_too_large", ["Nour", "ok"]]);
    expect(records[1]?.raw.length).toBe(1000);
    expect(records.map((r) => r.line)).toEqual([1, 2, 3]);
  });

  it("scanner: a CR at the end of a chunk waits for the next one", () => {
    const s = new CsvScanner(",", 1000);
    expect(s.push("a,b\r", false)).toEqual([]);
    expect(s.push("\nc,d", false)).toEqual([{ kind: "text", text: "a,b", line: 1 }]);
    expect(s.push("", true)).toEqual([{ kind: "text", text: "c,d", line: 2 }]);
  });
});

/**
 * The rows as a CSV file written by csv-stringify, a writer nobody on the team wrote: cells holding the
 * delimiter, a quote, CR or LF are quoted (with `quoteAll`, every cell), and so are cells with spaces at
 * either end, which the reader trims when they are not quoted.
 */
function writeCsv(rows: readonly (readonly string[])[], delimiter: string, quoteAll: boolean, eol: string): string {
  return stringify(
    rows.map((r) => [...r]),
    { delimiter, quoted: quoteAll, quoted_match: /^\s|\s$|\r|\n/, record_delimiter: eol, eof: true },
  );
}

/** Cut `bytes` at `cuts`, each piece as bytes, or as a string when it does not cut a character and `asText` says so. */
function pieces(bytes: Uint8Array, cuts: readonly number[], asText: readonly boolean[]): (string | Uint8Array)[] {
  const at = [...new Set(cuts.map((c) => c % (bytes.length + 1)))].sort((a, b) => a - b);
  const bounds = [0, ...at, bytes.length];
  const boundary = (i: number) => i >= bytes.length || ((bytes[i] as number) & 0xc0) !== 0x80;
  const out: (string | Uint8Array)[] = [];
  for (let k = 0; k + 1 < bounds.length; k++) {
    const a = bounds[k] as number;
    const b = bounds[k + 1] as number;
    const part = bytes.subarray(a, b);
    out.push(asText[k] === true && boundary(a) && boundary(b) ? new TextDecoder().decode(part) : part);
  }
  return out;
}

const cellArb = fc.string({
  unit: fc.constantFrom("a", "Z", "é", "ج", "م", "ع", "ي", "ة", " ", '"', ",", ";", "\t", "\n", "\r", "😀", "٣"),
  maxLength: 8,
});

describe("CSV records: round trip (property)", () => {
  it("reads back exactly the rows written, under any split into text and byte chunks", async () => {
    await fc.assert(
      fc.asyncProperty(
        fc
          .integer({ min: 2, max: 4 })
          .chain((width) =>
            fc.array(fc.array(cellArb, { minLength: width, maxLength: width }), { minLength: 1, maxLength: 8 }),
          ),
        fc.constantFrom(",", ";", "\t"),
        fc.boolean(),
        fc.constantFrom("\n", "\r\n", "\r"),
        fc.array(fc.nat(), { maxLength: 12 }),
        fc.array(fc.boolean(), { maxLength: 13 }),
        async (rows, delimiter, quoteAll, eol, cuts, asText) => {
          const csv = writeCsv(rows, delimiter, quoteAll, eol);
          const bytes = new TextEncoder().encode(csv);
          const info = { encoding: undefined, guessed: false };
          const records = await read(decodeInput(pieces(bytes, cuts, asText), "utf-8", info), delimiter);
          expect(fieldsOf(records)).toEqual(rows);
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe("JSON array elements", () => {
  const split = (text: string, max = 1_000_000) => {
    const s = new JsonArraySplitter(max);
    const out: RawRecord[] = [];
    for (const ch of [text.slice(0, 7), text.slice(7)]) out.push(...s.push(ch, false));
    out.push(...s.push("", true));
    return out.map((r) => (r.kind === "object" ? r.value : [r.kind, r.raw]));
  };

  it("quarantines a malformed element alone, in compact and indented arrays", () => {
    expect(split('[{"n":"A"},{"n":"B",{"n":"C"},{"n":"D"}]')).toEqual([
      { n: "A" },
      ["broken", '{"n":"B"'],
      { n: "C" },
      { n: "D" },
    ]);
    const indented = '[\n  {"n": "A"},\n  {"n": "B},\n  {"n": "C"},\n  {"n": "D", "x": [1},\n  {"n": "E"}\n]';
    expect(split(indented)).toEqual([
      { n: "A" },
      ["broken", '{"n": "B},'.replace(/,$/, "")],
      { n: "C" },
      ["broken", '{"n": "D", "x": [1}'],
      { n: "E" },
    ]);
  });

  it("keeps nested objects and arrays inside one element", () => {
    expect(split('[{"a":[{"b":1},{"c":[2,3]}],"d":"x]}"}, 4, "s"]')).toEqual([
      { a: [{ b: 1 }, { c: [2, 3] }], d: "x]}" },
      4,
      "s",
    ]);
  });
});

describe("text that stores refuse", () => {
  it("removes C0 controls but TAB, LF and CR, and replaces lone surrogates", () => {
    expect(sanitizeText("a\u0000b\u0007\tc\r\n")).toEqual({ text: "ab\tc\r\n", changed: true });
    expect(sanitizeText("x\uD800y\uDC00z😀")).toEqual({ text: "x\uFFFDy\uFFFDz😀", changed: true });
    expect(sanitizeText("جمعية")).toEqual({ text: "جمعية", changed: false });
  });

  it("cleans keys and values of any depth", () => {
    let deep: unknown = "\u0000x";
    for (let i = 0; i < 20_000; i++) deep = [deep];
    const r = sanitizeValue({ "n\u0001": deep, ok: 1 });
    expect(r.changed).toBe(true);
    let v = (r.value as Record<string, unknown>).n;
    for (let i = 0; i < 20_000; i++) v = (v as unknown[])[0];
    expect(v).toBe("x");
  });
});

describe("NDJSON lines", () => {
  it("ends lines with LF, CRLF or CR, a CRLF cut between chunks included", () => {
    const s = new NdjsonSplitter();
    const out = [...s.push('{"a":1}\r{"a":2}\r', false), ...s.push('\n{"a":3}\n\n{"a":4}', false), ...s.push("", true)];
    expect(out.map((r) => [r.line, show(r)])).toEqual([
      [1, { a: 1 }],
      [2, { a: 2 }],
      [3, { a: 3 }],
      [5, { a: 4 }],
    ]);
  });

  it("reads the values of a JSON input that is not an array", () => {
    const s = new JsonArraySplitter(1000);
    expect([...s.push('{"a":1} {"a":2}', false), ...s.push("", true)].map(show)).toEqual([{ a: 1 }, { a: 2 }]);
  });
});

describe("CSV records: stray quotes lose no line (property)", () => {
  it("gives one record per line when lines start with a quote that never closes", async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.constantFrom("Amal,1", '"Nour,2', '"Salé', "Atlas,3"), { minLength: 1, maxLength: 20 }),
        fc.constantFrom("\n", "\r\n", "\r"),
        fc.integer({ min: 1, max: 9 }),
        async (lines, eol, size) => {
          const text = lines.join(eol) + eol;
          const chunks = Array.from({ length: Math.ceil(text.length / size) }, (_, k) =>
            text.slice(k * size, k * size + size),
          );
          const records = await read(chunks);
          expect(records.map((r) => [r.line, r.kind === "fields" ? r.fields.join(",") : r.raw])).toEqual(
            lines.map((l, k) => [k + 1, l]),
          );
          expect(records.map((r) => r.kind)).toEqual(lines.map((l) => (l.startsWith('"') ? "broken" : "fields")));
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe("parseCsvRecords: texts without quotes are split without csv-parse (property)", () => {
  it("gives the fields csv-parse gives, for any text without quotes or line ends", () => {
    const cell = fc.string({ unit: fc.constantFrom("a", "é", "ج", " ", "\t", ",", ";", "|", "'", "\\", "0") });
    fc.assert(
      fc.property(fc.array(cell, { minLength: 1, maxLength: 8 }), fc.constantFrom(",", ";", "\t", "|"), (cells, d) => {
        const text = cells.join(d);
        fc.pre(text !== "");
        const [fast] = parseCsvRecords([{ kind: "text", text, line: 1 }], d);
        const reference = parseCsv(text, {
          delimiter: d,
          relax_column_count: true,
          relax_quotes: true,
          skip_empty_lines: false,
          bom: false,
          record_delimiter: "\n",
        }) as string[][];
        expect(reference).toHaveLength(1);
        expect(fast).toEqual({ kind: "fields", fields: reference[0], raw: text, line: 1 });
      }),
    );
  });
});
