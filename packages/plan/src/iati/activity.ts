import {
  atBoundary,
  type BoundaryIssueCode,
  IsoDateSchema,
  type Issue,
  type IssuePath,
  type Locale,
  type MultilingualText,
  MultilingualTextSchema,
  makeIssue,
  type Severity,
  TRANSACTION_IATI_CODES,
  type Transaction,
  type ValidationResult,
} from "@madani/model";
import { type Commune, communes, type Province, provinces, type Region, regions } from "@madani/model/geo";
import * as z from "zod";
import type { PlanIssueCode } from "../plan/messages.js";
import type { Plan } from "../plan/plan.js";
import { validatePlan } from "../plan/validate.js";
import {
  dacSectorStatus,
  IATI_ACTIVITY_DATE_TYPES,
  IATI_ACTIVITY_STATUS,
  IATI_BUDGET_TYPES,
  IATI_DOCUMENT_CATEGORIES,
  IATI_LOCATION_CODES,
  IATI_ORGANISATION_ROLES,
  IATI_ORGANISATION_TYPES,
  IATI_SECTOR_VOCABULARY_DAC5,
  IATI_TAG_VOCABULARIES,
  type IatiDocumentCategory,
  type IatiOrganisationType,
  isSdgTarget,
} from "./codelists.js";
import { type IatiActivityIssueCode, iatiActivityMessages, MADANI_NAMESPACE } from "./codes.js";
import { resultElements } from "./export.js";
import { decimal, el, narratives, writeElement, type XmlElement } from "./xml.js";

/**
 * What the activity export needs to know of an organization the plan names only by its id (the plan's own
 * organization, a funder, an activity partner, a party to a transaction).
 */
export interface IatiOrganisation {
  /** The name, in one or more languages; a funder of `plan.funders` has its name there already. */
  readonly name?: MultilingualText | undefined;
  /** The IATI organisation identifier (`{RegistrationAgency}-{RegistrationNumber}`, e.g. `"XM-DAC-918-3"`). */
  readonly ref?: string | undefined;
  /** The IATI `OrganisationType` code (`"22"` national NGO…); see {@link IATI_ORGANISATION_TYPES}. */
  readonly type?: IatiOrganisationType | undefined;
  /** The role of an activity partner: `implementing` (IATI role 4, the default) or `extending` (role 3). */
  readonly partnerRole?: "implementing" | "extending" | undefined;
}

/** A place of the activity: an HCP code of `@madani/model/geo` or a name, with a point if known. */
export interface IatiLocation {
  /** A dotted HCP code of a région, province or commune (`"06"`, `"06.181"`, `"06.181.01.03"`). */
  readonly hcpCode?: string | undefined;
  /** The name; default the HCP names of the place (Arabic and French). */
  readonly name?: MultilingualText | undefined;
  /** A point in WGS 84 (EPSG:4326), in decimal degrees. */
  readonly point?: { readonly latitude: number; readonly longitude: number } | undefined;
  /** How exact the point is (`GeographicExactness` 1 exact, 2 approximate). */
  readonly exactness?: "exact" | "approximate" | undefined;
  /** What the place is (`GeographicLocationReach` 1 where the activity happens, 2 where its beneficiaries live). */
  readonly reach?: "activity" | "beneficiaries" | undefined;
}

/** A document published about the activity: a link, its title, its IATI category and its languages. */
export interface IatiDocumentLink {
  /** The address, `http` or `https`. */
  readonly url: string;
  /** The title, in one or more languages. */
  readonly title: MultilingualText;
  /** The IATI `DocumentCategory` code (`"A08"` results, `"A12"` activity web page…). */
  readonly category: IatiDocumentCategory;
  /** The media type (`"application/pdf"`); default from the address's extension, else `"text/html"`. */
  readonly format?: string | undefined;
  /** The languages of the document. */
  readonly languages?: readonly ("ar" | "fr" | "en" | "zgh")[] | undefined;
  /** The date of the document. */
  readonly date?: string | undefined;
  /** A description, in one or more languages. */
  readonly description?: MultilingualText | undefined;
}

