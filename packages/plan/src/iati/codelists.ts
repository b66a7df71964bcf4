/**
 * The IATI 2.03 codes the activity export writes, copied from the official codelists (internal data; the public
 * constants are re-exported from the package's index).
 *
 * Sources (see packages/plan/test/iati/SOURCE.md):
 * - embedded codelists, https://github.com/IATI/IATI-Codelists, branch `version-2.03`, commit
 *   `75e827bacd29f77356cb43defbc0b655705432f3`, files `xml/ActivityDateType.xml`, `xml/ActivityStatus.xml`,
 *   `xml/BudgetType.xml`, `xml/DocumentCategory.xml`, `xml/OrganisationRole.xml`, `xml/TransactionType.xml`;
 * - non-embedded codelists, https://github.com/IATI/IATI-Codelists-NonEmbedded, branch `master`, commit
 *   `7aeece773c60afa0265eb95e988d5e61e96d8482`, files `xml/OrganisationType.xml`, `xml/Sector.xml`,
 *   `xml/SectorVocabulary.xml`, `xml/TagVocabulary.xml`, `xml/UNSDG-Goals.xml`, `xml/UNSDG-Targets.xml`,
 *   `xml/GeographicExactness.xml`, `xml/GeographicLocationClass.xml`, `xml/GeographicLocationReach.xml`.
 *
 * @packageDocumentation
 */

/**
 * IATI 2.03 `OrganisationRole` codes (embedded codelist): 1 Funding, 2 Accountable, 3 Extending, 4 Implementing.
 *
 * @remarks Used for `participating-org/@role`. Source: IATI-Codelists `version-2.03`, `xml/OrganisationRole.xml`.
 * @example
 * ```ts
 * IATI_ORGANISATION_ROLES.implementing; // "4"
 * ```
 */
export const IATI_ORGANISATION_ROLES = { funding: "1", accountable: "2", extending: "3", implementing: "4" } as const;

/**
 * IATI 2.03 `OrganisationType` codes (non-embedded codelist): 10 Government, 11 Local Government, 15 Other Public
 * Sector, 21 International NGO, 22 National NGO, 23 Regional NGO, 24 Partner Country based NGO, 30 Public Private
 * Partnership, 40 Multilateral, 60 Foundation, 70 Private Sector, 71 Private Sector in Provider Country, 72 Private
 * Sector in Aid Recipient Country, 73 Private Sector in Third Country, 80 Academic, Training and Research, 90 Other.
 *
 * @remarks Used for `reporting-org/@type`, `participating-org/@type`, `provider-org/@type` and
 * `receiver-org/@type`. A Moroccan association is a national NGO (22). Source: IATI-Codelists-NonEmbedded,
 * `xml/OrganisationType.xml`.
 * @example
 * ```ts
 * IATI_ORGANISATION_TYPES.includes("22"); // true
 * ```
 */
export const IATI_ORGANISATION_TYPES = [
  "10",
  "11",
  "15",
  "21",
  "22",
  "23",
  "24",
  "30",
  "40",
  "60",
  "70",
  "71",
  "72",
  "73",
  "80",
  "90",
] as const;

/** An IATI 2.03 `OrganisationType` code; see {@link IATI_ORGANISATION_TYPES}. */
export type IatiOrganisationType = (typeof IATI_ORGANISATION_TYPES)[number];

/**
 * IATI 2.03 `ActivityStatus` codes (embedded codelist): 1 Pipeline/identification, 2 Implementation,
 * 3 Finalisation, 4 Closed, 5 Cancelled, 6 Suspended.
 *
 * @remarks Used for `activity-status/@code`. Source: IATI-Codelists `version-2.03`, `xml/ActivityStatus.xml`.
 * @example
 * ```ts
 * IATI_ACTIVITY_STATUS.implementation; // "2"
 * ```
 */
export const IATI_ACTIVITY_STATUS = {
  pipeline: "1",
  implementation: "2",
  finalisation: "3",
  closed: "4",
  cancelled: "5",
  suspended: "6",
} as const;

/**
 * IATI 2.03 `ActivityDateType` codes (embedded codelist): 1 Planned start, 2 Actual start, 3 Planned End,
 * 4 Actual end. Source: IATI-Codelists `version-2.03`, `xml/ActivityDateType.xml`.
 */
export const IATI_ACTIVITY_DATE_TYPES = {
  plannedStart: "1",
  actualStart: "2",
  plannedEnd: "3",
  actualEnd: "4",
} as const;

