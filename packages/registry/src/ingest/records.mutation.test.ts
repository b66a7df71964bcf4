import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  CsvScanner,
  csvRecords,
  detectDelimiter,
  firstLine,
  firstSignificant,
  JsonArraySplitter,
  NdjsonSplitter,
  parseCsvRecords,
  type RawRecord,
  sanitizeText,
  sanitizeValue,
} from "./records.js";

/** A record as `[line, fields | value | code, raw?]`, to compare. */
const show = (r: RawRecord): unknown[] =>
  r.kind === "fields" ? [r.line, r.fields] : r.kind === "object" ? [r.line, r.value] : [r.line, r.code, r.raw];

async function csv(chunks: readonly string[], delimiter = ",", max = 1_000_000): Promise<unknown[][]> {
  const out: unknown[][] = [];
  for await (const r of csvRecords(chunks, delimiter, max)) out.push(show(r));
  return out;
}

/** The pieces of a scanner, the text cut in chunks of `size` characters. */
function scan(text: string, size: number, delimiter = ",", max = 1_000_000) {
  const s = new CsvScanner(delimiter, max);
  const out = [];
  for (let i = 0; i < text.length; i += size) out.push(...s.push(text.slice(i, i + size), false));
  out.push(...s.push("", true));
  return out;
}

function json(text: string, size: number, max = 1_000_000): unknown[][] {
  const s = new JsonArraySplitter(max);
  const out: RawRecord[] = [];
  for (let i = 0; i < text.length; i += size) out.push(...s.push(text.slice(i, i + size), false));
  out.push(...s.push("", true));
  return out.map(show);
}

function ndjson(text: string, size: number): unknown[][] {
  const s = new NdjsonSplitter();
  const out: RawRecord[] = [];
  for (let i = 0; i < text.length; i += size) out.push(...s.push(text.slice(i, i + size), false));
  out.push(...s.push("", true));
  return out.map(show);
}

describe("header helpers", () => {
  it("finds the first significant character after a byte-order mark and white space", () => {
    expect(firstSignificant("\uFEFF \n\t[1]")).toBe("[");
    expect(firstSignificant("{")).toBe("{");
    expect(firstSignificant(" \uFEFF\r\n")).toBe("");
    expect(firstSignificant("")).toBe("");
  });

  it("detects the most frequent delimiter outside quotes, a comma on a tie", () => {
    expect(detectDelimiter("Nom;Ville;Tel")).toBe(";");
    expect(detectDelimiter("Nom\tVille")).toBe("\t");
    expect(detectDelimiter("Nom|Ville|Tel,x")).toBe("|");
    expect(detectDelimiter("Nom;Ville,Tel")).toBe(",");
    expect(detectDelimiter("Nom\tVille;Tel")).toBe(";");
    expect(detectDelimiter("Nom")).toBe(",");
    expect(detectDelimiter("")).toBe(",");
    expect(detectDelimiter('"a;b;c",d')).toBe(",");
    expect(detectDelimiter('"a,b";"c,d";e')).toBe(";");
    expect(detectDelimiter('a;b;"c,d,e,f"')).toBe(";");
  });

  it("cuts the first line at CR or LF", () => {
    expect(firstLine("a,b\r\nc")).toBe("a,b");
    expect(firstLine("a,b\rc")).toBe("a,b");
    expect(firstLine("a,b\nc")).toBe("a,b");
    expect(firstLine("a,b")).toBe("a,b");
    expect(firstLine("\nb")).toBe("");
  });
});

