import fc from "fast-check";
import type { PartnershipAgreement } from "../agreement/partnershipAgreement.js";
import { AgreementStatus, PartyRole } from "../agreement/partnershipAgreement.js";
import { addDaysToDate, addMonthsToDate, type IsoDate } from "../date.js";
import type { Facility } from "../facility/facility.js";
import { FacilityKind } from "../facility/facility.js";
import type { GoverningBody } from "../governance/governingBody.js";
import type { Mandate } from "../governance/mandate.js";
import type { Membership } from "../membership/membership.js";
import type { Money } from "../money.js";
import { FieldOfAction } from "../organization/fieldOfAction.js";
import { ASSOCIATIVE_FORMS, GROUPING_FORMS, LegalForm, type LegalFormValue } from "../organization/legalForm.js";
import type { Organization } from "../organization/organization.js";
import { TargetGroup } from "../organization/targetGroup.js";
import type { Person } from "../person/person.js";
import type { Project } from "../project/project.js";
import { cinArbitrary, ibanArbitrary, iceArbitrary, phoneArbitrary, ribArbitrary } from "./identifiers.js";
import { multilingualTextArbitrary } from "./text.js";

/** Options of the entity arbitraries. */
export interface ArbitraryOptions {
  /**
   * Every date that records the past is on or before this date, so the
   * generated values validate with the same `asOf`. Default `"2025-12-31"`.
   */
  readonly asOf?: IsoDate;
}

const DEFAULT_AS_OF: IsoDate = "2025-12-31";
const EPOCH: IsoDate = "1990-01-01";

/** Real nested HCP codes (region, province, commune) used for seats. */
const PLACES = [
  ["06", "06.181", "06.181.01.03"],
  ["06", "06.467", "06.467.01.07"],
  ["03", "03.451", "03.451.01.09"],
  ["01", "01.511", "01.511.01.01"],
  ["07", undefined, undefined],
] as const;

const id = (prefix: string) => fc.integer({ min: 1, max: 999_999 }).map((n) => `${prefix}-${n}`);

/** A date between `from` and `to` (inclusive). */
function dateBetween(from: IsoDate, to: IsoDate): fc.Arbitrary<IsoDate> {
  const span = Math.max(0, Math.round((Date.parse(to) - Date.parse(from)) / 86_400_000));
  return fc.integer({ min: 0, max: span }).map((d) => addDaysToDate(from, d));
}

/** `n` non-decreasing dates between `from` and `to`. */
function sortedDates(n: number, from: IsoDate, to: IsoDate): fc.Arbitrary<IsoDate[]> {
  return fc.array(dateBetween(from, to), { minLength: n, maxLength: n }).map((ds) => ds.sort());
}

/**
 * Arbitrary amounts of money in MAD between `min` and `max` centimes.
 *
 * @param min - smallest amount in centimes (default 0).
 * @param max - largest amount in centimes (default 10,000,000 MAD).
 * @returns an arbitrary of {@link Money}.
 * @example
 * ```ts
 * fc.sample(moneyArbitrary(100_000), 1); // [{ amount: 2500000, currency: "MAD" }]
 * ```
 */
export function moneyArbitrary(min = 0, max = 1_000_000_000): fc.Arbitrary<Money> {
  return fc.integer({ min, max }).map((amount) => ({ amount, currency: "MAD" }));
}

/**
 * Arbitrary boards (bureau) that satisfy the board rules: 3 to 11 mandates over
 * one term, exactly one president and one treasurer, one secretary-general.
 *
 * @param options - `asOf` bounds the election date.
 * @returns an arbitrary of board {@link GoverningBody} values.
 * @example
 * ```ts
 * fc.assert(fc.property(boardArbitrary(), (b) => validateGoverningBody(b).ok));
 * ```
 */
