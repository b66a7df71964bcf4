import {
  atBoundary,
  type BoundaryIssueCode,
  type Issue,
  type IssuePath,
  type Locale,
  type MultilingualText,
  makeIssue,
  type Result,
} from "@madani/model";
import { XMLParser, XMLValidator } from "fast-xml-parser";
import type { ActualValue, EvidenceDocument, IndicatorPeriod } from "../indicator/indicator.js";
import { type PlanIndicator, PlanIndicatorSchema } from "../plan/plan.js";
import { type IatiIssueCode, iatiMessages, MEASURE_FROM_IATI } from "./codes.js";
import { decodeEntities } from "./xml.js";

/** Options of {@link fromIatiResults}. */
export interface IatiImportOptions {
  /** Language of the issues' messages; default `fr`. */
  readonly locale?: Locale | undefined;
  /** Language of narratives without `xml:lang` (IATI's activity default language); such narratives are skipped when absent. */
  readonly defaultLanguage?: "ar" | "fr" | "en" | "zgh" | undefined;
}

type XNode = Record<string, unknown>;

const isNode = (x: unknown): x is XNode => typeof x === "object" && x !== null && !Array.isArray(x);
const LANGS = new Set(["ar", "fr", "en", "zgh"]);
const DECIMAL = /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?$/;
const DATE = /^\d{4}-\d{2}-\d{2}/;

function kids(node: XNode, name: string): XNode[] {
  const v = node[name];
  return Array.isArray(v) ? v.filter(isNode) : [];
}

function attr(node: XNode, name: string): string | undefined {
  const v = node[`@_${name}`];
  return typeof v === "string" ? decodeEntities(v) : undefined;
}

function findResults(node: unknown, out: XNode[]): void {
  if (Array.isArray(node)) for (const n of node) findResults(n, out);
  else if (isNode(node))
    for (const [k, v] of Object.entries(node)) {
      if (k.startsWith("@_") || k === "#text") continue;
      if (k === "result" && Array.isArray(v)) {
        for (const r of v) if (isNode(r)) out.push(r);
      } else findResults(v, out);
    }
}

/** Read an IATI 2.03 `result` fragment; see {@link fromIatiResults}. */
class Reader {
  readonly issues: Issue<IatiIssueCode>[] = [];
  constructor(
    private readonly locale: Locale,
    private readonly defaultLanguage: string | undefined,
  ) {}

  issue(code: IatiIssueCode, path: IssuePath, params?: Record<string, string>, value?: unknown): void {
    this.issues.push(makeIssue(iatiMessages, code, this.locale, path, { params, value }));
  }

  number(node: XNode, name: string, path: IssuePath): number | undefined {
    const raw = attr(node, name);
    if (raw === undefined) return undefined;
    const s = raw.trim();
    if (!DECIMAL.test(s)) {
      this.issue("iati.number_invalid", [...path, `@${name}`], { value: s }, s);
      return undefined;
    }
    return Number(s);
  }

  date(node: XNode, name: string, path: IssuePath): string | undefined {
    const raw = attr(node, name)?.trim();
    if (raw === undefined) return undefined;
    if (!DATE.test(raw)) {
      this.issue("iati.date_invalid", [...path, `@${name}`], { value: raw }, raw);
      return undefined;
    }
    return raw.slice(0, 10);
  }

  text(parent: XNode, name: string): MultilingualText | undefined {
    const text: Record<string, string> = {};
    for (const holder of kids(parent, name))
      for (const n of kids(holder, "narrative")) {
        const lang = attr(n, "xml:lang") ?? this.defaultLanguage;
        const raw = n["#text"];
        const t = typeof raw === "string" ? decodeEntities(raw).trim() : "";
        if (lang !== undefined && LANGS.has(lang) && t !== "" && text[lang] === undefined) text[lang] = t;
      }
    return Object.keys(text).length === 0 ? undefined : (text as MultilingualText);
  }

