import { describe, expect, it } from "vitest";
import { geoMessages } from "../src/geo/messages.js";
import { LOCALES, type MessageTemplate } from "../src/i18n/locale.js";
import { schemaMessages } from "../src/i18n/schemaMessages.js";
import { identifierMessages } from "../src/identifiers/messages.js";
import { ruleMessages } from "../src/rules/messages.js";

const tables: Record<string, Readonly<Record<string, MessageTemplate>>> = {
  schemaMessages,
  identifierMessages,
  ruleMessages,
  geoMessages,
};
const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe("issue messages", () => {
  it("no code appears in two tables", () => {
    const seen = new Map<string, string>();
    for (const [table, messages] of Object.entries(tables)) {
      for (const code of Object.keys(messages)) {
        expect(seen.get(code), `${code} in ${table} and ${seen.get(code)}`).toBeUndefined();
        seen.set(code, table);
      }
    }
  });

  for (const [table, messages] of Object.entries(tables)) {
    it(`${table}: every code has a message in ar, fr and en with the same placeholders`, () => {
      for (const [code, template] of Object.entries(messages)) {
        expect(code).toMatch(/^[a-z][a-zA-Z]*(\.[a-z_]+)+$/);
        for (const locale of LOCALES) expect(template[locale].trim(), `${code}.${locale}`).not.toBe("");
        expect(template.ar, `${code}.ar is Arabic`).toMatch(/[\u0600-\u06FF]/);
        expect(placeholders(template.ar), `${code} ar placeholders`).toEqual(placeholders(template.en));
        expect(placeholders(template.fr), `${code} fr placeholders`).toEqual(placeholders(template.en));
      }
    });
  }
});