export function boardArbitrary(options: ArbitraryOptions = {}): fc.Arbitrary<GoverningBody> {
  const asOf = options.asOf ?? DEFAULT_AS_OF;
  return fc
    .record({
      id: id("bureau"),
      startOn: dateBetween(EPOCH, asOf),
      years: fc.integer({ min: 2, max: 5 }),
      open: fc.boolean(),
      others: fc.array(fc.constantFrom("vice-president", "advisor", "member") as fc.Arbitrary<Mandate["role"]>, {
        minLength: 0,
        maxLength: 8,
      }),
      people: fc.uniqueArray(fc.integer({ min: 1, max: 999_999 }), { minLength: 11, maxLength: 11 }),
    })
    .map(({ id: bodyId, startOn, years, open, others, people }) => {
      const term = open ? {} : { endOn: addDaysToDate(addMonthsToDate(startOn, 12 * years), -1) };
      const roles: Mandate["role"][] = ["president", "treasurer", "secretary-general", ...others];
      const mandates = roles.map((role, i) => ({
        personId: `p-${people[i] ?? i}`,
        role,
        startOn,
        electedOn: startOn,
        ...term,
      }));
      return { id: bodyId, kind: "board" as const, mandates };
    });
}

/**
 * Arbitrary organizations that pass `validateOrganization` with the same
 * `asOf`: every legal form, founders for associative forms, cooperative
 * details for cooperatives, member organizations for groupings, a board of 3
 * to 11 members, checked identifiers (ICE, RIB, IBAN, phones).
 *
 * @param options - see {@link ArbitraryOptions}.
 * @returns an arbitrary of valid {@link Organization} values.
 * @example
 * ```ts
 * fc.assert(fc.property(organizationArbitrary(), (o) => validateOrganization(o, { asOf: "2025-12-31" }).ok));
 * ```
 */
export function organizationArbitrary(options: ArbitraryOptions = {}): fc.Arbitrary<Organization> {
  const asOf = options.asOf ?? DEFAULT_AS_OF;
  return fc
    .record({
      id: id("org"),
      legalForm: fc.constantFrom(...LegalForm.values),
      name: multilingualTextArbitrary(),
      acronym: fc.option(fc.constantFrom({ fr: "RAD" }, { ar: "ش.ج.د" }, { fr: "OIVD" }), { nil: undefined }),
      purpose: fc.option(multilingualTextArbitrary(), { nil: undefined }),
      fieldsOfAction: fc.subarray([...FieldOfAction.values], { minLength: 1, maxLength: 4 }),
      targetGroups: fc.subarray([...TargetGroup.values], { minLength: 0, maxLength: 3 }),
      place: fc.constantFrom(...PLACES),
      dates: sortedDates(4, EPOCH, asOf),
      ice: fc.option(iceArbitrary(), { nil: undefined }),
      phone: phoneArbitrary(),
      bank: fc.option(
        fc.oneof(
          ribArbitrary().map((rib) => ({ rib })),
          ibanArbitrary().map((iban) => ({ iban, rib: iban.slice(4) })),
        ),
        { nil: undefined },
      ),
      founders: fc.array(id("p"), { minLength: 2, maxLength: 7 }),
      members: fc.uniqueArray(id("member"), { minLength: 1, maxLength: 20 }),
      capital: fc.integer({ min: 100_000, max: 100_000_000 }),
      share: fc.integer({ min: 10_000, max: 100_000 }),
      memberCount: fc.integer({ min: 5, max: 2_000 }),
      board: boardArbitrary({ asOf }),
    })
    .map((g) => {
      const [foundedOn, declaredOn, receiptOn, finalOn] = g.dates as [IsoDate, IsoDate, IsoDate, IsoDate];
      const form: LegalFormValue = g.legalForm;
      const regionCode: string = g.place[0];
      const provinceCode: string | undefined = g.place[1];
      const communeCode: string | undefined = g.place[2];
      const org: Organization = {
        id: g.id,
        legalForm: form,
        name: g.name,
        ...(g.acronym === undefined ? {} : { acronym: g.acronym }),
        ...(g.purpose === undefined ? {} : { purpose: g.purpose }),
        ...(g.ice === undefined ? {} : { identifiers: [{ scheme: "MA-ICE" as const, id: g.ice }] }),
        fieldsOfAction: g.fieldsOfAction,
        targetGroups: g.targetGroups,
        seat: {
          regionCode,
          ...(provinceCode === undefined ? {} : { provinceCode }),
          ...(communeCode === undefined ? {} : { communeCode }),
        },
        foundedOn,
        lifecycle: { declaredOn, provisionalReceiptOn: receiptOn, finalReceiptOn: finalOn },
        contacts: [{ kind: "phone", value: g.phone }],
        ...(g.bank === undefined ? {} : { bankAccount: { bank: "Banque Populaire", ...g.bank } }),
        ...(ASSOCIATIVE_FORMS.includes(form) ? { founders: g.founders.map((personId) => ({ personId })) } : {}),
        ...(GROUPING_FORMS.includes(form) ? { memberOrganizationIds: g.members } : {}),
        ...(form === "cooperative" || form === "cooperative-union"
          ? {
              cooperative: {
                capital: { amount: g.capital, currency: "MAD" },
                shareValue: { amount: g.share, currency: "MAD" },
                memberCount: g.memberCount,
              },
            }
          : {}),
        governingBodies: [g.board],
      };
      return org;
    });
}

