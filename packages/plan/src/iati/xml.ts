/**
 * A small XML writer and entity decoder for the IATI export and import (internal, not re-exported).
 *
 * @packageDocumentation
 */

/** An element to write: name, attributes (undefined ones are left out), children or text. */
export interface XmlElement {
  readonly name: string;
  readonly attrs: readonly (readonly [string, string | undefined])[];
  readonly children: readonly XmlElement[];
  readonly text?: string;
}

const FORBIDDEN =
  // biome-ignore lint/suspicious/noControlCharactersInRegex: characters that XML 1.0 forbids
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** Replace the characters XML 1.0 cannot hold (control characters, lone surrogates) with U+FFFD. */
function clean(s: string): string {
  return s.replace(FORBIDDEN, "\uFFFD");
}

/** Escape character data: `&`, `<`, `>` and carriage returns (kept through end-of-line normalization). */
export function escapeText(s: string): string {
  return clean(s).replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/\r/g, "&#13;");
}

/** Escape an attribute value: also quotes and the white space that attribute normalization would change. */
export function escapeAttribute(s: string): string {
  return escapeText(s).replace(/"/g, "&quot;").replace(/'/g, "&apos;").replace(/\t/g, "&#9;").replace(/\n/g, "&#10;");
}

/** Decode the five predefined entities and character references; unknown entities stay as they are. */
export function decodeEntities(s: string): string {
  return s.replace(/&(#x[0-9a-fA-F]+|#[0-9]+|amp|lt|gt|quot|apos);/g, (whole, ref: string) => {
    switch (ref) {
      case "amp":
        return "&";
      case "lt":
        return "<";
      case "gt":
        return ">";
      case "quot":
        return '"';
      case "apos":
        return "'";
      default: {
        const code = ref.startsWith("#x") ? Number.parseInt(ref.slice(2), 16) : Number.parseInt(ref.slice(1), 10);
        return code <= 0x10ffff ? String.fromCodePoint(code) : whole;
      }
    }
  });
}

/** Build an element; undefined children are left out. */
export function el(
  name: string,
  attrs: readonly (readonly [string, string | undefined])[],
  children: readonly (XmlElement | undefined)[] = [],
): XmlElement {
  return { name, attrs, children: children.filter((c): c is XmlElement => c !== undefined) };
}

/** The languages of Madani's texts, in the order their narratives are written. */
export const LANGS = ["ar", "fr", "en", "zgh"] as const;

/** A text in some of {@link LANGS}. */
export type Texts = { readonly [K in (typeof LANGS)[number]]?: string | undefined };

/** An element holding one `narrative` per language of a text (`xml:lang` on each), or `undefined` for no text. */
export function narratives(name: string, text: Texts | undefined): XmlElement | undefined {
  if (text === undefined) return undefined;
  const children: XmlElement[] = [];
  for (const lang of LANGS) {
    const t = text[lang];
    if (t !== undefined) children.push({ name: "narrative", attrs: [["xml:lang", lang]], children: [], text: t });
  }
  return el(name, [], children);
}

/** Write an element and its descendants, indented by two spaces per level. */
export function writeElement(e: XmlElement, depth = 0): string {
  const pad = "  ".repeat(depth);
  const attrs = e.attrs
    .filter((a): a is readonly [string, string] => a[1] !== undefined)
    .map(([k, v]) => ` ${k}="${escapeAttribute(v)}"`)
    .join("");
  if (e.text !== undefined) return `${pad}<${e.name}${attrs}>${escapeText(e.text)}</${e.name}>`;
  if (e.children.length === 0) return `${pad}<${e.name}${attrs}/>`;
  const inner = e.children.map((c) => writeElement(c, depth + 1)).join("\n");
  return `${pad}<${e.name}${attrs}>\n${inner}\n${pad}</${e.name}>`;
}

/**
 * Write a number as an `xsd:decimal` that reads back to the same number
 * (no exponent; `-0` stays `-0`).
 */
export function decimal(n: number): string {
  if (Object.is(n, -0)) return "-0";
  const s = String(n);
  const m = /^(-?)(\d)(?:\.(\d+))?e([+-]\d+)$/.exec(s);
  if (m === null) return s;
  const sign = m[1] ?? "";
  const digits = (m[2] ?? "") + (m[3] ?? "");
  const exp = Number(m[4]);
  if (exp >= 0) {
    const pos = 1 + exp;
    return digits.length <= pos
      ? sign + digits + "0".repeat(pos - digits.length)
      : `${sign}${digits.slice(0, pos)}.${digits.slice(pos)}`;
  }
  return `${sign}0.${"0".repeat(-exp - 1)}${digits}`;
}
