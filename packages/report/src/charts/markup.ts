/**
 * The two escape functions every renderer of HTML and SVG markup goes through:
 * one for text nodes, one for attribute values. No other code writes user
 * content into markup.
 *
 * @module
 */

// A lone surrogate cannot be written as UTF-8, NUL is dropped or replaced by the HTML parser, and a carriage
// return is turned into a line feed by it: writing what the parser would make of them keeps text and DOM equal.
const UNREPRESENTABLE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]|\0/g;
const CR = /\r\n?/g;
const TEXT_SPECIAL = /[&<>]/g;
const ATTR_SPECIAL = /[&<>"'`]/g;
const ENTITIES: Readonly<Record<string, string>> = {
  "&": "&amp;",
  "<": "&lt;",
  ">": "&gt;",
  '"': "&quot;",
  "'": "&#39;",
  "`": "&#96;",
};

/**
 * The string an HTML parser keeps of `value`: lone surrogates and NUL become U+FFFD,
 * CR LF and lone CR become LF. Escaping applies it first, so that what the page shows is what was given.
 *
 * @param value - any string.
 * @returns the string as it will appear in the parsed document.
 * @example
 * ```ts
 * normalizeMarkupText("a\r\nb"); // "a\nb"
 * ```
 */
export function normalizeMarkupText(value: string): string {
  return value.replace(UNREPRESENTABLE, "\uFFFD").replace(CR, "\n");
}

/**
 * Escape a string for an HTML or SVG text node.
 *
 * @param value - any string, from any source.
 * @returns the string with `&`, `<` and `>` written as character references.
 * @remarks Safe inside elements whose content is parsed as text (`p`, `td`, `title` of SVG, …), never inside
 * `<script>` or `<style>`, where the renderers put no user content.
 * @example
 * ```ts
 * escapeText("a < b & c"); // "a &lt; b &amp; c"
 * ```
 */
export function escapeText(value: string): string {
  return normalizeMarkupText(value).replace(TEXT_SPECIAL, (ch) => ENTITIES[ch] ?? ch);
}

/**
 * Escape a string for a double-quoted attribute value.
 *
 * @param value - any string, from any source.
 * @returns the string with `&`, `<`, `>`, `"`, `'` and the backtick written as character references.
 * @example
 * ```ts
 * `<a href="${escapeAttr(url)}">`;
 * ```
 */
export function escapeAttr(value: string): string {
  return normalizeMarkupText(value).replace(ATTR_SPECIAL, (ch) => ENTITIES[ch] ?? ch);
}

/**
 * Write attributes: `undefined` and `false` are left out, `true` writes the bare name, everything else
 * goes through {@link escapeAttr}.
 *
 * @param attributes - attribute names (trusted, written by this package) and values (escaped).
 * @returns the attributes, each preceded by a space.
 * @example
 * ```ts
 * `<span${attrs({ lang: "fr", dir: "ltr", hidden: false })}>`; // <span lang="fr" dir="ltr">
 * ```
 */
export function attrs(attributes: Readonly<Record<string, string | number | boolean | undefined>>): string {
  let out = "";
  for (const [name, value] of Object.entries(attributes)) {
    if (value === undefined || value === false) continue;
    out += value === true ? ` ${name}` : ` ${name}="${escapeAttr(String(value))}"`;
  }
  return out;
}