describe("CsvScanner: records, lines and chunks", () => {
  it("gives each record's text and first line, whatever the chunk size", () => {
    const text = 'a,b\r\n"x\r\ny",2\r"q""r",3\n\n  \n , \nlast';
    const expected = [
      { kind: "text", text: "a,b", line: 1 },
      { kind: "text", text: '"x\r\ny",2', line: 2 },
      { kind: "text", text: '"q""r",3', line: 4 },
      { kind: "text", text: " , ", line: 7 },
      { kind: "text", text: "last", line: 8 },
    ];
    for (const size of [1, 2, 3, 5, 100]) expect(scan(text, size)).toEqual(expected);
  });

  it("uses its own delimiter for a line of empty cells", () => {
    expect(scan("\t\n \n", 100, "\t")).toEqual([{ kind: "text", text: "\t", line: 1 }]);
    expect(scan("\t\n \n", 100, ",")).toEqual([]);
  });

  it("waits for the character after a quote at the end of a chunk", () => {
    const s = new CsvScanner(",", 1000);
    expect(s.push('"a"', false)).toEqual([]);
    expect(s.push('"b",c\n', false)).toEqual([{ kind: "text", text: '"a""b",c', line: 1 }]);
    expect(s.push("", true)).toEqual([]);
  });

  it("ends a quoted field at the end of the input", () => {
    const s = new CsvScanner(",", 1000);
    expect(s.push('x,"a"', false)).toEqual([]);
    expect(s.push("", true)).toEqual([{ kind: "text", text: 'x,"a"', line: 1 }]);
  });

  it("ends a record with a CR at the very end of the input", () => {
    expect(scan("a,b\r", 100)).toEqual([{ kind: "text", text: "a,b", line: 1 }]);
    expect(scan('"a\r', 100)).toEqual([{ kind: "broken", code: "ingest.csv_unbalanced_quote", raw: '"a', line: 1 }]);
  });

  it("counts a CR inside a quoted field cut from its LF as one line end", () => {
    for (const size of [1, 2, 4, 6]) {
      expect(scan('"a\r\nb",1\nc,2\n', size)).toEqual([
        { kind: "text", text: '"a\r\nb",1', line: 1 },
        { kind: "text", text: "c,2", line: 3 },
      ]);
    }
  });

  it("treats a quote inside an unquoted field as a character", () => {
    expect(scan('ab"c,d\n"e', 100)).toEqual([
      { kind: "text", text: 'ab"c,d', line: 1 },
      { kind: "broken", code: "ingest.csv_unbalanced_quote", raw: '"e', line: 2 },
    ]);
    expect(scan('a,b"c\n', 2)).toEqual([{ kind: "text", text: 'a,b"c', line: 1 }]);
  });

  it("opens a quoted field only at the start of a field, after any delimiter", () => {
    expect(scan('a;"b\nc";d\n', 3, ";")).toEqual([{ kind: "text", text: 'a;"b\nc";d', line: 1 }]);
    expect(scan('a;"b\nc";d\n', 3, ",")).toEqual([
      { kind: "text", text: 'a;"b', line: 1 },
      { kind: "text", text: 'c";d', line: 2 },
    ]);
  });

  it("reports a closing quote followed by text on the first line, with its line", () => {
    for (const size of [1, 3, 100]) {
      expect(scan('a\n"x"y,1\nb\n', size)).toEqual([
        { kind: "text", text: "a", line: 1 },
        { kind: "broken", code: "ingest.csv_malformed", params: { reason: "quote" }, raw: '"x"y,1', line: 2 },
        { kind: "text", text: "b", line: 3 },
      ]);
    }
  });

  it("gives up the first line of a quoted field that runs over lines and closes badly", () => {
    for (const size of [1, 2, 100]) {
      expect(scan('"a\r\nb"c\nd,1\n', size)).toEqual([
        { kind: "broken", code: "ingest.csv_unbalanced_quote", raw: '"a', line: 1 },
        { kind: "text", text: 'b"c', line: 2 },
        { kind: "text", text: "d,1", line: 3 },
      ]);
      expect(scan('"a\rb"c\rd\r', size)).toEqual([
        { kind: "broken", code: "ingest.csv_unbalanced_quote", raw: '"a', line: 1 },
        { kind: "text", text: 'b"c', line: 2 },
        { kind: "text", text: "d", line: 3 },
      ]);
    }
  });

  it("gives up, one by one, the first lines of quotes never closed", () => {
    for (const size of [1, 3, 100]) {
      expect(scan('h\n"a\n"b\r\nc\n', size)).toEqual([
        { kind: "text", text: "h", line: 1 },
        { kind: "broken", code: "ingest.csv_unbalanced_quote", raw: '"a', line: 2 },
        { kind: "broken", code: "ingest.csv_unbalanced_quote", raw: '"b', line: 3 },
        { kind: "text", text: "c", line: 4 },
      ]);
    }
    // A quote never closed on the last line, with no line end at all.
    expect(scan('h\n"abc', 2)).toEqual([
      { kind: "text", text: "h", line: 1 },
      { kind: "broken", code: "ingest.csv_unbalanced_quote", raw: '"abc', line: 2 },
    ]);
  });

  it("reports a record longer than the maximum once, keeps its first 1,000 characters, and reads on", () => {
    const long = `${"x".repeat(1500)},y`;
    for (const size of [7, 700, 5000]) {
      const pieces = scan(`a\n${long}\nb,c\n`, size, ",", 1200);
      expect(pieces).toEqual([
        { kind: "text", text: "a", line: 1 },
        {
          kind: "broken",
          code: "ingest.record_too_large",
          params: { maximum: 1200 },
          raw: "x".repeat(1000),
          line: 2,
        },
        { kind: "text", text: "b,c", line: 3 },
      ]);
    }
  });

  it("allows a record of exactly the maximum length", () => {
    expect(scan("abcde\nabcdef\nz\n", 2, ",", 5)).toEqual([
      { kind: "text", text: "abcde", line: 1 },
      { kind: "broken", code: "ingest.record_too_large", params: { maximum: 5 }, raw: "abcdef", line: 2 },
      { kind: "text", text: "z", line: 3 },
    ]);
  });

  it("drops a too-large quoted field with quotes and lines inside it, and counts its lines", () => {
    const field = `"${"x".repeat(30)}""y\n${"z".repeat(30)}"w`;
    for (const size of [1, 4, 1000]) {
      const pieces = scan(`${field},1\nok\n`, size, ",", 20);
      expect(pieces.map((p) => [p.kind, p.line, p.kind === "text" ? p.text : p.code])).toEqual([
        ["broken", 1, "ingest.record_too_large"],
        ["text", 3, "ok"],
      ]);
    }
  });

  it("drops a too-large quote never closed up to the end", () => {
    const pieces = scan(`a\n"${"x".repeat(50)}\nb\n`, 3, ",", 20);
    expect(pieces.map((p) => [p.kind, p.line])).toEqual([
      ["text", 1],
      ["broken", 2],
    ]);
  });
});