/**
 * Arbitrary persons that pass `validatePerson` with the same `asOf`, with
 * personal-data fields (CIN, phone, e-mail, birth date) present or not.
 *
 * @param options - see {@link ArbitraryOptions}.
 * @returns an arbitrary of valid {@link Person} values.
 * @example
 * ```ts
 * fc.sample(personArbitrary(), 1);
 * ```
 */
export function personArbitrary(options: ArbitraryOptions = {}): fc.Arbitrary<Person> {
  const asOf = options.asOf ?? DEFAULT_AS_OF;
  return fc.record(
    {
      id: id("p"),
      name: fc.constantFrom(
        { ar: "فاطمة الزهراء", fr: "Fatima Zahra" },
        { ar: "محمد الفوتيحي" },
        { fr: "Hayat Machfou" },
        { ar: "عادل خالص", fr: "Adil Khales" },
      ),
      sex: fc.constantFrom("female" as const, "male" as const),
      birthDate: dateBetween("1940-01-01", addMonthsToDate(asOf, -12 * 16)),
      cin: cinArbitrary(),
      phone: phoneArbitrary(),
      email: fc.constantFrom("contact@example.ma", "f.zahra@example.org", "benevole@example.com"),
      disability: fc.boolean(),
      nationality: fc.constantFrom("MA", "FR", "ES"),
    },
    { requiredKeys: ["id", "name"] },
  );
}

/**
 * Arbitrary partnership agreements that pass `validatePartnershipAgreement`
 * with the same `asOf`: two to five distinct parties with roles and
 * contributions, a period, a status consistent with its dates.
 *
 * @param options - see {@link ArbitraryOptions}.
 * @returns an arbitrary of valid {@link PartnershipAgreement} values.
 * @example
 * ```ts
 * fc.sample(partnershipAgreementArbitrary(), 1);
 * ```
 */
export function partnershipAgreementArbitrary(options: ArbitraryOptions = {}): fc.Arbitrary<PartnershipAgreement> {
  const asOf = options.asOf ?? DEFAULT_AS_OF;
  return fc
    .record({
      id: id("conv"),
      title: multilingualTextArbitrary(),
      parties: fc.uniqueArray(id("org"), { minLength: 2, maxLength: 5 }),
      roles: fc.array(fc.constantFrom(...PartyRole.values), { minLength: 5, maxLength: 5 }),
      amounts: fc.array(moneyArbitrary(), { minLength: 5, maxLength: 5 }),
      dates: sortedDates(2, EPOCH, asOf),
      months: fc.integer({ min: 1, max: 60 }),
      status: fc.constantFrom(...AgreementStatus.values),
    })
    .map((g) => {
      const [signedOn, startOn] = g.dates as [IsoDate, IsoDate];
      const endOn = addMonthsToDate(startOn, g.months);
      // An agreement past its end date is not left active, signed or draft.
      const status = endOn < asOf && g.status !== "terminated" ? "expired" : g.status;
      return {
        id: g.id,
        title: g.title,
        parties: g.parties.map((organizationId, i) => ({
          organizationId,
          role: g.roles[i] ?? "implementer",
          contributions: [{ kind: "financial" as const, amount: g.amounts[i] ?? { amount: 0, currency: "MAD" } }],
        })),
        period: { startOn, endOn },
        status,
        ...(status === "draft" ? {} : { signedOn }),
        ...(status === "terminated" ? { terminatedOn: signedOn } : {}),
      };
    });
}

/**
 * Arbitrary projects that pass `validateProject`: funders, a consortium with one
 * lead, budget lines by year and funder in one currency.
 *
 * @param options - see {@link ArbitraryOptions}.
 * @returns an arbitrary of valid {@link Project} values.
 * @example
 * ```ts
 * fc.sample(projectArbitrary(), 1);
 * ```
 */