/** Options of {@link toIatiActivity}. */
export interface IatiActivityOptions {
  /** Language of the issues' messages; default `fr`. */
  readonly locale?: Locale | undefined;
  /** The date the activity is reported on (`YYYY-MM-DD`): it sets the activity status and the transactions written. */
  readonly asOf: string;
  /**
   * The organizations the plan names by id, keyed by that id. The plan's own organization (`plan.organizationId`)
   * is the reporting organization and must have a `name`, a `ref` and a `type`; every other organization written
   * (funders, activity partners, parties to transactions) needs a name, here or in `plan.funders`.
   */
  readonly organizations: Readonly<Record<string, IatiOrganisation>>;
  /** The `iati-identifier`; default the reporting organization's `ref`, a hyphen and the plan's id. */
  readonly identifier?: string | undefined;
  /** When the activity was last updated (`xsd:dateTime` with an offset): `last-updated-datetime`, `generated-datetime`. */
  readonly updatedAt?: string | undefined;
  /** The activity's default language (`iati-activity/@xml:lang`); every narrative has its own `xml:lang` anyway. */
  readonly language?: "ar" | "fr" | "en" | "zgh" | undefined;
  /** The general description (`description[@type=1]`); default the plan's mission, else its title. */
  readonly description?: MultilingualText | undefined;
  /** An activity status the plan's period cannot tell: `closed` (4), `cancelled` (5), `suspended` (6). */
  readonly status?: "closed" | "cancelled" | "suspended" | undefined;
  /** The recipient country, ISO 3166-1 alpha-2; default `"MA"`. */
  readonly recipientCountry?: string | undefined;
  /** DAC 5-digit purpose codes with their percentages, which add up to 100. */
  readonly sectors?: readonly { readonly code: string; readonly percentage: number }[] | undefined;
  /** The places of the activity. */
  readonly locations?: readonly IatiLocation[] | undefined;
  /** Documents about the activity. */
  readonly documents?: readonly IatiDocumentLink[] | undefined;
  /** Write Madani's extension data (`madani:*`), in the activity and in its results; default `true`. */
  readonly extensions?: boolean | undefined;
  /** `result/@aggregation-status` of the results; left out when absent. */
  readonly aggregationStatus?: boolean | undefined;
  /** Write the plan's results (`toIatiResults`); default `true`. */
  readonly results?: boolean | undefined;
}

const LANGUAGE = z.enum(["ar", "fr", "en", "zgh"]);
const NO_SPACE = z.string().regex(/^\S+$/).max(500);

const OptionsSchema = z.strictObject({
  locale: z.unknown().optional(),
  asOf: IsoDateSchema,
  organizations: z.record(
    z.string(),
    z.strictObject({
      name: MultilingualTextSchema.optional(),
      ref: NO_SPACE.optional(),
      type: z.enum(IATI_ORGANISATION_TYPES).optional(),
      partnerRole: z.enum(["implementing", "extending"]).optional(),
    }),
  ),
  identifier: NO_SPACE.optional(),
  updatedAt: z.iso.datetime({ offset: true }).optional(),
  language: LANGUAGE.optional(),
  description: MultilingualTextSchema.optional(),
  status: z.enum(["closed", "cancelled", "suspended"]).optional(),
  recipientCountry: z
    .string()
    .regex(/^[A-Z]{2}$/)
    .optional(),
  sectors: z
    .array(z.strictObject({ code: z.string().max(20), percentage: z.number().min(0).max(100) }))
    .max(100)
    .optional(),
  locations: z
    .array(
      z.strictObject({
        hcpCode: z.string().max(20).optional(),
        name: MultilingualTextSchema.optional(),
        point: z
          .strictObject({ latitude: z.number().min(-90).max(90), longitude: z.number().min(-180).max(180) })
          .optional(),
        exactness: z.enum(["exact", "approximate"]).optional(),
        reach: z.enum(["activity", "beneficiaries"]).optional(),
      }),
    )
    .max(1000)
    .optional(),
  documents: z
    .array(
      z.strictObject({
        url: z.url({ protocol: /^https?$/ }).max(2000),
        title: MultilingualTextSchema,
        category: z.string().max(20),
        format: z
          .string()
          .regex(/^[a-z]+\/[A-Za-z0-9.+-]+$/)
          .optional(),
        languages: z.array(LANGUAGE).max(4).optional(),
        date: IsoDateSchema.optional(),
        description: MultilingualTextSchema.optional(),
      }),
    )
    .max(1000)
    .optional(),
  extensions: z.boolean().optional(),
  aggregationStatus: z.boolean().optional(),
  results: z.boolean().optional(),
});

type Options = z.infer<typeof OptionsSchema>;

/** Shape issues reported at most: a broken list gives a handful, not one per item. */
const MAX_SHAPE_ISSUES = 20;