describe("CsvScanner: any chunking gives the same pieces (property)", () => {
  it("scans a text the same in one chunk or in many", () => {
    const unit = fc.constantFrom("a", "b", '"', '""', ",", ";", "\n", "\r", "\r\n", " ", "é");
    fc.assert(
      fc.property(
        fc.array(unit, { maxLength: 40 }),
        fc.integer({ min: 1, max: 7 }),
        fc.constantFrom(",", ";"),
        fc.integer({ min: 3, max: 50 }),
        (units, size, delimiter, max) => {
          const text = units.join("");
          // The text kept of a record too large is what was read of it when it grew too large.
          const stable = (n: number) =>
            scan(text, n, delimiter, max).map((p) =>
              p.kind === "broken" && p.code === "ingest.record_too_large" ? { ...p, raw: "" } : p,
            );
          expect(stable(size)).toEqual(stable(text.length + 1));
        },
      ),
    );
  });

  it("loses no line: every line is in a record or a broken record", async () => {
    const unit = fc.constantFrom("a", '"', ",", "\n", "\r\n");
    await fc.assert(
      fc.asyncProperty(fc.array(unit, { maxLength: 30 }), fc.integer({ min: 1, max: 5 }), async (units, size) => {
        const text = units.join("");
        const pieces = scan(text, size, ",", 1_000_000);
        const lines = pieces.map((p) => p.line);
        expect([...lines].sort((a, b) => a - b)).toEqual(lines);
        expect(new Set(lines).size).toBe(lines.length);
      }),
    );
  });
});

