/** The hand-written labelled pairs of `test/fixtures/dedup-eval/pairs.csv`, read as organizations. */
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { type Organization, parsePhone } from "@madani/model";
import { findCommune } from "@madani/model/geo";
import { parse } from "csv-parse/sync";

/** One labelled pair. */
export interface FixturePair {
  /** `same`: one organization recorded twice; `distinct`: two organizations that look alike. */
  readonly label: "same" | "distinct";
  /** The variation type or hard-negative kind the pair shows. */
  readonly kind: string;
  readonly a: Organization;
  readonly b: Organization;
}

const FILE = fileURLToPath(new URL("../fixtures/dedup-eval/pairs.csv", import.meta.url));

type Row = Record<string, string>;

function organization(row: Row, side: "a" | "b", id: string): Organization {
  const get = (k: string): string => (row[`${k}_${side}`] ?? "").trim();
  const name = get("name");
  const commune = get("commune");
  const phone = get("phone");
  const president = get("president");
  const founded = get("founded");
  const org: Record<string, unknown> = {
    id,
    legalForm: get("form") === "c" ? "cooperative" : "association",
    name: /[\u0600-\u06FF]/.test(name) ? { ar: name } : { fr: name },
  };
  if (founded !== "") org.foundedOn = founded;
  if (commune !== "") {
    const found = findCommune(commune);
    if (!found.ok) throw new Error(`pairs.csv: unknown commune ${commune}`);
    const c = found.value;
    org.seat = { communeCode: c.code, provinceCode: c.provinceCode, regionCode: c.regionCode };
  }
  if (phone !== "") {
    const p = parsePhone(phone);
    if (!p.ok) throw new Error(`pairs.csv: bad phone ${phone}`);
    org.contacts = [{ kind: "phone", value: p.value.e164 }];
  }
  if (president !== "") {
    org.governingBodies = [
      {
        id: `${id}-board`,
        kind: "board",
        mandates: [
          {
            personId: `${id}-p`,
            personName: /[\u0600-\u06FF]/.test(president) ? { ar: president } : { fr: president },
            role: "president",
            startOn: founded === "" ? "2020-01-01" : founded,
          },
        ],
      },
    ];
  }
  return org as unknown as Organization;
}

/**
 * Read the hand-written pairs.
 *
 * @returns the pairs, ids `fx<row>a` and `fx<row>b`.
 */
export function readFixturePairs(): FixturePair[] {
  const rows = parse(readFileSync(FILE, "utf8"), { columns: true, skip_empty_lines: true }) as Row[];
  return rows.map((row, k) => ({
    label: row.label === "same" ? "same" : "distinct",
    kind: row.kind ?? "",
    a: organization(row, "a", `fx${k}a`),
    b: organization(row, "b", `fx${k}b`),
  }));
}