/** The media types of common document extensions (all in the IATI `FileFormat` codelist). */
const FORMATS: Readonly<Record<string, string>> = {
  pdf: "application/pdf",
  doc: "application/msword",
  docx: "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
  xls: "application/vnd.ms-excel",
  xlsx: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
  odt: "application/vnd.oasis.opendocument.text",
  ods: "application/vnd.oasis.opendocument.spreadsheet",
  csv: "text/csv",
  jpg: "image/jpeg",
  jpeg: "image/jpeg",
  png: "image/png",
  htm: "text/html",
  html: "text/html",
};

/** The spatial reference system of `location/point`: WGS 84 latitude and longitude. */
const WGS84 = "http://www.opengis.net/def/crs/EPSG/0/4326";

let places: ReadonlyMap<string, Region | Province | Commune> | undefined;

/** The place an HCP code names in `@madani/model/geo`, or `undefined`. */
function hcpPlace(code: string): Region | Province | Commune | undefined {
  if (places === undefined) {
    const map = new Map<string, Region | Province | Commune>();
    for (const r of regions()) map.set(r.code, r);
    for (const p of provinces()) map.set(p.code, p);
    for (const c of communes()) if (!map.has(c.code)) map.set(c.code, c);
    places = map;
  }
  return places.get(code);
}

/** The minor-unit digits of a currency (2 for MAD, 3 for TND, 0 for JPY). */
function currencyDigits(currency: string): number {
  try {
    return new Intl.NumberFormat("en", { style: "currency", currency }).resolvedOptions().maximumFractionDigits ?? 2;
  } catch {
    return 2;
  }
}

/** Write an integer amount of minor units as an exact decimal of major units. */
function major(amount: bigint, digits: number): string {
  const negative = amount < 0n;
  const abs = (negative ? -amount : amount).toString().padStart(digits + 1, "0");
  const whole = digits === 0 ? abs : abs.slice(0, abs.length - digits);
  return `${negative ? "-" : ""}${whole}${digits === 0 ? "" : `.${abs.slice(abs.length - digits)}`}`;
}

/** The narratives of a text, one per language, as direct children (for elements that hold narratives). */
function narrativeList(text: MultilingualText | undefined): XmlElement[] {
  return [...(narratives("n", text)?.children ?? [])];
}

/** The SDG targets in codelist order: goal, then numbered targets, then lettered ones. */
function compareTargets(a: string, b: string): number {
  const [ga = "", ta = ""] = a.split(".");
  const [gb = "", tb = ""] = b.split(".");
  if (ga !== gb) return Number(ga) - Number(gb);
  const na = /^\d+$/.test(ta);
  const nb = /^\d+$/.test(tb);
  if (na && nb) return Number(ta) - Number(tb);
  if (na !== nb) return na ? -1 : 1;
  return ta < tb ? -1 : ta > tb ? 1 : 0;
}

type Code = IatiActivityIssueCode | PlanIssueCode;

/** Builds the activity; collects issues. */
class Writer {
  readonly issues: Issue<Code>[] = [];
  /** The organizations already reported without a name. */
  private readonly reported = new Set<string>();
  constructor(
    private readonly locale: Locale,
    private readonly plan: Plan,
    private readonly options: Options,
  ) {}

  /** Record an issue; its first param is echoed as its value. */
  add(code: IatiActivityIssueCode, path: IssuePath, params: Record<string, string>, severity: Severity = "error") {
    const value = Object.values(params)[0];
    this.issues.push(makeIssue(iatiActivityMessages, code, this.locale, path, { params, value, severity }));
  }

  /** Whether Madani's extension data is written. */
  get ext(): boolean {
    return this.options.extensions !== false;
  }

  /** What the options say of an organization. */
  org(id: string): Options["organizations"][string] | undefined {
    return Object.hasOwn(this.options.organizations, id) ? this.options.organizations[id] : undefined;
  }

  /** The name of an organization: from the options, else from the plan's funders. */
  nameOf(id: string): MultilingualText | undefined {
    return this.org(id)?.name ?? this.plan.funders?.find((f) => f.id === id)?.name;
  }

  /** Report an organization without a name, once per id, at the first place it is used. */
  require(id: string, path: IssuePath): void {
    if (this.nameOf(id) !== undefined || this.reported.has(id)) return;
    this.reported.add(id);
    this.add("iati.organization_unknown", path, { id });
  }

