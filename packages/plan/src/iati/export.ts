import type { ActualValue, EvidenceDocument, IndicatorPeriod } from "../indicator/indicator.js";
import type { Plan, PlanIndicator } from "../plan/plan.js";
import { tiersOf } from "../plan/tier.js";
import { IATI_MEASURE_CODES, IATI_RESULT_TYPES, MADANI_NAMESPACE } from "./codes.js";
import { decimal, el, narratives, writeElement, type XmlElement } from "./xml.js";

/** Options of {@link toIatiResults}. */
export interface IatiExportOptions {
  /** Write `result/@aggregation-status` (`1` or `0`); left out when absent. */
  readonly aggregationStatus?: boolean | undefined;
  /**
   * Write Madani's extension data (`madani:*` attributes and elements, values not yet approved).
   * Default `true`; with `false` the XML holds only IATI data and approved values, and
   * the round trip through {@link fromIatiResults} no longer keeps every value.
   */
  readonly extensions?: boolean | undefined;
}

const bool = (b: boolean | undefined): string | undefined => (b === undefined ? undefined : b ? "1" : "0");
const num = (n: number | undefined): string | undefined => (n === undefined ? undefined : decimal(n));

/**
 * The IATI result type of each tier key: the bottom element tier is an output
 * (1), the top one an impact (3), the tiers between outcomes (2).
 */
function resultTypes(plan: Pick<Plan, "template">): Map<string, string> {
  const tiers = tiersOf(plan.template).slice(0, -1);
  const types = new Map<string, string>();
  tiers.forEach((tier, i) => {
    const type =
      i === tiers.length - 1
        ? IATI_RESULT_TYPES.output
        : i === 0
          ? IATI_RESULT_TYPES.impact
          : IATI_RESULT_TYPES.outcome;
    types.set(tier.key, type);
  });
  return types;
}

/**
 * An evidence document as a `madani:evidence` element: `@url`, `@sha256`, `@date`, and the title in `@title`
 * when it is plain text, else in `madani:title/narrative` elements, one per language.
 */
function evidence(doc: EvidenceDocument): XmlElement {
  const text = typeof doc.title === "string" ? doc.title : undefined;
  return el(
    "madani:evidence",
    [
      ["title", text],
      ["url", doc.url],
      ["sha256", doc.sha256],
      ["date", doc.date],
    ],
    [typeof doc.title === "string" ? undefined : narratives("madani:title", doc.title)],
  );
}

/**
 * An actual value: `actual` when approved, `madani:actual` otherwise, both with the IATI children (`dimension`,
 * `comment`) and then `madani:value-data`. IATI 2.03 allows no foreign attribute on `actual`, only foreign
 * elements at the end of its content, so Madani's data on the value (id, order, state…) goes in that child.
 */
function actual(v: ActualValue, seq: number, approved: boolean, periodId: string | undefined): XmlElement {
  const derived =
    v.value === undefined && v.numerator !== undefined && v.denominator !== undefined
      ? (v.numerator / v.denominator) * 100
      : undefined;
  const dims = Object.entries(v.disaggregation ?? {}).map(([name, value]) =>
    el("dimension", [
      ["name", name],
      ["value", value],
    ]),
  );
  const data = el(
    "madani:value-data",
    [
      ["id", v.id],
      ["seq", String(seq)],
      ["period-id", periodId],
      ["state", approved ? undefined : v.state],
      ["derived", derived === undefined ? undefined : "1"],
      ["numerator", num(v.numerator)],
      ["denominator", num(v.denominator)],
      ["empty-disaggregation", v.disaggregation !== undefined && dims.length === 0 ? "1" : undefined],
      ["empty-evidence", v.evidence !== undefined && v.evidence.length === 0 ? "1" : undefined],
    ],
    (v.evidence ?? []).map(evidence),
  );
  return el(
    approved ? "actual" : "madani:actual",
    [["value", num(v.value ?? derived)]],
    [...dims, narratives("comment", v.source), data],
  );
}

function period(p: IndicatorPeriod, values: readonly [ActualValue, number][], ext: boolean): XmlElement {
  const mine = values.filter(([v]) => v.periodId === p.id);
  return el(
    "period",
    [
      ["madani:id", p.id],
      ["madani:locked", bool(p.locked)],
    ],
    [
      el("period-start", [["iso-date", p.startOn]]),
      el("period-end", [["iso-date", p.endOn]]),
      p.target === undefined ? undefined : el("target", [["value", decimal(p.target)]]),
      ...mine.filter(([v]) => v.state === "approved").map(([v, i]) => actual(v, i, true, undefined)),
      ...(ext ? mine.filter(([v]) => v.state !== "approved").map(([v, i]) => actual(v, i, false, undefined)) : []),
    ],
  );
}

