import {
  atBoundary,
  type BoundaryIssueCode,
  defineEnumeration,
  IdSchema,
  type Issue,
  type Locale,
  type MessageTemplate,
  makeIssue,
  type Result,
} from "@madani/model";
import * as z from "zod";

/**
 * The built-in capacity-building catalogue: topics that sessions and trainers
 * reference, with labels in ar, fr and en.
 *
 * @remarks Drawn from the trainings Moroccan networks and volunteering
 * organizations offer to associations and cooperatives (تقوية القدرات /
 * renforcement des capacités). Add topics of your own with {@link createCatalogue}.
 * @example
 * ```ts
 * labelOf(CapacityTopic, "participatory-democracy", "ar"); // "الديمقراطية التشاركية"
 * ```
 */
export const CapacityTopic = defineEnumeration("capacityTopic", {
  "strategic-planning": { ar: "التخطيط الاستراتيجي", fr: "Planification stratégique", en: "Strategic planning" },
  "project-writing": { ar: "صياغة المشاريع", fr: "Rédaction de projets", en: "Project writing" },
  "digital-communication": {
    ar: "تقنيات التواصل الرقمي",
    fr: "Communication numérique",
    en: "Digital communication",
  },
  communication: { ar: "التواصل الفعال", fr: "Communication efficace", en: "Effective communication" },
  "administrative-financial-management": {
    ar: "التدبير الإداري والمالي",
    fr: "Gestion administrative et financière",
    en: "Administrative and financial management",
  },
  advocacy: { ar: "الترافع", fr: "Plaidoyer", en: "Advocacy" },
  "participatory-democracy": {
    ar: "الديمقراطية التشاركية",
    fr: "Démocratie participative",
    en: "Participatory democracy",
  },
  digitalization: { ar: "الرقمنة", fr: "Digitalisation", en: "Digitalization" },
  "self-development": { ar: "التنمية الذاتية", fr: "Développement personnel", en: "Self-development" },
  "social-solidarity-economy": {
    ar: "الاقتصاد الاجتماعي التضامني",
    fr: "Économie sociale et solidaire",
    en: "Social and solidarity economy",
  },
  "capacity-building-programmes": {
    ar: "إعداد برامج تقوية القدرات",
    fr: "Conception de programmes de renforcement des capacités",
    en: "Designing capacity-building programmes",
  },
  networking: { ar: "التشبيك", fr: "Mise en réseau", en: "Networking" },
  governance: { ar: "الحكامة", fr: "Gouvernance", en: "Governance" },
  fundraising: { ar: "تعبئة الموارد", fr: "Mobilisation de ressources", en: "Fundraising" },
  marketing: { ar: "التسويق", fr: "Marketing", en: "Marketing" },
  "needs-assessment": { ar: "تحديد الاحتياجات", fr: "Diagnostic des besoins", en: "Needs assessment" },
  "monitoring-evaluation": { ar: "التتبع والتقييم", fr: "Suivi et évaluation", en: "Monitoring and evaluation" },
  volunteering: { ar: "العمل التطوعي", fr: "Bénévolat", en: "Volunteering" },
  "gender-equality": { ar: "المساواة بين الجنسين", fr: "Égalité de genre", en: "Gender equality" },
});

/** A built-in topic id; see {@link CapacityTopic}. */
export type CapacityTopicValue = (typeof CapacityTopic.values)[number];

const label = z.string().trim().min(1).max(300);

/**
 * Schema of a topic added to the catalogue by an application: an id and a
 * label in each of ar, fr and en (all three are required).
 *
 * @example
 * ```ts
 * CatalogueTopicSchema.parse({ id: "cooperative-law", label: { ar: "قانون التعاونيات", fr: "Droit des coopératives", en: "Cooperative law" } });
 * ```
 */
export const CatalogueTopicSchema = z.strictObject({
  id: IdSchema,
  label: z.strictObject({ ar: label, fr: label, en: label, zgh: label.optional() }),
  parentId: IdSchema.optional(),
});

/** A catalogue topic; see {@link CatalogueTopicSchema}. */
export type CatalogueTopic = z.infer<typeof CatalogueTopicSchema>;

/**
 * A capacity-building catalogue: the built-in topics and those an application
 * added, by id.
 */
export interface Catalogue {
  /** Every topic, built-in ones first, in their documented order. */
  readonly topics: readonly CatalogueTopic[];
  /** Topics by id. */
  readonly byId: ReadonlyMap<string, CatalogueTopic>;
}

