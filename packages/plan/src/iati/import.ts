import {
  atBoundary,
  type BoundaryIssueCode,
  type Issue,
  type IssuePath,
  type Locale,
  type MultilingualText,
  makeIssue,
  type ValidationResult,
} from "@madani/model";
import { XMLParser, XMLValidator } from "fast-xml-parser";
import type { ActualValue, EvidenceDocument, IndicatorPeriod } from "../indicator/indicator.js";
import { type PlanIndicator, PlanIndicatorSchema } from "../plan/plan.js";
import { type IatiIssueCode, iatiMessages, LEGACY_MEASURES, MEASURE_FROM_IATI } from "./codes.js";
import { decodeEntities } from "./xml.js";

/** Options of {@link fromIatiResults}. */
export interface IatiImportOptions {
  /** Language of the issues' messages; default `fr`. */
  readonly locale?: Locale | undefined;
  /**
   * Language of narratives without `xml:lang` when the file declares none (the `xml:lang` of `iati-activity`,
   * `iati-activities` or another ancestor is the activity's default language and comes first); without either,
   * such narratives are skipped.
   */
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

/** A language of Madani's texts from an `xml:lang` value (`"fr"`, `"fr-MA"`, `"AR"`), or `undefined`. */
function language(tag: unknown): string | undefined {
  if (typeof tag !== "string") return undefined;
  const primary = tag.trim().toLowerCase().split(/[-_]/)[0] ?? "";
  return LANGS.has(primary) ? primary : undefined;
}

/** A `result` element and the `xml:lang` it inherits (its own, else its nearest ancestor's). */
interface FoundResult {
  readonly node: XNode;
  readonly lang: string | undefined;
}

function findResults(node: unknown, out: FoundResult[], lang: string | undefined): void {
  if (Array.isArray(node)) for (const n of node) findResults(n, out, lang);
  else if (isNode(node)) {
    // `xml:lang` applies to the element and its descendants unless one of them says otherwise.
    const own = attr(node, "xml:lang");
    const here = own === undefined ? lang : (language(own) ?? own);
    for (const [k, v] of Object.entries(node)) {
      if (k.startsWith("@_") || k === "#text") continue;
      if (k === "result" && Array.isArray(v)) {
        for (const r of v)
          if (isNode(r)) {
            const rl = attr(r, "xml:lang");
            out.push({ node: r, lang: rl === undefined ? here : (language(rl) ?? rl) });
          }
      } else findResults(v, out, here);
    }
  }
}

/** Where each period and value of an indicator being read sits in the XML, for the issues of a partial import. */
interface Read {
  readonly ind: Record<string, unknown> & { periods: IndicatorPeriod[]; values: ActualValue[] };
  readonly seq: number;
  readonly periodPaths: IssuePath[];
  readonly valuePaths: IssuePath[];
}

/** Read an IATI 2.03 `result` fragment; see {@link fromIatiResults}. */
class Reader {
  readonly issues: Issue<IatiIssueCode>[] = [];
  /** The `xml:lang` the result being read inherits from the file. */
  inherited: string | undefined;
  constructor(
    private readonly locale: Locale,
    private readonly defaultLanguage: string | undefined,
  ) {}

