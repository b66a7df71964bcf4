import type {
  Address,
  BankAccount,
  Contact,
  CooperativeDetails,
  Declaration,
  FormerName,
  Founder,
  GoverningBody,
  Lifecycle,
  Mandate,
  Money,
  MultilingualText,
  Organization,
  OrgIdentifier,
} from "@madani/model";

/**
 * Who may receive a field of an organization:
 * - `"public"`: anyone (names, legal form, seat, legal-life dates, fields of action,
 *   registry identifiers, the website, the roles and dates of board mandates);
 * - `"contact"`: contact details (phones, e-mails, social-network accounts), which
 *   often lead to a person; only when the export's policy names them;
 * - `"bank"`: bank details (bank, holder, RIB, IBAN); only when the policy names them;
 * - `"personal"`: data about people (their names and ids in founders and mandates);
 *   only in a full export for an authorized recipient.
 */
export type DisclosureCategory = "public" | "contact" | "bank" | "personal";

/**
 * How a field is disclosed: a category for a value, the fields of an object, the
 * items of a list, or the cases of a union told apart by a tag field.
 */
export type Disclosure =
  | DisclosureCategory
  | { readonly fields: Readonly<Record<string, Disclosure>> }
  | { readonly items: Disclosure }
  | { readonly by: string; readonly cases: Readonly<Record<string, Disclosure>> };

/** Every key of every member of a union type. */
type KeysOf<T> = T extends unknown ? keyof T : never;

/** The disclosure of an object type: every field must be classified, so that a field added to the schema is too. */
const fields = <T>(f: { readonly [K in KeysOf<T> & string]-?: Disclosure }): Disclosure => ({ fields: f });

const text = (category: DisclosureCategory): Disclosure =>
  fields<MultilingualText>({ ar: category, fr: category, en: category, zgh: category });

const money = fields<Money>({ amount: "public", currency: "public" });

const address = fields<Address>({
  line: text("public"),
  douar: text("public"),
  communeCode: "public",
  provinceCode: "public",
  regionCode: "public",
  city: text("public"),
  postalCode: "public",
  country: "public",
});

const contact = (category: DisclosureCategory): Disclosure =>
  fields<Contact>({ kind: category, value: category, label: text(category), network: category });

const mandate = fields<Mandate>({
  personId: "personal",
  personName: text("personal"),
  role: "public",
  startOn: "public",
  endOn: "public",
  electedOn: "public",
});

/**
 * The disclosure of every field of `OrganizationSchema`: the allowlist of the
 * registry export. A field that is not listed here (or a key that is not in the
 * schema) never goes out; a field goes out only when the export's policy allows
 * its category. The type requires every field of the schema, so a new field does
 * not compile until it is classified, and a test checks that the fields the model
 * marks with `personal()` are classified `"personal"`.
 *
 * @example
 * ```ts
 * ORGANIZATION_DISCLOSURE.fields.bankAccount; // { fields: { bank: "bank", holder: "bank", rib: "bank", iban: "bank" } }
 * ```
 */
export const ORGANIZATION_DISCLOSURE: { readonly fields: Readonly<Record<keyof Organization, Disclosure>> } = {
  fields: {
    id: "public",
    legalForm: "public",
    name: text("public"),
    acronym: text("public"),
    identifiers: { items: fields<OrgIdentifier>({ scheme: "public", id: "public" }) },
    purpose: text("public"),
    fieldsOfAction: { items: "public" },
    targetGroups: { items: "public" },
    seat: address,
    foundedOn: "public",
    lifecycle: fields<Lifecycle>({
      declaredOn: "public",
      provisionalReceiptOn: "public",
      finalReceiptOn: "public",
      publicUtilityOn: "public",
      suspendedOn: "public",
      resumedOn: "public",
      dissolvedOn: "public",
    }),
    formerNames: { items: fields<FormerName>({ name: text("public"), until: "public" }) },
    // The website is the organization's own public address; the other channels often reach a person.
    contacts: {
      items: {
        by: "kind",
        cases: {
          phone: contact("contact"),
          email: contact("contact"),
          social: contact("contact"),
          website: contact("public"),
        },
      },
    },
    bankAccount: fields<BankAccount>({ bank: "bank", holder: "bank", rib: "bank", iban: "bank" }),
    cooperative: fields<CooperativeDetails>({
      capital: money,
      shareValue: money,
      memberCount: "public",
      odcoNumber: "public",
      localRegistryNumber: "public",
    }),
    founders: { items: fields<Founder>({ personId: "personal", organizationId: "public", name: text("personal") }) },
    parentId: "public",
    memberOrganizationIds: { items: "public" },
    governingBodies: {
      items: fields<GoverningBody>({
        id: "public",
        organizationId: "public",
        kind: "public",
        name: text("public"),
        mandates: { items: mandate },
      }),
    },
    declarations: {
      items: fields<Declaration>({ kind: "public", changedOn: "public", declaredOn: "public", receiptOn: "public" }),
    },
  },
};

