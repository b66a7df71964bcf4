import type { Organization, Person } from "@madani/model";
import type { ReportLanguage } from "@madani/report";
import type { Owner } from "../meeting/meeting.js";
import { label, textOf } from "./labels.js";

/** How the reports name the owner of an action or a recommendation. */
export function ownerText(
  owner: Owner | undefined,
  ctx: {
    readonly lang: ReportLanguage;
    readonly orgById: ReadonlyMap<string, Organization>;
    readonly personById: ReadonlyMap<string, Person>;
    readonly showPersonNames: boolean;
  },
): string {
  if (owner === undefined) return "";
  const parts: string[] = [];
  if (owner.organizationId !== undefined) {
    parts.push(textOf(ctx.orgById.get(owner.organizationId)?.name, ctx.lang) || owner.organizationId);
  }
  if (owner.personId !== undefined || owner.name !== undefined) {
    if (ctx.showPersonNames) {
      const name =
        textOf(owner.name, ctx.lang) ||
        textOf(owner.personId === undefined ? undefined : ctx.personById.get(owner.personId)?.name, ctx.lang) ||
        (owner.personId ?? "");
      parts.push(name);
    } else if (parts.length === 0) {
      parts.push(label("hidden", ctx.lang));
    }
  }
  return parts.join(" — ");
}