  issue(
    code: IatiIssueCode,
    path: IssuePath,
    params?: Record<string, string>,
    value?: unknown,
    severity: "error" | "warning" = "warning",
  ): void {
    this.issues.push(makeIssue(iatiMessages, code, this.locale, path, { params, value, severity }));
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

  /** The date of the `iso-date` of a period's `period-start` or `period-end`; a missing one is an invalid date. */
  periodDate(period: XNode, name: string, path: IssuePath): string | undefined {
    const holder = kids(period, name)[0];
    if (holder !== undefined && attr(holder, "iso-date") !== undefined)
      return this.date(holder, "iso-date", [...path, name]);
    this.issue("iati.date_invalid", [...path, name, "@iso-date"], { value: "" }, "");
    return undefined;
  }

  text(parent: XNode, name: string): MultilingualText | undefined {
    const text: Record<string, string> = {};
    for (const holder of kids(parent, name))
      for (const n of kids(holder, "narrative")) {
        const own = attr(n, "xml:lang") ?? attr(holder, "xml:lang");
        // `xml:lang=""` declares no language: the file's default, else the option's, applies.
        const lang = own === undefined || own.trim() === "" ? this.inherited || this.defaultLanguage : language(own);
        const raw = n["#text"];
        const t = typeof raw === "string" ? decodeEntities(raw).trim() : "";
        if (lang !== undefined && LANGS.has(lang) && t !== "" && text[lang] === undefined) text[lang] = t;
      }
    return Object.keys(text).length === 0 ? undefined : (text as MultilingualText);
  }

  /** A value, or `undefined` when a number of it cannot be read (the issue says which). */
  actual(
    node: XNode,
    fallbackId: string,
    periodId: string,
    approved: boolean,
    path: IssuePath,
  ): [ActualValue, number] | undefined {
    const before = this.issues.length;
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
    if (this.issues.length > before) return undefined;
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

  /** The measure of `@madani:measure`, else of the IATI code or of a legacy name (`Unit`, `NDP`…). */
  measure(node: XNode): string | undefined {
    const native = attr(node, "madani:measure");
    if (native !== undefined) return native;
    const code = attr(node, "measure")?.trim() ?? "";
    return (
      MEASURE_FROM_IATI[code] ??
      (Object.hasOwn(LEGACY_MEASURES, code.toLowerCase()) ? LEGACY_MEASURES[code.toLowerCase()] : undefined)
    );
  }

  /** An indicator, or `undefined` when it has no measure or no title (the issue says which). */
  indicator(node: XNode, elementId: string, fallbackId: string, path: IssuePath): Read | undefined {
    const id = attr(node, "madani:id") ?? fallbackId;
    const measure = this.measure(node);
    if (measure === undefined) {
      const measureCode = attr(node, "measure")?.trim() ?? "";
      this.issue("iati.measure_unknown", [...path, "@measure"], { measure: measureCode }, measureCode);
    }
    const ascending = attr(node, "ascending")?.trim();
    const direction =
      attr(node, "madani:direction") ?? (ascending === "0" || ascending === "false" ? "decrease" : "increase");
    const name = this.text(node, "title");
    if (name === undefined) this.issue("iati.title_missing", [...path, "title"]);
    if (measure === undefined || name === undefined) return undefined;
    const references = kids(node, "reference");
    const code =
      attr(node, "madani:code") ??
      (references.find((r) => attr(r, "vocabulary") === "99") ?? references[0])?.[`@_code`] ??
      id;
    const ind: Record<string, unknown> = { id, elementId, code: typeof code === "string" ? decodeEntities(code) : id };
    ind.name = name;
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
      const k = kids(node, "baseline").indexOf(baseline);
      const at = [...path, "baseline", k];
      const value = this.number(baseline, "value", at);
      const year = attr(baseline, "year")?.trim();
      const date = this.date(baseline, "iso-date", at) ?? (year === undefined ? undefined : `${year}-01-01`);
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
    const periodPaths: IssuePath[] = [];
    const values: [ActualValue, number, IssuePath][] = [];
    const value = (a: XNode, fallbackId: string, periodId: string, approved: boolean, at: IssuePath): void => {
      const v = this.actual(a, fallbackId, periodId, approved, at);
      if (v !== undefined) values.push([...v, at]);
    };
    kids(node, "period").forEach((p, k) => {
      const pPath = [...path, "period", k];
      const pid = attr(p, "madani:id") ?? `${id}-p${k + 1}`;
      const startOn = this.periodDate(p, "period-start", pPath);
      const endOn = this.periodDate(p, "period-end", pPath);
      // A period without both dates cannot be placed in time: it is left out with its target and values.
      if (startOn === undefined || endOn === undefined) return;
      const period: { -readonly [K in keyof IndicatorPeriod]: IndicatorPeriod[K] } = { id: pid, startOn, endOn };
      const targets = kids(p, "target");
      const target = targets.find((t) => attr(t, "value") !== undefined);
      const tv =
        target === undefined ? undefined : this.number(target, "value", [...pPath, "target", targets.indexOf(target)]);
      if (tv !== undefined) period.target = tv;
      const locked = attr(p, "madani:locked");
      if (locked !== undefined) period.locked = locked === "1" || locked === "true";
      periods.push(period);
      periodPaths.push(pPath);
      kids(p, "actual").forEach((a, j) => {
        value(a, `${pid}-a${j + 1}`, pid, true, [...pPath, "actual", j]);
      });
      kids(p, "madani:actual").forEach((a, j) => {
        value(a, `${pid}-d${j + 1}`, pid, false, [...pPath, "madani:actual", j]);
      });
    });
    kids(node, "madani:actual").forEach((a, j) => {
      value(a, `${id}-o${j + 1}`, "", false, [...path, "madani:actual", j]);
    });
    ind.periods = periods;
    const sorted = values
      .map((v, i) => [v, i] as const)
      .sort((a, b) => a[0][1] - b[0][1] || a[1] - b[1])
      .map(([v]) => v);
    ind.values = sorted.map(([v]) => v);
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
    return {
      ind: ind as Read["ind"],
      seq: Number.isInteger(seq) ? seq : Number.POSITIVE_INFINITY,
      periodPaths,
      valuePaths: sorted.map(([, , at]) => at),
    };
  }

  /**
   * Check an indicator read against `PlanIndicatorSchema`; a value or a period the schema refuses is left out (an
   * issue at its place in the XML) and the rest checked again, anything else leaves the indicator out.
   */
  check(read: Read, path: IssuePath): PlanIndicator | undefined {
    const ind = { ...read.ind, periods: [...read.ind.periods], values: [...read.ind.values] };
    const periodPaths = [...read.periodPaths];
    const valuePaths = [...read.valuePaths];
    for (;;) {
      const parsed = PlanIndicatorSchema.safeParse(ind);
      if (parsed.success) return parsed.data;
      const first = parsed.error.issues[0];
      const [list, index] = first?.path ?? [];
      const reason = first === undefined ? "?" : `${first.path.join(".")}: ${first.message}`;
      if (list === "values" && typeof index === "number" && index < ind.values.length) {
        this.issue("iati.value_invalid", valuePaths[index] ?? path, { reason });
        ind.values.splice(index, 1);
        valuePaths.splice(index, 1);
      } else if (list === "periods" && typeof index === "number" && index < ind.periods.length) {
        this.issue("iati.period_invalid", periodPaths[index] ?? path, { reason });
        ind.periods.splice(index, 1);
        periodPaths.splice(index, 1);
      } else {
        this.issue("iati.indicator_invalid", path, { reason });
        return undefined;
      }
    }
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
 * fragment {@link toIatiResults} writes or a whole `iati-activities` file, including files of other publishers
 * and of earlier IATI versions.
 *
 * @param xml - the XML text: one or more `<result>` elements, or a document holding them at any depth.
 * @param options - see {@link IatiImportOptions}.
 * @returns `{ ok: true, value: { indicators }, warnings }`: the indicators read, each attached (`elementId`) to
 * `@madani:element-id` of its result (else `iati-result-N`), and a warning for each part of the file left out;
 * or `{ ok: false, issues }` when there is nothing to read: `iati.xml_invalid` (not well-formed XML) or
 * `iati.no_result` (no `result` element). Never throws.
 * @remarks A partial import: what cannot be read is reported where it is and left out, the rest is kept; no
 * single error refuses the file. The warnings, each with the path of the element or attribute (`["result", r,
 * "indicator", k, "period", p, "actual", j, "@value"]`):
 * - `iati.number_invalid`: a `@value` (baseline, target, actual), a numerator or denominator, a band or weight
 *   that is not a decimal number (`N=41;P=56`); the baseline, the target or the value is left out;
 * - `iati.date_invalid`: a date that is not `YYYY-MM-DD`, or a period's missing `period-start`/`period-end`; a
 *   period without both dates is left out with its target and values;
 * - `iati.measure_unknown`, `iati.title_missing` (no title in ar, fr, en or zgh): the indicator is left out;
 * - `iati.value_invalid`, `iati.period_invalid`, `iati.indicator_invalid`: `PlanIndicatorSchema` refuses a
 *   value, a period or the indicator, which is left out (the reason names the field).
 *
 * Reads the mapping documented on {@link toIatiResults}: `result/@madani:element-id`;
 * `indicator/@measure` (1 number, 2 percentage, 3 yes-no, 4 ordinal, 5 qualitative, unless `@madani:measure`;
 * and the names of IATI 1.x and 2.01 files, in any case: `Unit`, `Percentage`, `NDP`, `Nominal`, `Ordinal`,
 * `Qualitative`), `indicator/@ascending` (`0` or `false` decrease,
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
 * A narrative's language is its `xml:lang`, else the `xml:lang` of its nearest ancestor that has one (IATI's
 * default language of the activity, on `iati-activity`, or on `iati-activities`), else `defaultLanguage`;
 * `fr-MA` is read as `fr`; narratives in other languages than ar, fr, en and zgh are skipped.
 * Data of other publishers gets ids derived from the position (`iati-result-1-i1`,
 * `…-p1`, `…-a1`). Every indicator is checked against `PlanIndicatorSchema`.
 * Never throws: input that throws when read gives `input.unreadable`; options that are not an
 * object (`null` is none) or an unknown `locale` give `schema.invalid_option`.
 * @example
 * ```ts
 * const r = fromIatiResults(toIatiResults(plan));
 * if (r.ok) r.value.indicators.length; // plan.indicators.length
 * if (r.ok) for (const w of r.warnings) console.log(w.path.join("/"), w.message);
 * ```
 */
export function fromIatiResults(
  xml: string,
  options: IatiImportOptions = {},
): ValidationResult<{ indicators: PlanIndicator[] }, IatiIssueCode | BoundaryIssueCode> {
  return atBoundary(options, (options) => {
    const locale = options.locale ?? "fr";
    const reader = new Reader(locale, language(options.defaultLanguage));
    const refuse = (code: IatiIssueCode, params?: Record<string, string>) => {
      reader.issue(code, [], params, undefined, "error");
      return { ok: false as const, issues: reader.issues };
    };
    let tree: unknown;
    try {
      const body = `<madani-iati-import>${xml.replace(/^\uFEFF?\s*<\?xml[^?]*\?>/, "")}</madani-iati-import>`;
      const valid = XMLValidator.validate(body);
      if (valid !== true)
        return refuse("iati.xml_invalid", { reason: `${valid.err.msg} (${valid.err.line}:${valid.err.col})` });
      tree = parser.parse(body);
    } catch (e) {
      return refuse("iati.xml_invalid", { reason: e instanceof Error ? e.message : String(e) });
    }
    const results: FoundResult[] = [];
    findResults(tree, results, undefined);
    if (results.length === 0) return refuse("iati.no_result");
    const found: [PlanIndicator, number][] = [];
    results.forEach(({ node: result, lang }, r) => {
      reader.inherited = lang;
      const elementId = attr(result, "madani:element-id") ?? `iati-result-${r + 1}`;
      kids(result, "indicator").forEach((node, k) => {
        const path = ["result", r, "indicator", k];
        const read = reader.indicator(node, elementId, `${elementId}-i${k + 1}`, path);
        const checked = read === undefined ? undefined : reader.check(read, path);
        if (read !== undefined && checked !== undefined) found.push([checked, read.seq]);
      });
    });
    const indicators = found
      .map((f, i) => [f, i] as const)
      .sort((a, b) => a[0][1] - b[0][1] || a[1] - b[1])
      .map(([[ind]]) => ind);
    return { ok: true, value: { indicators }, warnings: reader.issues };
  });
}
