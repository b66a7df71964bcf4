import { defineEnumeration, MultilingualTextSchema } from "@madani/model";
import * as z from "zod";
import { deepFreeze } from "./freeze.js";

/** Pattern of a tier key: a lower-case slug such as `axis` or `specific-objective`. */
const TIER_KEY = /^[a-z][a-zA-Z0-9-]{0,63}$/;

/**
 * Schema of one tier (level) of a results framework: a stable key and its label.
 *
 * @example
 * ```ts
 * TierSchema.parse({ key: "axis", label: { ar: "محور استراتيجي", fr: "Axe stratégique", en: "Strategic axis" } });
 * ```
 */
export const TierSchema = z.strictObject({
  key: z.string().regex(TIER_KEY),
  label: MultilingualTextSchema,
});

/** A tier of a results framework (`key` that elements refer to, `label`); see {@link TierSchema}. */
export type Tier = z.infer<typeof TierSchema>;

/** The kinds of results-framework templates, with labels in ar, fr and en. */
export const TemplateKind = defineEnumeration("planTemplateKind", {
  default: { ar: "الإطار الافتراضي", fr: "Cadre par défaut", en: "Default framework" },
  "eu-logframe": { ar: "الإطار المنطقي للاتحاد الأوروبي", fr: "Cadre logique de l'UE", en: "EU logical framework" },
  "usaid-rf": {
    ar: "إطار النتائج للوكالة الأمريكية للتنمية الدولية",
    fr: "Cadre de résultats de l'USAID",
    en: "USAID results framework",
  },
  custom: { ar: "إطار مخصص", fr: "Cadre personnalisé", en: "Custom framework" },
});

/** A template kind; see {@link TemplateKind}. */
export type TemplateKindValue = (typeof TemplateKind.values)[number];

/**
 * Schema of the template a plan's results framework follows.
 *
 * @remarks `tiers` lists the tiers from the top down, the last one being the
 * activity tier. It is required for `custom` (rule `plan.custom_template_tiers`)
 * and ignored for the built-in templates, whose tiers are {@link PLAN_TEMPLATES}.
 * @example
 * ```ts
 * PlanTemplateSchema.parse({ kind: "eu-logframe" });
 * ```
 */
export const PlanTemplateSchema = z.strictObject({
  kind: TemplateKind.schema,
  tiers: z.array(TierSchema).max(10).optional(),
});

/** The template of a plan; see {@link PlanTemplateSchema}. */
export type PlanTemplate = z.infer<typeof PlanTemplateSchema>;

/**
 * The built-in results-framework templates, as data: their tiers from the top
 * down, the last one being the activity tier.
 *
 * @remarks
 * - `default`: strategic axis > strategic objective > expected result > activity;
 * - `eu-logframe`: overall objective > specific objective > output > activity;
 * - `usaid-rf`: goal > development objective (DO) > intermediate result (IR) > sub-intermediate result
 *   (sub-IR) > activity.
 *
 * A `custom` template brings its own tiers in the plan (`template.tiers`).
 * @example
 * ```ts
 * PLAN_TEMPLATES.default.map((t) => t.key); // ["axis", "objective", "result", "activity"]
 * ```
 */
export const PLAN_TEMPLATES: Readonly<Record<Exclude<TemplateKindValue, "custom">, readonly Tier[]>> = deepFreeze({
  default: [
    { key: "axis", label: { ar: "محور استراتيجي", fr: "Axe stratégique", en: "Strategic axis" } },
    { key: "objective", label: { ar: "هدف استراتيجي", fr: "Objectif stratégique", en: "Strategic objective" } },
    { key: "result", label: { ar: "نتيجة منتظرة", fr: "Résultat attendu", en: "Expected result" } },
    { key: "activity", label: { ar: "نشاط", fr: "Activité", en: "Activity" } },
  ],
  "eu-logframe": [
    { key: "overall-objective", label: { ar: "الهدف العام", fr: "Objectif global", en: "Overall objective" } },
    { key: "specific-objective", label: { ar: "الهدف الخاص", fr: "Objectif spécifique", en: "Specific objective" } },
    { key: "output", label: { ar: "مُخرَج", fr: "Extrant / réalisation", en: "Output" } },
    { key: "activity", label: { ar: "نشاط", fr: "Activité", en: "Activity" } },
  ],
  "usaid-rf": [
    { key: "goal", label: { ar: "الغاية", fr: "But", en: "Goal" } },
    {
      key: "development-objective",
      label: { ar: "هدف تنموي", fr: "Objectif de développement", en: "Development objective" },
    },
    {
      key: "intermediate-result",
      label: { ar: "نتيجة وسيطة", fr: "Résultat intermédiaire", en: "Intermediate result" },
    },
    {
      key: "sub-intermediate-result",
      label: { ar: "نتيجة وسيطة فرعية", fr: "Sous-résultat intermédiaire", en: "Sub-intermediate result" },
    },
    { key: "activity", label: { ar: "نشاط", fr: "Activité", en: "Activity" } },
  ],
});

/**
 * The tiers of a plan's template, from the top down, the last one being the activity tier.
 *
 * @param template - the plan's template.
 * @returns the built-in tiers, or the custom template's tiers (empty when it has none).
 * @example
 * ```ts
 * tiersOf({ kind: "default" })[0]?.key; // "axis"
 * tiersOf({ kind: "custom", tiers: [{ key: "pillar", label: { fr: "Pilier" } }, { key: "task", label: { fr: "Tâche" } }] }).length; // 2
 * ```
 * @throws TypeError (or another exception) when given a value its type rules out: typed-only, it does not check
 * its arguments; pass a plan made by `createPlan` (or its parts), never unchecked data.
 */
export function tiersOf(template: PlanTemplate): readonly Tier[] {
  return template.kind === "custom" ? (template.tiers ?? []) : PLAN_TEMPLATES[template.kind];
}