describe("parseCsvRecords", () => {
  it("keeps broken pieces in place and parses the texts", () => {
    const out = parseCsvRecords(
      [
        { kind: "text", text: "a,b", line: 1 },
        { kind: "broken", code: "ingest.csv_unbalanced_quote", raw: '"x', line: 2 },
        { kind: "text", text: '"c,d",e', line: 3 },
      ],
      ",",
    );
    expect(out.map(show)).toEqual([
      [1, ["a", "b"]],
      [2, "ingest.csv_unbalanced_quote", '"x'],
      [3, ["c,d", "e"]],
    ]);
    expect(out.map((r) => r.raw)).toEqual(["a,b", '"x', '"c,d",e']);
  });

  it("keeps quoted line ends inside a field", () => {
    const out = parseCsvRecords(
      [
        { kind: "text", text: "a,b", line: 1 },
        { kind: "text", text: '"x\ny",z', line: 2 },
        { kind: "text", text: "c", line: 4 },
      ],
      ",",
    );
    expect(out.map(show)).toEqual([
      [1, ["a", "b"]],
      [2, ["x\ny", "z"]],
      [4, ["c"]],
    ]);
  });

  it("makes a text that csv-parse refuses a broken record with its error code, and parses the others alone", () => {
    const out = parseCsvRecords(
      [
        { kind: "text", text: "a,b", line: 1 },
        { kind: "text", text: '"never closed', line: 2 },
        { kind: "text", text: "c,d", line: 3 },
      ],
      ",",
    );
    expect(out.map((r) => (r.kind === "broken" ? [r.line, r.code, r.params, r.raw] : show(r)))).toEqual([
      [1, ["a", "b"]],
      [2, "ingest.csv_malformed", { reason: "CSV_QUOTE_NOT_CLOSED" }, '"never closed'],
      [3, ["c", "d"]],
    ]);
  });

  it("makes a text that parses into several records a broken record", () => {
    const out = parseCsvRecords(
      [
        { kind: "text", text: "a;b", line: 1 },
        { kind: "text", text: "c\nd", line: 2 },
        { kind: "text", text: "e;f", line: 4 },
      ],
      ";",
    );
    expect(out.map((r) => (r.kind === "broken" ? [r.code, r.params] : r.kind === "fields" ? r.fields : r))).toEqual([
      ["a", "b"],
      ["ingest.csv_malformed", { reason: "2 records" }],
      ["e", "f"],
    ]);
  });

  it("returns nothing for no pieces", () => {
    expect(parseCsvRecords([], ",")).toEqual([]);
  });
});

describe("csvRecords", () => {
  it("reads many records in batches, every one of them in order", async () => {
    const rows = Array.from({ length: 4501 }, (_, i) => `r${i},${i}`);
    const records = await csv([`${rows.join("\n")}\n`]);
    expect(records.length).toBe(4501);
    expect(records[0]).toEqual([1, ["r0", "0"]]);
    expect(records[2000]).toEqual([2001, ["r2000", "2000"]]);
    expect(records[4500]).toEqual([4501, ["r4500", "4500"]]);
  });

  it("reads records from chunks and from the last chunk", async () => {
    expect(await csv(["a;b\n1", ";2\n3;", "4"], ";")).toEqual([
      [1, ["a", "b"]],
      [2, ["1", "2"]],
      [3, ["3", "4"]],
    ]);
  });
});

