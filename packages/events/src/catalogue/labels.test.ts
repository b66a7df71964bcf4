import type { Enumeration } from "@madani/model";
import { describe, expect, it } from "vitest";
import { AssemblyKind } from "../assembly/quorum.js";
import { Majority } from "../assembly/votes.js";
import { EventKind, EventPartnerRole, SessionKind } from "../event/kinds.js";
import { ActionStatus, NeedCategory } from "../meeting/meeting.js";
import { ParticipantRole, RegistrationStatus } from "../participants/participant.js";
import { AgeGroup } from "../participants/reach.js";
import { eventReportLabels } from "../reports/labels.js";
import { CapacityTopic, createCatalogue, topicLabel } from "./topic.js";

const enumerations: readonly Enumeration<string>[] = [
  CapacityTopic,
  EventKind,
  EventPartnerRole,
  SessionKind,
  ParticipantRole,
  RegistrationStatus,
  AgeGroup,
  ActionStatus,
  NeedCategory,
  AssemblyKind,
  Majority,
];

describe("labels", () => {
  it.each(enumerations.map((e) => [e.name, e] as const))("%s has a label in ar, fr and en for every value", (_n, e) => {
    for (const v of e.values) {
      const l = e.labels[v];
      expect(l?.ar.trim()).not.toBe("");
      expect(l?.fr.trim()).not.toBe("");
      expect(l?.en.trim()).not.toBe("");
      expect(l?.ar).toMatch(/[\u0600-\u06FF]/);
    }
  });
  it("has every report label in ar, fr and en", () => {
    for (const t of Object.values(eventReportLabels)) {
      expect(t.ar).toMatch(/[\u0600-\u06FF]|^\s/);
      expect(t.fr).not.toBe("");
      expect(t.en).not.toBe("");
    }
  });
});

describe("createCatalogue", () => {
  it("adds topics with labels in three languages and refuses duplicates", () => {
    const r = createCatalogue([
      {
        id: "cooperative-law",
        label: { ar: "قانون التعاونيات", fr: "Droit des coopératives", en: "Cooperative law" },
        parentId: "governance",
      },
    ]);
    expect(r.ok).toBe(true);
    if (r.ok) expect(topicLabel(r.value, "cooperative-law", "ar")).toBe("قانون التعاونيات");
    const dup = createCatalogue([{ id: "advocacy", label: { ar: "ا", fr: "a", en: "a" } }]);
    expect(!dup.ok && dup.issues[0]?.code).toBe("catalogue.duplicate_topic");
    const partial = createCatalogue([{ id: "x", label: { ar: "ا" } }], { locale: "fr" });
    expect(!partial.ok && partial.issues[0]?.code).toBe("catalogue.invalid_topic");
  });
});