/**
 * IATI 2.03 `BudgetType` codes (embedded codelist): 1 Original, 2 Revised.
 *
 * @remarks Used for `budget/@type`. Source: IATI-Codelists `version-2.03`, `xml/BudgetType.xml`.
 * @example
 * ```ts
 * IATI_BUDGET_TYPES.revised; // "2"
 * ```
 */
export const IATI_BUDGET_TYPES = { original: "1", revised: "2" } as const;

/**
 * IATI 2.03 `DocumentCategory` codes (embedded codelist): A01 to A12 (activity level: A01 Pre- and post-project
 * impact appraisal, A02 Objectives / Purpose of activity, A03 Intended ultimate beneficiaries, A04 Conditions,
 * A05 Budget, A06 Summary information about contract, A07 Review of project performance and evaluation, A08
 * Results, outcomes and outputs, A09 Memorandum of understanding, A10 Tender, A11 Contract, A12 Activity web page)
 * and B01 to B18 (organisation level: B01 Annual report, B02 Institutional Strategy paper … B18 Sector web page).
 *
 * @remarks Used for `document-link/category/@code`. Source: IATI-Codelists `version-2.03`,
 * `xml/DocumentCategory.xml`.
 * @example
 * ```ts
 * IATI_DOCUMENT_CATEGORIES.includes("A08"); // true
 * ```
 */
export const IATI_DOCUMENT_CATEGORIES = [
  "A01",
  "A02",
  "A03",
  "A04",
  "A05",
  "A06",
  "A07",
  "A08",
  "A09",
  "A10",
  "A11",
  "A12",
  "B01",
  "B02",
  "B03",
  "B04",
  "B05",
  "B06",
  "B07",
  "B08",
  "B09",
  "B10",
  "B11",
  "B12",
  "B13",
  "B14",
  "B15",
  "B16",
  "B17",
  "B18",
] as const;

/** An IATI 2.03 `DocumentCategory` code; see {@link IATI_DOCUMENT_CATEGORIES}. */
export type IatiDocumentCategory = (typeof IATI_DOCUMENT_CATEGORIES)[number];

/**
 * IATI 2.03 `TagVocabulary` codes used for the Sustainable Development Goals: 2 UN Sustainable Development Goals
 * (SDG), a goal such as `"16"`; 3 UN Sustainable Development Goals (SDG) Targets, a target such as `"16.3"`.
 *
 * @remarks `tag/@vocabulary` (the `tag` element is new in 2.03). Source: IATI-Codelists-NonEmbedded,
 * `xml/TagVocabulary.xml`; the goals and targets are those of `xml/UNSDG-Goals.xml` and `xml/UNSDG-Targets.xml`.
 */
export const IATI_TAG_VOCABULARIES = { sdgGoal: "2", sdgTarget: "3" } as const;

/**
 * IATI 2.03 `SectorVocabulary` code of the OECD DAC CRS purpose codes (5 digit): 1.
 * Source: IATI-Codelists-NonEmbedded, `xml/SectorVocabulary.xml`.
 */
export const IATI_SECTOR_VOCABULARY_DAC5 = "1";

/**
 * `GeographicLocationReach` (1 Activity, 2 Intended Beneficiaries), `GeographicExactness` (1 Exact,
 * 2 Approximate) and `GeographicLocationClass` 1 (Administrative Region), the codes of `location` the export writes.
 */
export const IATI_LOCATION_CODES = {
  reach: { activity: "1", beneficiaries: "2" },
  exactness: { exact: "1", approximate: "2" },
  administrativeRegion: "1",
} as const;