describe("NdjsonSplitter", () => {
  it("reads lines, skips blank ones and counts them", () => {
    for (const size of [1, 2, 100]) {
      expect(ndjson('{"a":1}\r\n\r\n  \n{"a":2}\r[3]', size)).toEqual([
        [1, { a: 1 }],
        [4, { a: 2 }],
        [5, [3]],
      ]);
    }
  });

  it("waits for a CR at the end of a chunk, and ends the input on it", () => {
    const s = new NdjsonSplitter();
    expect(s.push('{"a":1}\r', false)).toEqual([]);
    expect(s.push("\n2\r", false).map(show)).toEqual([[1, { a: 1 }]]);
    expect(s.push("", true).map(show)).toEqual([[2, 2]]);
    const t = new NdjsonSplitter();
    expect(t.push('{"a":1}\r', true).map(show)).toEqual([[1, { a: 1 }]]);
  });

  it("makes a line that is not JSON a broken record with the parser's reason, at most 120 characters", () => {
    const [bad] = ndjson(`{"a":${"x".repeat(300)}}\n`, 1000);
    expect(bad?.[1]).toBe("ingest.json_malformed");
    const s = new NdjsonSplitter();
    const [r] = s.push("{nope}\n", false);
    expect(r?.kind).toBe("broken");
    const reason = r?.kind === "broken" ? String(r.params?.reason) : "";
    expect(reason.length).toBeGreaterThan(0);
    expect(reason.length).toBeLessThanOrEqual(120);
    const [long] = new NdjsonSplitter().push(`{"${"k".repeat(500)}" 1}`, true);
    const longReason = long?.kind === "broken" ? String(long.params?.reason) : "";
    expect(longReason.length).toBe(Math.min(120, longReason.length));
    expect(r?.raw).toBe("{nope}");
  });
});

describe("JsonArraySplitter: well-formed arrays (property)", () => {
  it("gives every element of an array, whatever the indentation and chunking", () => {
    fc.assert(
      fc.property(
        fc.array(fc.jsonValue({ maxDepth: 3 }), { maxLength: 6 }),
        fc.constantFrom(undefined, 2, "\t"),
        fc.integer({ min: 1, max: 9 }),
        (values, indent, size) => {
          const text = JSON.stringify(values, null, indent);
          const expected = JSON.parse(text) as unknown[];
          expect(json(text, size).map((r) => r[1])).toEqual(expected);
        },
      ),
    );
  });

  it("gives the line each element starts on", () => {
    expect(json('[\n  {"a": 1},\n  2,\n  "s",\n  [true, null]\n]', 3)).toEqual([
      [2, { a: 1 }],
      [3, 2],
      [4, "s"],
      [5, [true, null]],
    ]);
  });

  it("reads strings with escapes and structural characters", () => {
    expect(json('[{"k\\"}":"v\\\\"}, "\\"]", "a,b:{"]', 2).map((r) => r[1])).toEqual([{ 'k"}': "v\\" }, '"]', "a,b:{"]);
  });

  it("reads scalars that end at a comma, a bracket or white space", () => {
    expect(json("[1,-2.5e3 ,true\n,null]", 1).map((r) => r[1])).toEqual([1, -2500, true, null]);
    expect(json("[[1,2],[]]", 1).map((r) => r[1])).toEqual([[1, 2], []]);
    expect(json("[{},{}]", 1).map((r) => r[1])).toEqual([{}, {}]);
  });

  it("reads values that are not in an array, a scalar at the end of the input too", () => {
    expect(json('{"a":1}\n{"b":2}', 3).map((r) => r[1])).toEqual([{ a: 1 }, { b: 2 }]);
    expect(json("42", 1)).toEqual([[1, 42]]);
    expect(json("[1, 2", 2).map((r) => r[1])).toEqual([1, 2]);
  });

  it("reads an empty array as no elements", () => {
    expect(json("[]", 1)).toEqual([]);
    expect(json("  [ ]  ", 1)).toEqual([]);
    expect(json("", 1)).toEqual([]);
  });
});