  /** An organization element (`participating-org`, `provider-org`, `receiver-org`) with its ref, type and name. */
  orgElement(name: string, id: string, attrs: readonly (readonly [string, string | undefined])[] = []): XmlElement {
    const o = this.org(id);
    return el(
      name,
      [["ref", o?.ref], ...attrs, ["type", o?.type], ["madani:organization-id", this.ext ? id : undefined]],
      narrativeList(this.nameOf(id)),
    );
  }

  /** The transactions written: those dated on or before `asOf`. */
  transactions(): [Transaction, number][] {
    const out: [Transaction, number][] = [];
    (this.plan.transactions ?? []).forEach((t, k) => {
      if (t.date <= this.options.asOf) out.push([t, k]);
      else
        this.add(
          "iati.transaction_after_as_of",
          ["plan", "transactions", k, "date"],
          { id: t.id, date: t.date, asOf: this.options.asOf },
          "warning",
        );
    });
    return out;
  }

  /** The `participating-org` elements: funding, then extending, then implementing organizations. */
  participatingOrgs(written: readonly [Transaction, number][]): XmlElement[] {
    const plan = this.plan;
    const funding = new Map<string, IssuePath>();
    const partners = new Map<string, IssuePath>();
    for (const f of plan.funders ?? []) funding.set(f.id, ["plan", "funders"]);
    plan.activities.forEach((a, i) => {
      (a.budget ?? []).forEach((line, j) => {
        if (line.funderId !== undefined && !funding.has(line.funderId))
          funding.set(line.funderId, ["plan", "activities", i, "budget", j, "funderId"]);
      });
    });
    for (const [t, k] of written)
      if ((t.kind === "incoming-funds" || t.kind === "incoming-commitment") && t.providerId !== undefined)
        if (!funding.has(t.providerId)) funding.set(t.providerId, ["plan", "transactions", k, "providerId"]);
    plan.activities.forEach((a, i) => {
      (a.partnerIds ?? []).forEach((id, j) => {
        if (id !== plan.organizationId && !partners.has(id))
          partners.set(id, ["plan", "activities", i, "partnerIds", j]);
      });
    });
    for (const [id, path] of [...funding, ...partners]) this.require(id, path);
    const role = (id: string): "extending" | "implementing" => this.org(id)?.partnerRole ?? "implementing";
    const participating = (id: string, code: string) => this.orgElement("participating-org", id, [["role", code]]);
    return [
      ...[...funding.keys()].map((id) => participating(id, IATI_ORGANISATION_ROLES.funding)),
      ...[...partners.keys()]
        .filter((id) => role(id) === "extending")
        .map((id) => participating(id, IATI_ORGANISATION_ROLES.extending)),
      participating(plan.organizationId, IATI_ORGANISATION_ROLES.implementing),
      ...[...partners.keys()]
        .filter((id) => role(id) === "implementing")
        .map((id) => participating(id, IATI_ORGANISATION_ROLES.implementing)),
    ];
  }

  /** The `ActivityStatus` code on `asOf`. */
  status(): string {
    const { startOn, endOn } = this.plan.period;
    const asOf = this.options.asOf;
    if (this.options.status !== undefined) return IATI_ACTIVITY_STATUS[this.options.status];
    if (asOf < startOn) return IATI_ACTIVITY_STATUS.pipeline;
    return asOf <= endOn ? IATI_ACTIVITY_STATUS.implementation : IATI_ACTIVITY_STATUS.finalisation;
  }

  /** The `location` elements of the options. */
  locations(): XmlElement[] {
    return (this.options.locations ?? []).flatMap((loc, i) => {
      const path = ["options", "locations", i];
      const place = loc.hcpCode === undefined ? undefined : hcpPlace(loc.hcpCode);
      if (loc.hcpCode !== undefined && place === undefined)
        this.add("iati.location_unknown", [...path, "hcpCode"], { code: loc.hcpCode });
      const name = loc.name ?? (place === undefined ? undefined : { ar: place.nameAr, fr: place.nameFr });
      if (name === undefined) {
        if (loc.hcpCode === undefined) this.add("iati.location_unnamed", path, {});
        return [];
      }
      return [
        el(
          "location",
          [["ref", loc.hcpCode]],
          [
            loc.reach === undefined
              ? undefined
              : el("location-reach", [["code", IATI_LOCATION_CODES.reach[loc.reach]]]),
            narratives("name", name),
            loc.point === undefined
              ? undefined
              : el(
                  "point",
                  [["srsName", WGS84]],
                  [
                    {
                      name: "pos",
                      attrs: [],
                      children: [],
                      text: `${decimal(loc.point.latitude)} ${decimal(loc.point.longitude)}`,
                    },
                  ],
                ),
            loc.exactness === undefined
              ? undefined
              : el("exactness", [["code", IATI_LOCATION_CODES.exactness[loc.exactness]]]),
            place === undefined
              ? undefined
              : el("location-class", [["code", IATI_LOCATION_CODES.administrativeRegion]]),
          ],
        ),
      ];
    });
  }