  actual(node: XNode, fallbackId: string, periodId: string, approved: boolean, path: IssuePath): [ActualValue, number] {
    // Madani's data on the value: the attributes of its `madani:value-data` child; in files of earlier releases,
    // `madani:*` attributes of the value element itself.
    const data = kids(node, "madani:value-data")[0];
    const [holder, prefix, dataPath]: [XNode, string, IssuePath] =
      data === undefined ? [node, "madani:", path] : [data, "", [...path, "madani:value-data"]];
    const ext = (name: string): string | undefined => attr(holder, `${prefix}${name}`);
    const v: { -readonly [K in keyof ActualValue]: ActualValue[K] } = {
      id: ext("id") ?? fallbackId,
      periodId: ext("period-id") ?? periodId,
      state: approved ? "approved" : ((ext("state") ?? "draft") as ActualValue["state"]),
    };
    const value = this.number(node, "value", path);
    if (value !== undefined && ext("derived") !== "1") v.value = value;
    const numerator = this.number(holder, `${prefix}numerator`, dataPath);
    if (numerator !== undefined) v.numerator = numerator;
    const denominator = this.number(holder, `${prefix}denominator`, dataPath);
    if (denominator !== undefined) v.denominator = denominator;
    const dims = kids(node, "dimension");
    if (dims.length > 0 || ext("empty-disaggregation") === "1") {
      const d: Record<string, string> = {};
      for (const dim of dims) d[attr(dim, "name") ?? ""] = attr(dim, "value") ?? "";
      v.disaggregation = d;
    }
    const source = this.text(node, "comment");
    if (source !== undefined) v.source = source;
    const documents = data === undefined ? [] : kids(data, "madani:evidence").map((e) => this.evidence(e));
    if (documents.length > 0 || ext("empty-evidence") === "1") v.evidence = documents;
    else {
      // Earlier releases wrote one text (`@evidence`, or `@madani:evidence` on the value element); the schema
      // reads it as one document with that title.
      const text = ext("evidence");
      if (text !== undefined) (v as { evidence?: unknown }).evidence = text;
    }
    const seq = Number(ext("seq") ?? Number.NaN);
    return [v, Number.isInteger(seq) ? seq : Number.POSITIVE_INFINITY];
  }

  /** An evidence document from a `madani:evidence` element; `PlanIndicatorSchema` checks it afterwards. */
  evidence(node: XNode): EvidenceDocument {
    const doc: Record<string, unknown> = {};
    const title = attr(node, "title") ?? this.text(node, "madani:title");
    if (title !== undefined) doc.title = title;
    for (const name of ["url", "sha256", "date"] as const) {
      const v = attr(node, name);
      if (v !== undefined) doc[name] = v;
    }
    return doc as EvidenceDocument;
  }