describe("JsonArraySplitter: malformed elements", () => {
  it("quarantines each kind of malformed element and reads the next one", () => {
    const cases: [string, string][] = [
      ['[{"a" 1},{"b":2}]', '{"a" 1}'],
      ['[{"a":1 "c":3},{"b":2}]', '{"a":1 "c":3}'],
      ['[{"a":1]},{"b":2}]', '{"a":1]}'],
      ['[[1}],{"b":2}]', "[1}]"],
      ['[{1:2},{"b":2}]', "{1:2}"],
      ['[{"a":,},{"b":2}]', '{"a":,}'],
      ['[{"a":"x\ry"},{"b":2}]', '{"a":"x\ry"}'],
      ['[{"a":[1,]},{"b":2}]', '{"a":[1,]}'],
      ['[{"a":1,},{"b":2}]', '{"a":1,}'],
    ];
    for (const [text, raw] of cases) {
      for (const size of [1, 4, 1000]) {
        expect(json(text, size), text).toEqual([
          [1, "ingest.json_malformed", raw],
          [1, { b: 2 }],
        ]);
      }
    }
    // A line end inside a string: the line after it is counted.
    expect(json('[{"a":"x\ny"},{"b":2}]', 3)).toEqual([
      [1, "ingest.json_malformed", '{"a":"x\ny"}'],
      [2, { b: 2 }],
    ]);
  });

  it("resynchronizes only on a `{` after a comma at the broken element's indentation", () => {
    const text = '[\n  {"n": "A", "x": {"deep": [1}, {"k": 1}},\n  {"n": "B"}\n]';
    expect(json(text, 5)).toEqual([
      [2, "ingest.json_malformed", '{"n": "A", "x": {"deep": [1}, {"k": 1}}'],
      [3, { n: "B" }],
    ]);
    // Compact: any `{` after a comma starts the next element.
    expect(json('[{"a":[1},{"b":2}]', 3)).toEqual([
      [1, "ingest.json_malformed", '{"a":[1}'],
      [1, { b: 2 }],
    ]);
  });

  it("ends a broken element at the end of the input, without the closing bracket", () => {
    expect(json('[{"a":1},{"b" 2}]', 3)).toEqual([
      [1, { a: 1 }],
      [1, "ingest.json_malformed", '{"b" 2}'],
    ]);
    expect(json('[{"a":1},{"b":', 3)).toEqual([
      [1, { a: 1 }],
      [1, "ingest.json_malformed", '{"b":'],
    ]);
  });

  it("reports text after the closing bracket", () => {
    expect(json("[1]\n  tail x\n", 2)).toEqual([
      [1, 1],
      [2, "ingest.json_malformed", "tail x"],
    ]);
    expect(json("[1]  \n ", 2)).toEqual([[1, 1]]);
  });

  it("reports an element longer than the maximum once, and reads the next one", () => {
    const big = `{"a":"${"x".repeat(1500)}"}`;
    for (const size of [5, 300, 5000]) {
      const out = json(`[${big},\n{"b":2}]`, size, 1200);
      expect(out.map((r) => r.slice(0, 2))).toEqual([
        [1, "ingest.record_too_large"],
        [2, { b: 2 }],
      ]);
      expect(out[0]?.[2]).toBe(big.slice(0, 1000));
    }
    // Seven characters are allowed with a maximum of 7; nine are not.
    expect(json('[{"a":1},{"a":222}]', 1000, 7)).toEqual([
      [1, { a: 1 }],
      [1, "ingest.record_too_large", '{"a":222}]'],
    ]);
  });

  it("reports a malformed element longer than the maximum once", () => {
    const out = json(`[{"a" ${"1".repeat(50)}},\n{"b":2}]`, 4, 20);
    expect(out.map((r) => r.slice(0, 2))).toEqual([
      [1, "ingest.record_too_large"],
      [2, { b: 2 }],
    ]);
    const last = json(`[{"a" ${"1".repeat(50)}}`, 4, 20);
    expect(last.map((r) => r.slice(0, 2))).toEqual([[1, "ingest.record_too_large"]]);
    const scalar = json(`[${"1".repeat(50)}`, 4, 20);
    expect(scalar.map((r) => r.slice(0, 2))).toEqual([[1, "ingest.record_too_large"]]);
  });

  it("scans malformed arrays the same in one chunk or in many (property)", () => {
    const unit = fc.constantFrom("{", "}", "[", "]", ",", ":", '"a"', '"', "1", " ", "\n", "\\");
    fc.assert(
      fc.property(fc.array(unit, { maxLength: 30 }), fc.integer({ min: 1, max: 6 }), (units, size) => {
        const text = `[${units.join("")}`;
        const stable = (n: number) =>
          json(text, n, 25).map((r) => (r[1] === "ingest.record_too_large" ? r.slice(0, 2) : r));
        expect(stable(size)).toEqual(stable(text.length + 1));
      }),
    );
  });
});