/** Messages of the catalogue's issue codes. */
export const catalogueMessages = {
  "catalogue.invalid_topic": {
    ar: "الموضوع رقم {index} غير صالح: يلزم معرف وتسمية بالعربية والفرنسية والإنجليزية.",
    fr: "Le thème n° {index} est invalide : il faut un identifiant et un libellé en arabe, français et anglais.",
    en: "Topic #{index} is invalid: it needs an id and a label in Arabic, French and English.",
  },
  "catalogue.duplicate_topic": {
    ar: "الموضوع «{id}» موجود من قبل في الفهرس.",
    fr: "Le thème « {id} » existe déjà dans le catalogue.",
    en: "The topic “{id}” is already in the catalogue.",
  },
  "catalogue.unknown_parent": {
    ar: "الموضوع الأصل «{id}» غير موجود في الفهرس.",
    fr: "Le thème parent « {id} » n'existe pas dans le catalogue.",
    en: "The parent topic “{id}” is not in the catalogue.",
  },
} as const satisfies Record<string, MessageTemplate>;

/** Issue codes of the catalogue. */
export type CatalogueIssueCode = keyof typeof catalogueMessages;

const BUILT_IN: readonly CatalogueTopic[] = CapacityTopic.values.map((id) => {
  const l = CapacityTopic.labels[id];
  return { id, label: { ar: l.ar, fr: l.fr, en: l.en } };
});

/**
 * Build a catalogue from the built-in topics and extra topics of an application.
 *
 * @param extra - topics to add (unknown input is checked, never trusted).
 * @param options - `locale` of the issue messages (`en` by default).
 * @returns the catalogue, or issues: `catalogue.invalid_topic`,
 * `catalogue.duplicate_topic` (an id already taken, built-in ids included),
 * `catalogue.unknown_parent`.
 * @example
 * ```ts
 * const r = createCatalogue([{ id: "cooperative-law", label: { ar: "قانون التعاونيات", fr: "Droit des coopératives", en: "Cooperative law" } }]);
 * if (r.ok) r.value.byId.has("advocacy"); // true
 * ```
 * @remarks Never throws: input that throws when read gives `input.unreadable`; options that are not an
 * object (`null` is none) or an unknown `locale` give `schema.invalid_option`.
 */
export function createCatalogue(
  extra: unknown = [],
  options: { readonly locale?: Locale } = {},
): Result<Catalogue, CatalogueIssueCode | BoundaryIssueCode> {
  return atBoundary(options, (options) => {
    const locale = options.locale ?? "en";
    const issues: Issue<CatalogueIssueCode>[] = [];
    const topics: CatalogueTopic[] = [...BUILT_IN];
    const byId = new Map(topics.map((t) => [t.id, t]));
    const list = Array.isArray(extra) ? (extra as unknown[]) : [extra];
    list.forEach((raw, index) => {
      const parsed = CatalogueTopicSchema.safeParse(raw);
      if (!parsed.success) {
        issues.push(makeIssue(catalogueMessages, "catalogue.invalid_topic", locale, [index], { params: { index } }));
        return;
      }
      const topic = parsed.data;
      if (byId.has(topic.id)) {
        issues.push(
          makeIssue(catalogueMessages, "catalogue.duplicate_topic", locale, [index, "id"], {
            params: { id: topic.id },
            value: topic.id,
          }),
        );
        return;
      }
      topics.push(topic);
      byId.set(topic.id, topic);
    });
    topics.forEach((t, i) => {
      if (t.parentId !== undefined && !byId.has(t.parentId)) {
        issues.push(
          makeIssue(catalogueMessages, "catalogue.unknown_parent", locale, [i - BUILT_IN.length, "parentId"], {
            params: { id: t.parentId },
            value: t.parentId,
          }),
        );
      }
    });
    if (issues.length > 0) return { ok: false, issues };
    return { ok: true, value: Object.freeze({ topics: Object.freeze(topics), byId }) };
  });
}

/** The catalogue of the built-in topics alone. */
export const DEFAULT_CATALOGUE: Catalogue = Object.freeze({
  topics: BUILT_IN,
  byId: new Map(BUILT_IN.map((t) => [t.id, t])),
});

/**
 * The label of a topic in a language.
 *
 * @param catalogue - the catalogue the topic belongs to.
 * @param id - the topic id.
 * @param locale - `ar`, `fr` or `en`.
 * @returns the label, or the id itself when the catalogue has no such topic.
 * @example
 * ```ts
 * topicLabel(DEFAULT_CATALOGUE, "advocacy", "fr"); // "Plaidoyer"
 * ```
 * @throws TypeError (or another exception) when given a value its type rules out: typed-only, it does not check
 * its arguments; pass values returned by the package's entry points (validated).
 */
export function topicLabel(catalogue: Catalogue, id: string, locale: Locale): string {
  return catalogue.byId.get(id)?.label[locale] ?? id;
}