function indicator(ind: PlanIndicator, seq: number, ext: boolean): XmlElement {
  const values = ind.values.map((v, i): [ActualValue, number] => [v, i]);
  const periodIds = new Set(ind.periods.map((p) => p.id));
  const orphans = ext ? values.filter(([v]) => !periodIds.has(v.periodId)) : [];
  const native = ind.measure === "ratio" || ind.measure === "yes-no" ? ind.measure : undefined;
  return el(
    "indicator",
    [
      ["measure", IATI_MEASURE_CODES[ind.measure]],
      ["ascending", ind.direction === "increase" ? "1" : ind.direction === "decrease" ? "0" : undefined],
      ["madani:id", ind.id],
      ["madani:seq", String(seq)],
      ["madani:code", ind.code],
      ["madani:measure", native],
      ["madani:direction", ind.direction === "maintain" ? "maintain" : undefined],
      ["madani:band-low", num(ind.band?.low)],
      ["madani:band-high", num(ind.band?.high)],
      ["madani:across-periods", ind.acrossPeriods],
      ["madani:within-period", ind.withinPeriod],
      ["madani:frequency", ind.frequency],
      ["madani:responsible", ind.responsible],
      ["madani:disaggregations", ind.disaggregations?.join(" ")],
      ["madani:weight", num(ind.weight)],
      ["madani:lop-target", num(ind.lopTarget)],
    ],
    [
      narratives("title", ind.name),
      narratives("description", ind.definition),
      el("reference", [
        ["vocabulary", "99"],
        ["code", ind.code],
      ]),
      ind.baseline === undefined
        ? undefined
        : el("baseline", [
            ["year", ind.baseline.date.slice(0, 4)],
            ["iso-date", ind.baseline.date],
            ["value", decimal(ind.baseline.value)],
          ]),
      ...ind.periods.map((p) => period(p, values, ext)),
      ...orphans.map(([v, i]) => actual(v, i, false, v.periodId)),
      ...(ext
        ? [
            narratives("madani:unit", ind.unit),
            narratives("madani:data-source", ind.dataSource),
            narratives("madani:collection-method", ind.collectionMethod),
          ]
        : []),
    ],
  );
}

/** The element without Madani's extension data (`madani:*` elements and attributes, `xmlns:madani`); internal. */
export function stripExtensions(e: XmlElement): XmlElement | undefined {
  if (e.name.startsWith("madani:")) return undefined;
  const children = e.children.map(stripExtensions).filter((c): c is XmlElement => c !== undefined);
  const attrs = e.attrs.filter(([k]) => !k.startsWith("madani:") && k !== "xmlns:madani");
  return e.text === undefined ? { name: e.name, attrs, children } : { name: e.name, attrs, children, text: e.text };
}

