import type { Organization } from "@madani/model";
import { type MatchKey, matchKey } from "../normalize/matchKey.js";
import { bigrams } from "./similarity.js";

const ARABIC = /[\u0600-\u06FF]/;

/** One name of a profile with its precomputed bigrams. */
export interface ProfileName extends MatchKey {
  readonly arabic: boolean;
  /** Bigrams of `key`. */
  readonly keyGrams: Uint32Array;
  /** Bigrams of the skeletons joined. */
  readonly skeletonGrams: Uint32Array;
  /** The skeletons joined without spaces. */
  readonly skeleton: string;
}

/** What deduplication compares of one organization, computed once. */
export interface Profile {
  readonly id: string;
  readonly legalForm: string;
  readonly names: readonly ProfileName[];
  readonly communeCode: string | undefined;
  readonly provinceCode: string | undefined;
  readonly foundedOn: string | undefined;
  readonly phones: readonly string[];
  readonly emails: readonly string[];
  readonly rib: string | undefined;
  readonly identifiers: readonly string[];
  /** Transliteration keys of the board members' names (script-independent). */
  readonly board: readonly string[];
  readonly address: string;
  readonly addressGrams: Uint32Array;
}

function personKey(name: string): string {
  return matchKey(name).skeletons.join("");
}

/** Compute the comparison profile of an organization. */
export function profileOf(org: Organization): Profile {
  const names: ProfileName[] = [];
  const texts = [org.name.ar, org.name.fr, org.name.en].filter((t): t is string => t !== undefined);
  for (const t of texts) {
    const k = matchKey(t);
    if (k.key === "") continue;
    const skeleton = k.skeletons.join("");
    names.push({ ...k, arabic: ARABIC.test(t), keyGrams: bigrams(k.key), skeletonGrams: bigrams(skeleton), skeleton });
  }
  const phones: string[] = [];
  const emails: string[] = [];
  for (const c of org.contacts ?? []) {
    if (c.kind === "phone") phones.push(c.value);
    else if (c.kind === "email") emails.push(c.value.toLowerCase());
  }
  const rib = org.bankAccount?.rib ?? org.bankAccount?.iban?.slice(4);
  const identifiers = (org.identifiers ?? []).map((i) => `${i.scheme}:${i.id}`);
  const board: string[] = [];
  for (const body of org.governingBodies ?? []) {
    for (const m of body.mandates) {
      const n = m.personName;
      const text = n?.ar ?? n?.fr ?? n?.en;
      if (text !== undefined) {
        const k = personKey(text);
        if (k !== "" && !board.includes(k)) board.push(k);
      }
    }
  }
  const seat = org.seat;
  const addressText = [seat?.line?.ar, seat?.line?.fr, seat?.douar?.ar, seat?.douar?.fr]
    .filter((t) => t !== undefined)
    .join(" ");
  const address = addressText === "" ? "" : matchKey(addressText).translit;
  return {
    id: org.id,
    legalForm: org.legalForm,
    names,
    communeCode: seat?.communeCode,
    provinceCode: seat?.provinceCode ?? seat?.communeCode?.slice(0, 6),
    foundedOn: org.foundedOn,
    phones,
    emails,
    rib,
    identifiers,
    board,
    address,
    addressGrams: bigrams(address),
  };
}