  /** The `sector` elements of the options, checked against the DAC 5-digit codelist. */
  sectors(): XmlElement[] {
    const list = this.options.sectors ?? [];
    const seen = new Set<string>();
    let total = 0;
    list.forEach((s, i) => {
      const path = ["options", "sectors", i, "code"];
      total += s.percentage;
      if (!/^\d{5}$/.test(s.code)) this.add("iati.sector_invalid", path, { code: s.code });
      else if (dacSectorStatus(s.code) === "withdrawn") this.add("iati.sector_withdrawn", path, { code: s.code });
      else if (dacSectorStatus(s.code) === "unlisted")
        this.add("iati.sector_unlisted", path, { code: s.code }, "warning");
      if (seen.has(s.code)) this.add("iati.sector_duplicate", path, { code: s.code });
      seen.add(s.code);
    });
    if (list.length > 0 && Math.abs(total - 100) > 1e-6)
      this.add("iati.sector_percentages", ["options", "sectors"], { total: decimal(Math.round(total * 1e6) / 1e6) });
    return list.map((s) =>
      el("sector", [
        ["vocabulary", IATI_SECTOR_VOCABULARY_DAC5],
        ["code", s.code],
        ["percentage", decimal(s.percentage)],
      ]),
    );
  }

  /** The `tag` elements of the elements' SDGs. */
  tags(): XmlElement[] {
    const goals = new Set<number>();
    const targets = new Set<string>();
    this.plan.elements.forEach((e, i) => {
      (e.sdg ?? []).forEach((ref, j) => {
        goals.add(ref.goal);
        if (ref.target === undefined) return;
        if (isSdgTarget(ref.target)) targets.add(ref.target);
        else
          this.add(
            "iati.sdg_target_unlisted",
            ["plan", "elements", i, "sdg", j, "target"],
            { target: ref.target },
            "warning",
          );
      });
    });
    const tag = (vocabulary: string, code: string) =>
      el("tag", [
        ["vocabulary", vocabulary],
        ["code", code],
      ]);
    return [
      ...[...goals].sort((a, b) => a - b).map((g) => tag(IATI_TAG_VOCABULARIES.sdgGoal, String(g))),
      ...[...targets].sort(compareTargets).map((t) => tag(IATI_TAG_VOCABULARIES.sdgTarget, t)),
    ];
  }

  /** The `budget` elements: per year, original and (when revised) revised. */
  budgets(currency: string | undefined, digits: number): XmlElement[] {
    const years = new Map<number, { original: bigint; current: bigint; revised: boolean; path: IssuePath }>();
    this.plan.activities.forEach((a, i) => {
      (a.budget ?? []).forEach((line, j) => {
        const y = years.get(line.year) ?? {
          original: 0n,
          current: 0n,
          revised: false,
          path: ["plan", "activities", i, "budget", j, "year"],
        };
        y.original += BigInt((line.original ?? line.planned).amount);
        y.current += BigInt(line.planned.amount);
        y.revised ||= (line.revisions ?? []).length > 0;
        years.set(line.year, y);
      });
    });
    const { startOn, endOn } = this.plan.period;
    const out: XmlElement[] = [];
    for (const [year, y] of [...years].sort((a, b) => a[0] - b[0])) {
      const first = `${String(year).padStart(4, "0")}-01-01`;
      const last = `${String(year).padStart(4, "0")}-12-31`;
      let start = first > startOn ? first : startOn;
      let end = last < endOn ? last : endOn;
      if (start > end) {
        this.add("iati.budget_outside_period", y.path, { year: String(year) }, "warning");
        start = first;
        end = last;
      }
      const budget = (type: string, amount: bigint) =>
        el(
          "budget",
          [["type", type]],
          [
            el("period-start", [["iso-date", start]]),
            el("period-end", [["iso-date", end]]),
            {
              name: "value",
              attrs: [
                ["currency", currency],
                ["value-date", start],
              ],
              children: [],
              text: major(amount, digits),
            },
          ],
        );
      out.push(budget(IATI_BUDGET_TYPES.original, y.original));
      if (y.revised) out.push(budget(IATI_BUDGET_TYPES.revised, y.current));
    }
    return out;
  }