  indicator(node: XNode, elementId: string, fallbackId: string, path: IssuePath): [unknown, number] {
    const id = attr(node, "madani:id") ?? fallbackId;
    const measureCode = attr(node, "measure")?.trim() ?? "";
    const measure = attr(node, "madani:measure") ?? MEASURE_FROM_IATI[measureCode];
    if (measure === undefined)
      this.issue("iati.measure_unknown", [...path, "@measure"], { measure: measureCode }, measureCode);
    const ascending = attr(node, "ascending")?.trim();
    const direction =
      attr(node, "madani:direction") ?? (ascending === "0" || ascending === "false" ? "decrease" : "increase");
    const name = this.text(node, "title");
    if (name === undefined) this.issue("iati.title_missing", [...path, "title"]);
    const references = kids(node, "reference");
    const code =
      attr(node, "madani:code") ??
      (references.find((r) => attr(r, "vocabulary") === "99") ?? references[0])?.[`@_code`] ??
      id;
    const ind: Record<string, unknown> = { id, elementId, code: typeof code === "string" ? decodeEntities(code) : id };
    if (name !== undefined) ind.name = name;
    const definition = this.text(node, "description");
    if (definition !== undefined) ind.definition = definition;
    const unit = this.text(node, "madani:unit");
    if (unit !== undefined) ind.unit = unit;
    ind.measure = measure;
    ind.direction = direction;
    const low = this.number(node, "madani:band-low", path);
    const high = this.number(node, "madani:band-high", path);
    if (low !== undefined && high !== undefined) ind.band = { low, high };
    const baseline = kids(node, "baseline").find((b) => attr(b, "value") !== undefined);
    if (baseline !== undefined) {
      const value = this.number(baseline, "value", [...path, "baseline"]);
      const year = attr(baseline, "year")?.trim();
      const date =
        this.date(baseline, "iso-date", [...path, "baseline"]) ?? (year === undefined ? undefined : `${year}-01-01`);
      if (value !== undefined && date !== undefined) ind.baseline = { value, date };
    }
    for (const [key, name] of [
      ["acrossPeriods", "madani:across-periods"],
      ["withinPeriod", "madani:within-period"],
      ["frequency", "madani:frequency"],
      ["responsible", "madani:responsible"],
    ] as const) {
      const v = attr(node, name);
      if (v !== undefined) ind[key] = v;
    }
    const periods: IndicatorPeriod[] = [];
    const values: [ActualValue, number][] = [];
    kids(node, "period").forEach((p, k) => {
      const pPath = [...path, "period", k];
      const pid = attr(p, "madani:id") ?? `${id}-p${k + 1}`;
      const startOn = kids(p, "period-start")[0];
      const endOn = kids(p, "period-end")[0];
      const period: { -readonly [K in keyof IndicatorPeriod]: IndicatorPeriod[K] } = {
        id: pid,
        startOn: (startOn === undefined ? undefined : this.date(startOn, "iso-date", [...pPath, "period-start"])) ?? "",
        endOn: (endOn === undefined ? undefined : this.date(endOn, "iso-date", [...pPath, "period-end"])) ?? "",
      };
      const target = kids(p, "target").find((t) => attr(t, "value") !== undefined);
      const tv = target === undefined ? undefined : this.number(target, "value", [...pPath, "target"]);
      if (tv !== undefined) period.target = tv;
      const locked = attr(p, "madani:locked");
      if (locked !== undefined) period.locked = locked === "1" || locked === "true";
      periods.push(period);
      kids(p, "actual").forEach((a, j) => {
        values.push(this.actual(a, `${pid}-a${j + 1}`, pid, true, [...pPath, "actual", j]));
      });
      kids(p, "madani:actual").forEach((a, j) => {
        values.push(this.actual(a, `${pid}-d${j + 1}`, pid, false, [...pPath, "madani:actual", j]));
      });
    });
    kids(node, "madani:actual").forEach((a, j) => {
      values.push(this.actual(a, `${id}-o${j + 1}`, "", false, [...path, "madani:actual", j]));
    });
    ind.periods = periods;
    ind.values = values
      .map((v, i) => [v, i] as const)
      .sort((a, b) => a[0][1] - b[0][1] || a[1] - b[1])
      .map(([[v]]) => v);
    const dataSource = this.text(node, "madani:data-source");
    if (dataSource !== undefined) ind.dataSource = dataSource;
    const collectionMethod = this.text(node, "madani:collection-method");
    if (collectionMethod !== undefined) ind.collectionMethod = collectionMethod;
    const disaggregations = attr(node, "madani:disaggregations");
    if (disaggregations !== undefined) ind.disaggregations = disaggregations.split(" ").filter((s) => s !== "");
    const weight = this.number(node, "madani:weight", path);
    if (weight !== undefined) ind.weight = weight;
    const lopTarget = this.number(node, "madani:lop-target", path);
    if (lopTarget !== undefined) ind.lopTarget = lopTarget;
    const seq = Number(attr(node, "madani:seq") ?? Number.NaN);
    return [ind, Number.isInteger(seq) ? seq : Number.POSITIVE_INFINITY];
  }
}

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: "@_",
  parseTagValue: false,
  parseAttributeValue: false,
  trimValues: false,
  processEntities: false,
  alwaysCreateTextNode: true,
  isArray: (_name, _jpath, _isLeaf, isAttribute) => !isAttribute,
});