describe("sanitizeText and sanitizeValue", () => {
  it("removes every C0 control but TAB, LF and CR", () => {
    for (let c = 0; c < 0x20; c++) {
      const ch = String.fromCharCode(c);
      const kept = ch === "\t" || ch === "\n" || ch === "\r";
      expect(sanitizeText(`a${ch}b`)).toEqual(
        kept ? { text: `a${ch}b`, changed: false } : { text: "ab", changed: true },
      );
    }
    expect(sanitizeText("a\u007Fb\u0020")).toEqual({ text: "a\u007Fb\u0020", changed: false });
  });

  it("replaces lone surrogates only", () => {
    expect(sanitizeText("\uDBFF\uDFFF")).toEqual({ text: "\uDBFF\uDFFF", changed: false });
    expect(sanitizeText("\uDBFFx")).toEqual({ text: "\uFFFDx", changed: true });
    expect(sanitizeText("x\uDC00")).toEqual({ text: "x\uFFFD", changed: true });
    expect(sanitizeText("\uD800\uD800\uDC00")).toEqual({ text: "\uFFFD\uD800\uDC00", changed: true });
  });

  it("cleans strings, keys and nested values, and returns the same value when nothing changes", () => {
    expect(sanitizeValue("a\u0000")).toEqual({ value: "a", changed: true });
    expect(sanitizeValue("a")).toEqual({ value: "a", changed: false });
    expect(sanitizeValue(null)).toEqual({ value: null, changed: false });
    expect(sanitizeValue(5)).toEqual({ value: 5, changed: false });
    const clean = { a: [1, "b", { c: null }], d: true };
    const same = sanitizeValue(clean);
    expect(same.changed).toBe(false);
    expect(same.value).toBe(clean);
    const dirty = sanitizeValue({ "k\u0001": ["x\u0002", { y: "\uD800" }, 3, null], z: "ok" });
    expect(dirty).toEqual({ value: { k: ["x", { y: "\uFFFD" }, 3, null], z: "ok" }, changed: true });
    const key = sanitizeValue({ "__proto__\u0000": 1 });
    expect(Object.keys(key.value as object)).toEqual(["__proto__"]);
    expect(Object.getPrototypeOf(key.value)).toBe(Object.prototype);
  });

  it("keeps arrays as arrays and objects as objects", () => {
    const r = sanitizeValue([["\u0000a"], { b: ["\u0000c"] }]);
    expect(r.value).toEqual([["a"], { b: ["c"] }]);
    expect(Array.isArray((r.value as unknown[])[0])).toBe(true);
    expect(Array.isArray((r.value as unknown[])[1])).toBe(false);
  });
});