  /** The `transaction` elements of the transactions written. */
  transactionElements(written: readonly [Transaction, number][], digits: number): XmlElement[] {
    return written.map(([t, k]) => {
      if (t.providerId !== undefined) this.require(t.providerId, ["plan", "transactions", k, "providerId"]);
      if (t.receiverId !== undefined) this.require(t.receiverId, ["plan", "transactions", k, "receiverId"]);
      return el(
        "transaction",
        [
          ["ref", t.reference],
          ["madani:id", this.ext ? t.id : undefined],
          ["madani:activity-id", this.ext ? t.activityId : undefined],
          ["madani:milestone-id", this.ext ? t.milestoneId : undefined],
        ],
        [
          el("transaction-type", [["code", TRANSACTION_IATI_CODES[t.kind]]]),
          el("transaction-date", [["iso-date", t.date]]),
          {
            name: "value",
            attrs: [
              ["currency", t.amount.currency],
              ["value-date", t.date],
            ],
            children: [],
            text: major(BigInt(t.amount.amount), digits),
          },
          narratives("description", t.description),
          t.providerId === undefined ? undefined : this.orgElement("provider-org", t.providerId),
          t.receiverId === undefined ? undefined : this.orgElement("receiver-org", t.receiverId),
        ],
      );
    });
  }

  /** The `document-link` elements of the options. */
  documents(): XmlElement[] {
    return (this.options.documents ?? []).map((d, i) => {
      if (!(IATI_DOCUMENT_CATEGORIES as readonly string[]).includes(d.category))
        this.add("iati.document_category_unknown", ["options", "documents", i, "category"], { code: d.category });
      const extension = /\.([A-Za-z0-9]+)$/.exec(new URL(d.url).pathname)?.[1]?.toLowerCase() ?? "";
      const format = d.format ?? (Object.hasOwn(FORMATS, extension) ? FORMATS[extension] : undefined) ?? "text/html";
      return el(
        "document-link",
        [
          ["url", d.url],
          ["format", format],
        ],
        [
          narratives("title", d.title),
          narratives("description", d.description),
          el("category", [["code", d.category]]),
          ...(d.languages ?? []).map((l) => el("language", [["code", l]])),
          d.date === undefined ? undefined : el("document-date", [["iso-date", d.date]]),
        ],
      );
    });
  }
}