/**
 * Import indicators from IATI 2.03 `iati-activity/result` elements, such as the
 * fragment {@link toIatiResults} writes or a whole `iati-activities` file.
 *
 * @param xml - the XML text: one or more `<result>` elements, or a document holding them at any depth.
 * @param options - see {@link IatiImportOptions}.
 * @returns the indicators of the plan, each attached (`elementId`) to
 * `@madani:element-id` of its result (else `iati-result-N`); or the issues
 * (`iati.xml_invalid`, `iati.no_result`, `iati.measure_unknown`, `iati.number_invalid`,
 * `iati.date_invalid`, `iati.title_missing`, `iati.indicator_invalid`). Never throws.
 * @remarks Reads the mapping documented on {@link toIatiResults}: `result/@madani:element-id`;
 * `indicator/@measure` (1 number, 2 percentage, 3 yes-no, 4 ordinal, 5 qualitative,
 * unless `@madani:measure`), `indicator/@ascending` (`0` or `false` decrease,
 * otherwise increase, unless `@madani:direction`), `indicator/title/narrative`,
 * `indicator/description/narrative`, `indicator/reference[@vocabulary=99]/@code`,
 * the first `indicator/baseline` with a `@value` (`@iso-date`, else 1 January of `@year`),
 * `period/period-start/@iso-date`, `period/period-end/@iso-date`, the first
 * `period/target` with a `@value`, every `period/actual` (state `approved`) with
 * `dimension/@name @value` and `comment/narrative`, and the `madani:*` extension data:
 * the data of a value from its `madani:value-data` child, or, in files written by earlier
 * releases, from `madani:*` attributes of the `actual` or `madani:actual` element itself
 * (`@madani:id`, `@madani:seq`, `@madani:state`, `@madani:numerator`…), read the same way. Evidence documents
 * come from the `madani:evidence` children of `madani:value-data`; the single text of earlier releases
 * (`madani:value-data/@evidence`, `@madani:evidence`) is read as one document with that title.
 * Data of other publishers gets ids derived from the position (`iati-result-1-i1`,
 * `…-p1`, `…-a1`). Every indicator is checked against `PlanIndicatorSchema`.
 * Never throws: input that throws when read gives `input.unreadable`; options that are not an
 * object (`null` is none) or an unknown `locale` give `schema.invalid_option`.
 * @example
 * ```ts
 * const r = fromIatiResults(toIatiResults(plan));
 * if (r.ok) r.value.indicators.length; // plan.indicators.length
 * ```
 */
export function fromIatiResults(
  xml: string,
  options: IatiImportOptions = {},
): Result<{ indicators: PlanIndicator[] }, IatiIssueCode | BoundaryIssueCode> {
  return atBoundary(options, (options) => {
    const locale = options.locale ?? "fr";
    const reader = new Reader(locale, options.defaultLanguage);
    let tree: unknown;
    try {
      const body = `<madani-iati-import>${xml.replace(/^\uFEFF?\s*<\?xml[^?]*\?>/, "")}</madani-iati-import>`;
      const valid = XMLValidator.validate(body);
      if (valid !== true) {
        reader.issue("iati.xml_invalid", [], { reason: `${valid.err.msg} (${valid.err.line}:${valid.err.col})` });
        return { ok: false, issues: reader.issues };
      }
      tree = parser.parse(body);
    } catch (e) {
      reader.issue("iati.xml_invalid", [], { reason: e instanceof Error ? e.message : String(e) });
      return { ok: false, issues: reader.issues };
    }
    const results: XNode[] = [];
    findResults(tree, results);
    if (results.length === 0) {
      reader.issue("iati.no_result", []);
      return { ok: false, issues: reader.issues };
    }
    const found: [unknown, number, IssuePath][] = [];
    results.forEach((result, r) => {
      const elementId = attr(result, "madani:element-id") ?? `iati-result-${r + 1}`;
      kids(result, "indicator").forEach((node, k) => {
        const path = ["result", r, "indicator", k];
        found.push([...reader.indicator(node, elementId, `${elementId}-i${k + 1}`, path), path]);
      });
    });
    if (reader.issues.length > 0) return { ok: false, issues: reader.issues };
    const indicators: PlanIndicator[] = [];
    for (const [raw, , path] of found
      .map((f, i) => [f, i] as const)
      .sort((a, b) => a[0][1] - b[0][1] || a[1] - b[1])
      .map(([f]) => f)) {
      const parsed = PlanIndicatorSchema.safeParse(raw);
      if (parsed.success) indicators.push(parsed.data);
      else {
        const first = parsed.error.issues[0];
        const reason = first === undefined ? "?" : `${first.path.join(".")}: ${first.message}`;
        reader.issue("iati.indicator_invalid", path, { reason });
      }
    }
    if (reader.issues.length > 0) return { ok: false, issues: reader.issues };
    return { ok: true, value: { indicators } };
  });
}