/** The DAC 5-digit purpose codes of `xml/Sector.xml` with `status="active"` (295 codes). */
const ACTIVE_SECTORS =
  "11110 11120 11130 11182 11220 11230 11231 11232 11240 11250 11260 11320 11330 11420 11430 12110 12181 12182 " +
  "12191 12196 12220 12230 12240 12250 12261 12262 12263 12264 12281 12310 12320 12330 12340 12350 12382 13010 " +
  "13020 13030 13040 13081 13096 14010 14015 14020 14021 14022 14030 14031 14032 14040 14050 14081 15110 15111 " +
  "15112 15113 15114 15116 15117 15118 15119 15121 15122 15123 15124 15125 15126 15127 15128 15129 15130 15131 " +
  "15132 15133 15134 15135 15136 15137 15142 15143 15144 15150 15151 15152 15153 15154 15155 15156 15160 15170 " +
  "15180 15185 15190 15196 15210 15220 15230 15240 15250 15261 16010 16011 16012 16013 16014 16015 16020 16030 " +
  "16040 16050 16061 16062 16063 16064 16065 16066 16070 16080 21010 21011 21012 21013 21020 21021 21022 21023 " +
  "21024 21030 21040 21050 21061 21081 22010 22011 22012 22013 22020 22030 22040 23110 23111 23112 23181 23182 " +
  "23183 23210 23220 23230 23231 23232 23240 23250 23260 23270 23310 23320 23330 23340 23350 23360 23410 23510 " +
  "23610 23620 23630 23631 23640 23641 23642 24010 24020 24030 24040 24050 24081 25010 25020 25030 25040 31110 " +
  "31120 31130 31140 31150 31161 31162 31163 31164 31165 31166 31181 31182 31191 31192 31193 31194 31195 31210 " +
  "31220 31261 31281 31282 31291 31310 31320 31381 31382 31391 32110 32120 32130 32140 32161 32162 32163 32164 " +
  "32165 32166 32167 32168 32169 32170 32171 32172 32173 32174 32182 32210 32220 32261 32262 32263 32264 32265 " +
  "32266 32267 32268 32310 33110 33120 33130 33140 33150 33181 33210 41010 41020 41030 41040 41081 41082 43010 " +
  "43030 43031 43032 43040 43041 43042 43050 43060 43071 43072 43073 43081 43082 51010 52010 53030 53040 60010 " +
  "60020 60030 60040 60061 60062 60063 72010 72011 72012 72040 72050 73010 74020 91010 93010 93011 93012 93013 " +
  "93014 93015 93016 93017 93018 99810 99820";

/** The DAC 5-digit purpose codes of `xml/Sector.xml` with `status="withdrawn"` (30 codes). */
const WITHDRAWN_SECTORS =
  "11321 11322 15120 15140 15161 15162 15163 15164 23010 23020 23030 23040 23050 23061 23062 23063 23064 23065 " +
  "23066 23067 23068 23069 23070 23081 23082 41050 74010 92010 92020 92030";

let sectors: { readonly active: ReadonlySet<string>; readonly withdrawn: ReadonlySet<string> } | undefined;

/**
 * Where a DAC 5-digit purpose code stands in the IATI `Sector` codelist (vocabulary 1): `active`, `withdrawn`, or
 * `unlisted` (five digits the copy of the list does not hold: a code the OECD added since, or a typing error).
 */
export function dacSectorStatus(code: string): "active" | "withdrawn" | "unlisted" {
  sectors ??= {
    active: new Set(ACTIVE_SECTORS.split(" ")),
    withdrawn: new Set(WITHDRAWN_SECTORS.split(" ")),
  };
  return sectors.active.has(code) ? "active" : sectors.withdrawn.has(code) ? "withdrawn" : "unlisted";
}

/**
 * The targets of each SDG in `xml/UNSDG-Targets.xml` (169 in all): numbered targets 1 to `n`, then lettered ones
 * `a` to the letter given (none for goal 17).
 */
const SDG_TARGETS: Readonly<Record<number, readonly [number, string]>> = {
  1: [5, "b"],
  2: [5, "c"],
  3: [9, "d"],
  4: [7, "c"],
  5: [6, "c"],
  6: [6, "b"],
  7: [3, "b"],
  8: [10, "b"],
  9: [5, "c"],
  10: [7, "c"],
  11: [7, "c"],
  12: [8, "c"],
  13: [3, "b"],
  14: [7, "c"],
  15: [9, "c"],
  16: [10, "b"],
  17: [19, ""],
};

/** Whether a target such as `"16.3"` or `"16.a"` is one of the 169 of the IATI `UNSDG-Targets` codelist. */
export function isSdgTarget(target: string): boolean {
  const m = /^(\d{1,2})\.(\d{1,2}|[a-z])$/.exec(target);
  if (m === null) return false;
  const goal = SDG_TARGETS[Number(m[1])];
  const part = m[2] ?? "";
  if (goal === undefined) return false;
  if (/^\d+$/.test(part)) return !part.startsWith("0") && Number(part) >= 1 && Number(part) <= goal[0];
  return goal[1] !== "" && part <= goal[1];
}