/**
 * Export a plan as a whole IATI 2.03 activity file: an `iati-activities` document holding one `iati-activity`,
 * valid against the official IATI 2.03 activity schema.
 *
 * @param plan - a plan; it is checked with `validatePlan` first (its issues come back with paths starting with
 * `"plan"`).
 * @param options - see {@link IatiActivityOptions}: `asOf` and `organizations` are required.
 * @returns `{ ok: true, value, warnings }` with the XML text (`<?xml …?>` then `iati-activities`), or
 * `{ ok: false, issues }`. Never throws.
 * @remarks The mapping, in the order of the IATI 2.03 schema (elements the plan has no data for are left out):
 * - `iati-activities/@version` `2.03`, `@generated-datetime` and `iati-activity/@last-updated-datetime` from
 *   `updatedAt`; `iati-activity/@xml:lang` from `language`; `@default-currency`: the currency of the plan's amounts.
 * - `iati-identifier`: `identifier`, else the reporting organization's `ref`, `-` and the plan's id; it must start
 *   with that `ref` (IATI: "MUST be prefixed with … reporting-org/@ref"), else `iati.identifier_prefix`.
 * - `reporting-org/@ref @type` and its narratives: `organizations[plan.organizationId]`
 *   (`iati.reporting_org_incomplete` when its name, ref or type is missing).
 * - `title`: the plan's title, one `narrative` per language with `xml:lang`; `description[@type=1]`:
 *   `description`, else the plan's mission, else its title.
 * - `participating-org` (`OrganisationRole`): the funders as funding (1) — `plan.funders`, the `funderId`s of
 *   budget lines, the providers of incoming funds and commitments —, activity partners with
 *   `partnerRole: "extending"` as extending (3), then the plan's organization and the other activity partners as
 *   implementing (4); `@ref`, `@type` and names from `organizations` (funders' names from `plan.funders`), and
 *   `iati.organization_unknown` for an organization with no name.
 * - `activity-status` (`ActivityStatus`): `status` when given (closed 4, cancelled 5, suspended 6), else 1
 *   (pipeline) before the plan's period, 2 (implementation) during it, 3 (finalisation) after it.
 * - `activity-date` (`ActivityDateType`): 1 planned start and 3 planned end, the plan's period.
 * - `recipient-country`: `recipientCountry` (default `MA`), 100 %.
 * - `location`: per entry of `locations`: `@ref` the HCP code, `location-reach`, `name` (default the HCP names,
 *   `iati.location_unknown` for a code `@madani/model/geo` does not know), `point/pos` (latitude longitude,
 *   EPSG:4326), `exactness`, and `location-class` 1 (administrative region) for an HCP place.
 * - `sector[@vocabulary=1]`: `sectors`, DAC 5-digit purpose codes with their percentages; five digits
 *   (`iati.sector_invalid`), not withdrawn from the IATI `Sector` codelist (`iati.sector_withdrawn`), listed once
 *   (`iati.sector_duplicate`), percentages adding up to 100 (`iati.sector_percentages`); a code the copy of the
 *   codelist does not hold is written with the warning `iati.sector_unlisted`.
 * - `tag`: the SDGs of the elements' `sdg`, goals with vocabulary 2, targets with vocabulary 3 (the IATI 2.03
 *   form), each once, in codelist order; a target outside the `UNSDG-Targets` codelist is left out
 *   (`iati.sdg_target_unlisted`, a warning).
 * - `budget` (`BudgetType`): per year of the budget lines, summed across activities, type 1 (original) with
 *   each line's `original ?? planned`, and type 2 (revised) with the current `planned` amounts when a line of
 *   that year was revised; `period-start`/`period-end` the year within the plan's period (the whole year, with
 *   the warning `iati.budget_outside_period`, for a year outside it); `value` in major units with `@currency` and
 *   `@value-date` (the period's start).
 * - `transaction` (`TransactionType`, `TRANSACTION_IATI_CODES`): each transaction dated on or before `asOf`
 *   (later ones are left out with the warning `iati.transaction_after_as_of`), in ledger order: `@ref` its
 *   reference, `transaction-type`, `transaction-date`, `value` (`@currency`, `@value-date` its date),
 *   `description`, `provider-org` and `receiver-org` with their ref, type and name.
 * - `document-link`: `documents`, with `@url`, `@format` (default from the extension: pdf, doc(x), xls(x), odt,
 *   ods, csv, jpg, png, html; else `text/html`), `title`, `description`, `category` (`DocumentCategory`,
 *   `iati.document_category_unknown`), `language`, `document-date`.
 * - `result`: the plan's results as {@link toIatiResults} writes them (unless `results: false`).
 * - Madani's extension data (unless `extensions: false`), in namespace {@link MADANI_NAMESPACE}:
 *   `iati-activity/@madani:plan-id`, `@madani:organization-id`; `@madani:organization-id` on organization
 *   elements; `transaction/@madani:id`, `@madani:activity-id`, `@madani:milestone-id`; and the results' own.
 *
 * Options of the wrong shape give `iati.invalid_option` and unknown ones `iati.unknown_option` (paths starting
 * with `"options"`); options that are not an object or an unknown `locale` give `schema.invalid_option`, and input
 * that throws when read `input.unreadable`. Codelists: see the constants of `codelists.ts` and
 * packages/plan/test/iati/SOURCE.md.
 * @example
 * ```ts
 * const r = toIatiActivity(plan, {
 *   asOf: "2026-01-31",
 *   organizations: { rjd: { ref: "MA-RJD-1234", type: "22", name: { fr: "Réseau des associations de Doukkala" } } },
 *   sectors: [{ code: "15150", percentage: 100 }],
 * });
 * if (r.ok) writeFileSync("activity.xml", r.value);
 * ```
 */