/**
 * Export the results framework of a plan and its indicators as IATI 2.03
 * `iati-activity/result` elements.
 *
 * @param plan - the plan (its template, elements and indicators are read).
 * @param options - see {@link IatiExportOptions}.
 * @returns an XML fragment: one `<result>` per element that has indicators, in the
 * order of `plan.elements` (then indicators attached to anything else, such as an
 * activity), separated by new lines; each declares `xmlns:madani`. Put it inside an
 * `<iati-activity>`, or let {@link toIatiActivity} write the whole activity.
 * @remarks Mapping (IATI 2.03 paths under `iati-activity/result`):
 * - `result/@type`: the plan's bottom element tier is 1 (output), its top tier
 *   3 (impact), the tiers between 2 (outcome); an indicator of an activity or of an
 *   unknown element gives an output. `result/title/narrative` and
 *   `result/description/narrative`: the element's title and description;
 *   `result/reference[@vocabulary=99]/@code`: the element's code; `@madani:element-id`.
 * - `indicator/@measure`: number 1, percentage 2, ratio 1, yes-no 3, ordinal 4,
 *   qualitative 5 (`@madani:measure` for ratio and yes-no). `indicator/@ascending`:
 *   `1` increase, `0` decrease, left out for maintain (`@madani:direction="maintain"`,
 *   band in `@madani:band-low` and `@madani:band-high`).
 * - `indicator/title/narrative/@xml:lang` (ar, fr, en, zgh): the name;
 *   `indicator/description/narrative`: the definition; `indicator/reference[@vocabulary=99]/@code`:
 *   the code; `indicator/baseline/@year @iso-date @value`: the baseline.
 * - `indicator/period/period-start/@iso-date`, `period-end/@iso-date`,
 *   `target/@value`: a period and its target (percent units for percentages).
 * - `period/actual/@value`: each approved value, one `actual` per value; a
 *   percentage given by numerator and denominator is written as `100 × n / d`;
 *   `actual/dimension/@name @value`: its disaggregation; `actual/comment/narrative`: its source.
 * - Madani-only data, in namespace {@link MADANI_NAMESPACE}, only where the IATI 2.03
 *   schema admits it, so that the whole activity validates against the official XSD:
 *   - attributes on `result`, `indicator` and `period`, which accept attributes of other
 *     namespaces: `result/@madani:element-id`; on `indicator`, `@madani:id`, `@madani:seq`
 *     (order), `@madani:code`, `@madani:measure` (ratio, yes-no), `@madani:direction`
 *     (maintain), `@madani:band-low`, `@madani:band-high`, `@madani:across-periods`,
 *     `@madani:within-period`, `@madani:frequency`, `@madani:responsible`,
 *     `@madani:disaggregations` (keys separated by spaces), `@madani:weight`,
 *     `@madani:lop-target` (the life-of-project target); on `period`,
 *     `@madani:id` and `@madani:locked`.
 *   - `actual` and `target` accept no attribute of another namespace, only elements of
 *     other namespaces after their IATI children: the data of each value is in its last
 *     child, `madani:value-data`, with plain attributes `@id`, `@seq`, `@period-id`,
 *     `@state`, `@derived="1"` (the `@value` was computed from `@numerator` and
 *     `@denominator`), `@numerator`, `@denominator`, `@empty-disaggregation="1"`,
 *     `@empty-evidence="1"` (an empty list of evidence documents); and one
 *     `madani:evidence` child per evidence document, in order, with `@url`, `@sha256`,
 *     `@date`, and its title in `@title` (plain text) or in `madani:title/narrative`
 *     (multilingual). (Earlier releases wrote a single text in `@evidence`.) The approval
 *     workflow's fields (`submittedBy`, `submittedAt`, `reviewedBy`, `reviewedAt`,
 *     `reviewNotes`) are left out: they name people, and an IATI file is published.
 *   - draft, submitted and returned values as `period/madani:actual` elements after the
 *     period's `actual` elements (where IATI allows elements of other namespaces; IATI
 *     consumers pass over them), laid out like `actual` with `madani:value-data/@state`;
 *     values of no listed period as `indicator/madani:actual` after the periods, with
 *     `madani:value-data/@period-id`.
 *   - unit, data source and collection method as `indicator/madani:unit`,
 *     `madani:data-source`, `madani:collection-method` with narratives, after the periods.
 * - Text is escaped (`& < > " '`); characters XML 1.0 cannot hold become U+FFFD.
 * @example
 * ```ts
 * const xml = toIatiResults(plan);
 * // <result xmlns:madani="urn:madani:plan" type="1" madani:element-id="r1"> …
 * ```
 * @throws TypeError (or another exception) when given a value its type rules out: typed-only, it does not check
 * its arguments; pass a plan made by `createPlan` (or its parts), never unchecked data.
 */
export function toIatiResults(
  plan: Pick<Plan, "template" | "elements" | "indicators">,
  options: IatiExportOptions = {},
): string {
  return resultElements(plan, options)
    .map((e) => writeElement(e))
    .join("\n");
}

/**
 * The `result` elements of {@link toIatiResults}, for a writer that puts them in its own document (the activity
 * export); internal.
 */
export function resultElements(
  plan: Pick<Plan, "template" | "elements" | "indicators">,
  options: IatiExportOptions = {},
): XmlElement[] {
  const ext = options.extensions !== false;
  const types = resultTypes(plan);
  const groups = new Map<string, [PlanIndicator, number][]>();
  for (const e of plan.elements) groups.set(e.id, []);
  plan.indicators.forEach((ind, i) => {
    const g = groups.get(ind.elementId);
    if (g === undefined) groups.set(ind.elementId, [[ind, i]]);
    else g.push([ind, i]);
  });
  const byId = new Map(plan.elements.map((e) => [e.id, e]));
  const out: XmlElement[] = [];
  for (const [elementId, inds] of groups) {
    if (inds.length === 0) continue;
    const element = byId.get(elementId);
    const result = el(
      "result",
      [
        ["xmlns:madani", MADANI_NAMESPACE],
        ["type", (element === undefined ? undefined : types.get(element.tier)) ?? IATI_RESULT_TYPES.output],
        ["aggregation-status", bool(options.aggregationStatus)],
        ["madani:element-id", elementId],
      ],
      [
        narratives("title", element?.title ?? { en: elementId }),
        narratives("description", element?.description),
        element === undefined
          ? undefined
          : el("reference", [
              ["vocabulary", "99"],
              ["code", element.code],
            ]),
        ...inds.map(([ind, i]) => indicator(ind, i, ext)),
      ],
    );
    const written = ext ? result : stripExtensions(result);
    if (written !== undefined) out.push(written);
  }
  return out;
}