export function projectArbitrary(options: ArbitraryOptions = {}): fc.Arbitrary<Project> {
  const asOf = options.asOf ?? DEFAULT_AS_OF;
  return fc
    .record({
      id: id("proj"),
      title: multilingualTextArbitrary(),
      funders: fc.uniqueArray(id("funder"), { minLength: 1, maxLength: 3 }),
      members: fc.uniqueArray(id("org"), { minLength: 1, maxLength: 4 }),
      startOn: dateBetween(EPOCH, asOf),
      years: fc.integer({ min: 1, max: 5 }),
      lines: fc.array(fc.tuple(moneyArbitrary(), fc.nat(), fc.nat()), { maxLength: 12 }),
    })
    .map((g) => {
      const endOn = addDaysToDate(addMonthsToDate(g.startOn, 12 * g.years), -1);
      const first = Number(g.startOn.slice(0, 4));
      const last = Number(endOn.slice(0, 4));
      return {
        id: g.id,
        title: g.title,
        funders: g.funders.map((organizationId) => ({ organizationId })),
        consortium: g.members.map((organizationId, i) => ({
          organizationId,
          role: i === 0 ? ("lead" as const) : ("member" as const),
        })),
        period: { startOn: g.startOn, endOn },
        budgetLines: g.lines.map(([amount, y, f], i) => ({
          code: `B${i + 1}`,
          label: { fr: `Ligne ${i + 1}` },
          amount,
          year: first + (y % (last - first + 1)),
          funderId: g.funders[f % g.funders.length] ?? g.funders[0] ?? "",
        })),
      };
    });
}

/**
 * Arbitrary memberships that pass `validateMembership` with the same `asOf`.
 *
 * @param options - see {@link ArbitraryOptions}.
 * @returns an arbitrary of valid {@link Membership} values.
 * @example
 * ```ts
 * fc.sample(membershipArbitrary(), 1);
 * ```
 */
export function membershipArbitrary(options: ArbitraryOptions = {}): fc.Arbitrary<Membership> {
  const asOf = options.asOf ?? DEFAULT_AS_OF;
  return fc
    .record({
      id: id("m"),
      organizationId: id("org"),
      person: fc.boolean(),
      memberId: id("member"),
      dates: sortedDates(2, EPOCH, asOf),
      status: fc.constantFrom(
        "pending",
        "active",
        "suspended",
        "lapsed",
        "resigned",
        "excluded",
        "deceased",
      ) as fc.Arbitrary<Membership["status"]>,
    })
    .map((g) => {
      const [joinedOn, leftOn] = g.dates as [IsoDate, IsoDate];
      const left = g.status === "resigned" || g.status === "excluded" || g.status === "deceased";
      return {
        id: g.id,
        organizationId: g.organizationId,
        member: g.person
          ? { kind: "person" as const, personId: g.memberId }
          : { kind: "organization" as const, organizationId: g.memberId },
        status: g.status,
        joinedOn,
        ...(left ? { leftOn } : {}),
      };
    });
}

/**
 * Arbitrary social-welfare facilities that pass `validateFacility`.
 *
 * @param options - see {@link ArbitraryOptions}.
 * @returns an arbitrary of valid {@link Facility} values.
 * @example
 * ```ts
 * fc.sample(facilityArbitrary(), 1);
 * ```
 */
export function facilityArbitrary(options: ArbitraryOptions = {}): fc.Arbitrary<Facility> {
  const asOf = options.asOf ?? DEFAULT_AS_OF;
  return fc
    .record({
      id: id("facility"),
      kind: fc.constantFrom(...FacilityKind.values),
      name: multilingualTextArbitrary(),
      managingOrganizationId: id("org"),
      capacity: fc.integer({ min: 0, max: 500 }),
      female: fc.integer({ min: 0, max: 300 }),
      male: fc.integer({ min: 0, max: 300 }),
      openedOn: dateBetween(EPOCH, asOf),
    })
    .map(({ female, male, openedOn, ...g }) => ({
      ...g,
      openedOn,
      beneficiaries: { year: Number(openedOn.slice(0, 4)), total: female + male, female, male },
    }));
}