export function toIatiActivity(
  plan: Plan,
  options: IatiActivityOptions,
): ValidationResult<string, IatiActivityIssueCode | PlanIssueCode | BoundaryIssueCode> {
  return atBoundary(options, (options) => {
    const locale = options.locale ?? "fr";
    const issues: Issue<IatiActivityIssueCode | PlanIssueCode>[] = [];
    const parsed = OptionsSchema.safeParse(options);
    if (!parsed.success) {
      for (const i of parsed.error.issues.slice(0, MAX_SHAPE_ISSUES)) {
        const path = i.path.map((p) => (typeof p === "symbol" ? String(p) : p));
        if (i.code === "unrecognized_keys")
          for (const key of i.keys)
            issues.push(
              makeIssue(iatiActivityMessages, "iati.unknown_option", locale, ["options", ...path, key], {
                params: { option: [...path, key].join(".") },
              }),
            );
        else
          issues.push(
            makeIssue(iatiActivityMessages, "iati.invalid_option", locale, ["options", ...path], {
              params: { option: path.join(".") || "options" },
            }),
          );
      }
    }
    const checked = validatePlan(plan, { locale });
    const prefix = (i: Issue<PlanIssueCode>): Issue<PlanIssueCode> => ({ ...i, path: ["plan", ...i.path] });
    if (!checked.ok) issues.push(...checked.issues.map(prefix));
    if (!parsed.success || !checked.ok) return { ok: false, issues };

    const opts = parsed.data;
    const p = checked.value;
    const w = new Writer(locale, p, opts);
    w.issues.push(...checked.warnings.map(prefix));
    const me = w.org(p.organizationId);
    const meName = w.nameOf(p.organizationId);
    const mePath = ["options", "organizations", p.organizationId];
    for (const [field, missing] of [
      ["name", meName === undefined],
      ["ref", me?.ref === undefined],
      ["type", me?.type === undefined],
    ] as const)
      if (missing) w.add("iati.reporting_org_incomplete", mePath, { id: p.organizationId, field });
    const ref = me?.ref ?? "";
    const identifier = opts.identifier ?? `${ref}-${p.id}`;
    if (opts.identifier !== undefined && me?.ref !== undefined && !identifier.startsWith(ref))
      w.add("iati.identifier_prefix", ["options", "identifier"], { identifier, ref });

    const amounts = [
      ...p.activities.flatMap((a) => (a.budget ?? []).map((l) => l.planned)),
      ...(p.transactions ?? []).map((t) => t.amount),
    ];
    const currency = amounts[0]?.currency;
    const digits = currency === undefined ? 2 : currencyDigits(currency);
    const written = w.transactions();
    const ext = w.ext;
    const activity = el(
      "iati-activity",
      [
        ["xmlns:madani", ext ? MADANI_NAMESPACE : undefined],
        ["last-updated-datetime", opts.updatedAt],
        ["xml:lang", opts.language],
        ["default-currency", currency],
        ["madani:plan-id", ext ? p.id : undefined],
        ["madani:organization-id", ext ? p.organizationId : undefined],
      ],
      [
        { name: "iati-identifier", attrs: [], children: [], text: identifier },
        el(
          "reporting-org",
          [
            ["ref", me?.ref],
            ["type", me?.type],
          ],
          narrativeList(meName),
        ),
        narratives("title", p.title),
        el("description", [["type", "1"]], narrativeList(opts.description ?? p.mission ?? p.title)),
        ...w.participatingOrgs(written),
        el("activity-status", [["code", w.status()]]),
        el("activity-date", [
          ["type", IATI_ACTIVITY_DATE_TYPES.plannedStart],
          ["iso-date", p.period.startOn],
        ]),
        el("activity-date", [
          ["type", IATI_ACTIVITY_DATE_TYPES.plannedEnd],
          ["iso-date", p.period.endOn],
        ]),
        el("recipient-country", [
          ["code", opts.recipientCountry ?? "MA"],
          ["percentage", "100"],
        ]),
        ...w.locations(),
        ...w.sectors(),
        ...w.tags(),
        ...w.budgets(currency, digits),
        ...w.transactionElements(written, digits),
        ...w.documents(),
        ...(opts.results === false
          ? []
          : resultElements(p, {
              extensions: ext,
              ...(opts.aggregationStatus === undefined ? {} : { aggregationStatus: opts.aggregationStatus }),
            })),
      ],
    );
    const errors = w.issues.filter((i) => i.severity === "error");
    if (errors.length > 0) return { ok: false, issues: errors };
    const root = el(
      "iati-activities",
      [
        ["version", "2.03"],
        ["generated-datetime", opts.updatedAt],
      ],
      [activity],
    );
    const xml = `<?xml version="1.0" encoding="UTF-8"?>\n${writeElement(root)}\n`;
    return { ok: true, value: xml, warnings: w.issues };
  });
}
