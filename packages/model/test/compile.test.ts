import { describe, expect, it } from "vitest";
import * as z from "zod";
import { ENTITY_SCHEMAS } from "../src/index.js";

describe("fast path", () => {
  // validate… compiles each schema with z.compile; a schema feature the compiler
  // refuses would silently put every record on the slow interpreter.
  for (const [name, schema] of Object.entries(ENTITY_SCHEMAS)) {
    it(`${name} compiles with z.compile in strict mode`, () => {
      expect(() => z.compile(schema, { strict: true })).not.toThrow();
    });
  }
});
