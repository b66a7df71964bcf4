import fc from "fast-check";
import { parse, parseFragment } from "parse5";
import { describe, expect, it } from "vitest";
import { attrs, escapeAttr, escapeText, normalizeMarkupText } from "./markup.js";

type Node = { nodeName: string; value?: string; attrs?: { name: string; value: string }[]; childNodes?: Node[] };

const nasty = fc.oneof(
  fc.string({ unit: "binary" }),
  fc
    .array(
      fc.oneof(
        fc.constantFrom(
          "<",
          ">",
          "&",
          '"',
          "'",
          "`",
          "</script>",
          "]]>",
          "<!--",
          "-->",
          "&amp;",
          "&#0;",
          "\0",
          "\r\n",
          "\r",
        ),
        fc.constantFrom(
          "\u202E",
          "\u2066",
          "\u2069",
          "\u200F",
          "\uD800",
          "\uDC00",
          "<svg onload=alert(1)>",
          '"><x a="',
        ),
        fc.string(),
      ),
    )
    .map((parts) => parts.join("")),
);

function texts(node: Node): string {
  if (node.nodeName === "#text") return node.value ?? "";
  return (node.childNodes ?? []).map(texts).join("");
}

describe("escapeText", () => {
  it("escapes the three characters that can open markup in text", () => {
    expect(escapeText(`a<b>&"'`)).toBe(`a&lt;b&gt;&amp;"'`);
  });

  it("round-trips any string through an HTML parser, in HTML and in SVG text", () => {
    fc.assert(
      fc.property(nasty, (s) => {
        for (const wrap of [(x: string) => `<p>${x}</p>`, (x: string) => `<svg><text>${x}</text></svg>`]) {
          const fragment = parseFragment(wrap(escapeText(s))) as unknown as Node;
          expect(fragment.childNodes).toHaveLength(1);
          const element = fragment.childNodes?.[0] as Node;
          const inner = element.nodeName === "svg" ? (element.childNodes?.[0] as Node) : element;
          expect(inner.childNodes?.every((n) => n.nodeName === "#text")).toBe(true);
          expect(texts(inner)).toBe(normalizeMarkupText(s));
        }
      }),
      { numRuns: 300 },
    );
  });

  it("survives the document's <title>, an RCDATA element", () => {
    fc.assert(
      fc.property(nasty, (s) => {
        const doc = parse(
          `<!DOCTYPE html><html><head><title>${escapeText(s)}</title></head><body></body></html>`,
        ) as unknown as Node;
        const head = doc.childNodes?.[1]?.childNodes?.[0] as Node;
        expect(head.childNodes?.map((n) => n.nodeName)).toEqual(["title"]);
        expect(texts(head.childNodes?.[0] as Node)).toBe(normalizeMarkupText(s));
      }),
      { numRuns: 200 },
    );
  });
});

describe("escapeAttr", () => {
  it("round-trips any string as a double-quoted attribute and adds no attribute", () => {
    fc.assert(
      fc.property(nasty, (s) => {
        const fragment = parseFragment(`<p title="${escapeAttr(s)}">x</p>`) as unknown as Node;
        const p = fragment.childNodes?.[0] as Node;
        expect(fragment.childNodes).toHaveLength(1);
        expect(p.attrs).toEqual([{ name: "title", value: normalizeMarkupText(s) }]);
      }),
      { numRuns: 300 },
    );
  });

  it("escapes quotes of both kinds and the backtick", () => {
    expect(escapeAttr(`"'\`<>&`)).toBe("&quot;&#39;&#96;&lt;&gt;&amp;");
  });
});

describe("normalizeMarkupText", () => {
  it("replaces NUL and lone surrogates and turns CR into LF, keeping pairs", () => {
    expect(normalizeMarkupText("a\0b\r\nc\rd\uD800e\uDC00f😀")).toBe("a\uFFFDb\nc\nd\uFFFDe\uFFFDf😀");
  });
});

describe("attrs", () => {
  it("leaves out undefined and false, writes true bare, escapes values", () => {
    expect(attrs({ a: 'x"y', b: undefined, c: false, d: true, e: 2 })).toBe(' a="x&quot;y" d e="2"');
  });
});