const isPlainObject = (value: unknown): value is Readonly<Record<string, unknown>> => {
  if (value === null || typeof value !== "object" || Array.isArray(value)) return false;
  const proto: unknown = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === null;
};

const MAX_DEPTH = 32;

/**
 * A copy of a value with only what a disclosure allows: the fields and cases it
 * lists whose category is allowed, with values of the expected kind (a value is a
 * string, a finite number or a boolean; an object or a list where a value is
 * expected is left out). Objects left with no field, and lists left with no item
 * (when they had some), are left out.
 *
 * @param value - any value (a record as read, validated or not).
 * @param disclosure - the disclosure of that value.
 * @param allowed - the categories that may go out.
 * @returns the projected copy, or `undefined` when nothing of the value may go out.
 * Fails closed and never throws: a value that cannot be read (a throwing getter, a
 * Proxy), a disclosure that is not one, or an `allowed` that is not a set gives
 * `undefined`, so nothing goes out.
 * @example
 * ```ts
 * disclose({ id: "o1", cin: "AB123456" }, ORGANIZATION_DISCLOSURE, new Set(["public"])); // { id: "o1" }
 * ```
 */
export function disclose(value: unknown, disclosure: Disclosure, allowed: ReadonlySet<DisclosureCategory>): unknown {
  try {
    if (typeof allowed?.has !== "function") return undefined;
    return project(value, disclosure, allowed, 0);
  } catch {
    return undefined;
  }
}

function project(
  value: unknown,
  disclosure: Disclosure,
  allowed: ReadonlySet<DisclosureCategory>,
  depth: number,
): unknown {
  if (depth > MAX_DEPTH) return undefined;
  if (disclosure === null || (typeof disclosure !== "string" && typeof disclosure !== "object")) return undefined;
  if (typeof disclosure === "string") {
    if (!allowed.has(disclosure)) return undefined;
    return typeof value === "string" ||
      typeof value === "boolean" ||
      (typeof value === "number" && Number.isFinite(value))
      ? value
      : undefined;
  }
  if ("items" in disclosure) {
    if (!Array.isArray(value)) return undefined;
    const out: unknown[] = [];
    for (const item of value as readonly unknown[]) {
      const shown = project(item, disclosure.items, allowed, depth + 1);
      if (shown !== undefined) out.push(shown);
    }
    return out.length === 0 && value.length > 0 ? undefined : out;
  }
  if (!isPlainObject(value)) return undefined;
  if ("by" in disclosure) {
    const tag = value[disclosure.by];
    if (typeof tag !== "string" || !Object.hasOwn(disclosure.cases, tag)) return undefined;
    const chosen = disclosure.cases[tag];
    return chosen === undefined ? undefined : project(value, chosen, allowed, depth + 1);
  }
  const out: Record<string, unknown> = {};
  let kept = 0;
  for (const [key, sub] of Object.entries(disclosure.fields)) {
    if (!Object.hasOwn(value, key)) continue;
    const shown = project(value[key], sub, allowed, depth + 1);
    if (shown === undefined) continue;
    out[key] = shown;
    kept++;
  }
  return kept === 0 ? undefined : out;
}

/**
 * The dotted paths of a disclosure whose category is not allowed, with `*` for
 * list items and `(tag=value)` for a case of a union; a field withheld whole is
 * given once, without its sub-fields.
 *
 * @param disclosure - a disclosure.
 * @param allowed - the categories that may go out.
 * @returns the withheld paths, in disclosure order.
 * @example
 * ```ts
 * withheldPaths(ORGANIZATION_DISCLOSURE, new Set(["public"]));
 * // ["contacts.*(kind=phone)", "contacts.*(kind=email)", "contacts.*(kind=social)", "bankAccount", "founders.*.personId", …]
 * ```
 */
export function withheldPaths(disclosure: Disclosure, allowed: ReadonlySet<DisclosureCategory>): readonly string[] {
  const join = (prefix: string, part: string) => (prefix === "" ? part : `${prefix}.${part}`);
  /** The withheld paths under `prefix`, or `"all"` when everything under it is withheld. */
  const walk = (d: Disclosure, prefix: string): readonly string[] | "all" => {
    if (typeof d === "string") return allowed.has(d) ? [] : "all";
    const parts: [string, Disclosure][] =
      "items" in d
        ? [[join(prefix, "*"), d.items]]
        : "by" in d
          ? Object.entries(d.cases).map(([tag, c]): [string, Disclosure] => [`${prefix}(${d.by}=${tag})`, c])
          : Object.entries(d.fields).map(([k, sub]): [string, Disclosure] => [join(prefix, k), sub]);
    const found = parts.map(([path, sub]) => ({ path, under: walk(sub, path) }));
    if (found.every((f) => f.under === "all")) return "all";
    return found.flatMap((f) => (f.under === "all" ? [f.path] : f.under));
  };
  const paths = walk(disclosure, "");
  return paths === "all" ? [""] : paths;
}
