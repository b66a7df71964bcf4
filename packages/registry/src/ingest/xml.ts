import { IngestStop } from "./decode.js";

/**
 * What a {@link XmlScanner} reports. Element names are local names (a prefix such as `x:` is dropped);
 * `attrs` is the raw text of the start tag after its name, read with {@link attribute} or {@link eachAttribute}.
 */
export interface XmlHandler {
  /** A start tag; `empty` for `<name/>`. */
  open(name: string, attrs: string, empty: boolean): void;
  /** An end tag. */
  close(name: string): void;
  /** Character data (entities and CDATA already decoded), called only while `capture` is `true`. */
  text(text: string): void;
  /** Whether character data is wanted now (set by the handler as elements open and close). */
  readonly capture: boolean;
}

const GT = 62; // >
const SLASH = 47; // /
const BANG = 33; // !
const QUESTION = 63; // ?
const DQUOTE = 34;
const SQUOTE = 39;

const ENTITY = /&(?:(amp|lt|gt|quot|apos)|#(\d{1,7})|#x([0-9A-Fa-f]{1,6}));/g;
const NAMED: Readonly<Record<string, string>> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" };

function codePoint(n: number): string {
  return n > 0 && n <= 0x10ffff ? String.fromCodePoint(n) : "\uFFFD";
}

/** Decode the predefined entities and character references of XML text (other entities are left as they are). */
export function decodeEntities(text: string): string {
  if (!text.includes("&")) return text;
  return text.replace(ENTITY, (_m, named: string | undefined, dec: string | undefined, hex: string | undefined) =>
    named !== undefined
      ? (NAMED[named] as string)
      : codePoint(dec !== undefined ? Number(dec) : Number.parseInt(hex ?? "", 16)),
  );
}

/** The local part of a qualified name (`x:row` → `row`). */
function localName(name: string): string {
  const colon = name.indexOf(":");
  return colon < 0 ? name : name.slice(colon + 1);
}

/**
 * Call `each` with the local name and decoded value of every attribute of a start tag's text.
 *
 * @param attrs - the text of a start tag after its name.
 * @param each - receives each attribute.
 */
export function eachAttribute(attrs: string, each: (name: string, value: string) => void): void {
  let i = 0;
  const n = attrs.length;
  while (i < n) {
    const eq = attrs.indexOf("=", i);
    if (eq < 0) return;
    const name = attrs.slice(i, eq).trim();
    let q = eq + 1;
    while (q < n && attrs.charCodeAt(q) !== DQUOTE && attrs.charCodeAt(q) !== SQUOTE) q++;
    if (q >= n) return;
    const end = attrs.indexOf(attrs[q] as string, q + 1);
    if (end < 0) return;
    each(localName(name), decodeEntities(attrs.slice(q + 1, end)));
    i = end + 1;
  }
}

/** The decoded value of the attribute of a start tag whose local name is `name`, if any. */
export function attribute(attrs: string, name: string): string | undefined {
  let found: string | undefined;
  eachAttribute(attrs, (k, v) => {
    if (k === name && found === undefined) found = v;
  });
  return found;
}

/** The end of a start or end tag that opens at `lt`: the `>` outside quoted attribute values, or -1. */
function tagEnd(s: string, lt: number): number {
  // A `>` may stand inside an attribute value: only one outside quotes ends the tag.
  let quote = 0;
  for (let i = lt + 1; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (quote !== 0) {
      if (c === quote) quote = 0;
    } else if (c === GT) return i;
    else if (c === DQUOTE || c === SQUOTE) quote = c;
  }
  return -1;
}

/**
 * A streaming reader of the XML that spreadsheet parts hold: text is pushed in pieces of any size and
 * elements are reported as soon as they are complete, so that a part is never held whole. It reads
 * well-formed documents as a parser would (start and end tags, empty elements, attributes with either
 * quote and with `>` inside them, the predefined entities and character references, CDATA sections,
 * comments and processing instructions, which are skipped); it does not check well-formedness, expand
 * DTD entities or resolve namespaces (names are taken by their local part).
 *
 * @remarks A piece of markup or text longer than `maxPending` characters with no end in sight stops the
 * reading with `ingest.xlsx_corrupt`.
 */
export class XmlScanner {
  private buf = "";

  constructor(
    private readonly handler: XmlHandler,
    private readonly maxPending: number,
  ) {}

  /**
   * Read a piece of the document.
   *
   * @param chunk - the next characters.
   * @param final - `true` at the end of the document.
   * @throws {@link IngestStop} `ingest.xlsx_corrupt` when markup is cut at the end or runs over `maxPending`.
   */
  push(chunk: string, final: boolean): void {
    const s = this.buf.length === 0 ? chunk : this.buf + chunk;
    const h = this.handler;
    const n = s.length;
    let i = 0;
    while (i < n) {
      const lt = s.indexOf("<", i);
      if (lt < 0) break;
      if (lt > i && h.capture) h.text(decodeEntities(s.slice(i, lt)));
      const c1 = s.charCodeAt(lt + 1);
      if (Number.isNaN(c1)) {
        i = lt;
        break;
      }
      if (c1 === BANG) {
        if (s.startsWith("<!--", lt)) {
          const end = s.indexOf("-->", lt + 4);
          if (end < 0) {
            i = lt;
            break;
          }
          i = end + 3;
        } else if (s.startsWith("<![CDATA[", lt)) {
          const end = s.indexOf("]]>", lt + 9);
          if (end < 0) {
            i = lt;
            break;
          }
          if (h.capture) h.text(s.slice(lt + 9, end));
          i = end + 3;
        } else if (n - lt < 9 && "<![CDATA[".startsWith(s.slice(lt))) {
          i = lt;
          break;
        } else {
          // A document type declaration: skipped (its entities are never expanded).
          const end = s.indexOf(">", lt);
          if (end < 0) {
            i = lt;
            break;
          }
          i = end + 1;
        }
        continue;
      }
      if (c1 === QUESTION) {
        const end = s.indexOf("?>", lt + 2);
        if (end < 0) {
          i = lt;
          break;
        }
        i = end + 2;
        continue;
      }
      const gt = tagEnd(s, lt);
      if (gt < 0) {
        i = lt;
        break;
      }
      if (c1 === SLASH) {
        h.close(localName(s.slice(lt + 2, gt).trim()));
      } else {
        const empty = s.charCodeAt(gt - 1) === SLASH;
        const inner = empty ? gt - 1 : gt;
        let k = lt + 1;
        while (k < inner) {
          const c = s.charCodeAt(k);
          if (c === 32 || c === 9 || c === 10 || c === 13) break;
          k++;
        }
        h.open(localName(s.slice(lt + 1, k)), k < inner ? s.slice(k, inner) : "", empty);
        if (empty) h.close(localName(s.slice(lt + 1, k)));
      }
      i = gt + 1;
    }
    if (i >= n) {
      this.buf = "";
      return;
    }
    const lt = s.indexOf("<", i);
    if (lt < 0) {
      // Text with no markup after it yet: kept whole when captured, else only dropped.
      if (final) {
        if (h.capture) h.text(decodeEntities(s.slice(i)));
        this.buf = "";
        return;
      }
      this.buf = h.capture ? s.slice(i) : "";
    } else {
      if (final) throw new IngestStop("ingest.xlsx_corrupt", { reason: "the XML of a part is cut short" });
      this.buf = s.slice(i);
    }
    if (this.buf.length > this.maxPending) {
      throw new IngestStop("ingest.xlsx_corrupt", { reason: "an XML element is too large" });
    }
  }
}
