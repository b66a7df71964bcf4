import * as z from "zod";

/** The JSON Schema keyword (and zod metadata key) that marks personal data. */
export const PERSONAL_DATA_KEY = "x-personal-data";

/**
 * Mark a schema as holding personal data (names of people, national ID
 * numbers, phones, e-mails, addresses of people, birth dates).
 *
 * @param schema - the schema of the field.
 * @returns the same schema with the marker in its metadata; the generated JSON
 * Schema carries `"x-personal-data": true`.
 * @remarks Personal data is marked in the
 * schema so that every export and report can redact it by policy.
 * @example
 * ```ts
 * const PhoneField = personal(z.string());
 * isPersonalData(PhoneField); // true
 * ```
 */
export function personal<T extends z.ZodType>(schema: T): T {
  return schema.meta({ [PERSONAL_DATA_KEY]: true }) as T;
}

/**
 * Whether a schema itself is marked as personal data (wrappers such as
 * `optional()` are looked through).
 *
 * @param schema - any zod schema.
 * @returns `true` when marked.
 * @example
 * ```ts
 * isPersonalData(personal(z.string()).optional()); // true
 * ```
 */
export function isPersonalData(schema: z.ZodType): boolean {
  let current: z.ZodType | undefined = schema;
  for (let depth = 0; current !== undefined && depth < 16; depth++) {
    if (z.globalRegistry.get(current)?.[PERSONAL_DATA_KEY] === true) return true;
    current = innerOf(current);
  }
  return false;
}

/** The schema a wrapper (optional, nullable, default, readonly, pipe …) wraps, if any. */
function innerOf(schema: z.ZodType): z.ZodType | undefined {
  const def = schema._zod.def as { type: string; innerType?: z.ZodType; in?: z.ZodType };
  switch (def.type) {
    case "optional":
    case "nullable":
    case "default":
    case "prefault":
    case "nonoptional":
    case "readonly":
    case "catch":
      return def.innerType;
    case "pipe":
      return def.in;
    default:
      return undefined;
  }
}

/**
 * The paths of the personal-data fields of a schema, with `*` standing for
 * any array index, e.g. `["name", "mandates.*.personName"]`.
 *
 * @param schema - an entity schema.
 * @returns the dotted paths, in schema order.
 * @example
 * ```ts
 * personalDataPaths(PersonSchema); // ["name", "birthDate", "cin", "phone", "email", "address"]
 * ```
 */
export function personalDataPaths(schema: z.ZodType): readonly string[] {
  const out: string[] = [];
  collect(schema, "", out, 0);
  return out;
}

function collect(schema: z.ZodType, prefix: string, out: string[], depth: number): void {
  if (depth > 32) return;
  if (isPersonalData(schema)) {
    out.push(prefix);
    return;
  }
  let current: z.ZodType = schema;
  for (let inner = innerOf(current); inner !== undefined; inner = innerOf(current)) current = inner;
  const def = current._zod.def as {
    type: string;
    shape?: Record<string, z.ZodType>;
    element?: z.ZodType;
    options?: readonly z.ZodType[];
    left?: z.ZodType;
    right?: z.ZodType;
  };
  if (def.type === "object" && def.shape !== undefined) {
    for (const [key, child] of Object.entries(def.shape))
      collect(child, prefix === "" ? key : `${prefix}.${key}`, out, depth + 1);
  } else if (def.type === "array" && def.element !== undefined) {
    collect(def.element, prefix === "" ? "*" : `${prefix}.*`, out, depth + 1);
  } else if (def.type === "union" && def.options !== undefined) {
    for (const option of def.options) {
      const before = out.length;
      collect(option, prefix, out, depth + 1);
      // Options of a union can mark the same field; keep each path once.
      const added = out.splice(before);
      for (const p of added) if (!out.includes(p)) out.push(p);
    }
  } else if (def.type === "intersection" && def.left !== undefined && def.right !== undefined) {
    collect(def.left, prefix, out, depth + 1);
    collect(def.right, prefix, out, depth + 1);
  }
}

/**
 * Whether a concrete issue path (with array indexes) falls inside one of the
 * personal-data paths of {@link personalDataPaths}.
 *
 * @param paths - personal-data paths with `*` for indexes.
 * @param path - a concrete path.
 * @returns `true` when the path is, or is inside, a personal-data field.
 * @example
 * ```ts
 * isPersonalPath(["mandates.*.personName"], ["mandates", 2, "personName", "ar"]); // true
 * ```
 */
export function isPersonalPath(paths: readonly string[], path: readonly (string | number)[]): boolean {
  outer: for (const p of paths) {
    const parts = p === "" ? [] : p.split(".");
    if (parts.length > path.length) continue;
    for (let i = 0; i < parts.length; i++) {
      const part = parts[i];
      const seg = path[i];
      if (part === "*" ? typeof seg !== "number" : part !== String(seg)) continue outer;
    }
    return true;
  }
  return false;
}

/** How {@link redactPersonalData} treats personal fields. */
export interface RedactOptions {
  /**
   * `"omit"` removes the field (default); `"mask"` replaces every string inside it
   * with `mask` and every number with `0`, keeping the shape.
   */
  readonly mode?: "omit" | "mask";
  /** Replacement text in `"mask"` mode; default `"•••"`. */
  readonly mask?: string;
}

/**
 * A copy of a value with its personal-data fields removed or masked, as the
 * schema marks them. The input is not changed.
 *
 * @param schema - the entity schema that marks personal data.
 * @param value - a value of that schema (validated or not).
 * @param options - redaction mode; see {@link RedactOptions}.
 * @returns the redacted copy.
 * @example
 * ```ts
 * redactPersonalData(PersonSchema, person); // no name, phone, CIN, e-mail, address, birth date
 * ```
 */
export function redactPersonalData<T>(schema: z.ZodType, value: T, options: RedactOptions = {}): T {
  const paths = personalDataPaths(schema).map((p) => (p === "" ? [] : p.split(".")));
  const mode = options.mode ?? "omit";
  const mask = options.mask ?? "•••";
  return redactAt(value, paths, mode, mask) as T;
}

function maskValue(value: unknown, mask: string): unknown {
  if (typeof value === "string") return mask;
  if (typeof value === "number") return 0;
  if (Array.isArray(value)) return value.map((v) => maskValue(v, mask));
  if (value !== null && typeof value === "object") {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value))
      Object.defineProperty(out, k, {
        value: maskValue(v, mask),
        enumerable: true,
        writable: true,
        configurable: true,
      });
    return out;
  }
  return value;
}

function redactAt(value: unknown, paths: readonly (readonly string[])[], mode: "omit" | "mask", mask: string): unknown {
  if (paths.some((p) => p.length === 0)) return mode === "omit" ? undefined : maskValue(value, mask);
  if (Array.isArray(value)) {
    const sub = paths.filter((p) => p[0] === "*").map((p) => p.slice(1));
    return sub.length === 0 ? value.slice() : value.map((v) => redactAt(v, sub, mode, mask));
  }
  if (value !== null && typeof value === "object") {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) {
      const sub = paths.filter((p) => p[0] === k).map((p) => p.slice(1));
      const next = sub.length === 0 ? v : redactAt(v, sub, mode, mask);
      if (next === undefined && sub.some((p) => p.length === 0)) continue;
      // defineProperty keeps a "__proto__" key an own property instead of a prototype change.
      Object.defineProperty(out, k, { value: next, enumerable: true, writable: true, configurable: true });
    }
    return out;
  }
  return value;
}
