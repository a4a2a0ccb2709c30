import { checkRoleId } from "../../framework/check-role-id.ts";
import type { InputIssue } from "../../framework/input-issue.ts";
import type { Database } from "../../storage/database.ts";
import { getCycle } from "../../storage/queries/cycles.ts";
import { createPromotionCase } from "../../storage/queries/promotion-cases.ts";
import type { FrameworkSource } from "../framework-source.ts";
import { loadPersonFacts } from "../person-facts.ts";
import type { Actor } from "../policy.ts";
import { recordAuditEntry } from "../record-audit-entry.ts";
import { Refusal, refuseUnless } from "../refusal.ts";
import { caseRoleTitle } from "./promotion-case-summary.ts";

/** What a manager says when opening a case. */
export interface OpenPromotionCaseInput {
  personId: string;
  targetRoleId: string;
  narrative?: string;
  cycleId?: string | null;
}

/** What opening a case needs. */
export interface OpenPromotionCaseDeps {
  db: Database;
  frameworks: Pick<FrameworkSource, "current">;
}

/**
 * Opens a promotion case (a manager in the person's chain) toward a role of the published
 * framework, pinned to that framework's version; one open case per person and target role.
 * Audited. Bad input is refused with the fields to fix and changes nothing.
 *
 * @example
 * const { id } = await openPromotionCase(deps, manager, { personId, targetRoleId: "senior-pm" });
 */
export async function openPromotionCase(
  deps: OpenPromotionCaseDeps,
  actor: Extract<Actor, { kind: "user" }>,
  input: OpenPromotionCaseInput,
): Promise<{ id: string }> {
  const { person, facts } = await loadPersonFacts(deps.db, actor, input.personId);
  refuseUnless(actor, "case:open", facts);
  const { framework, version, versionId } = await deps.frameworks.current(actor.orgId);
  const issues: InputIssue[] = checkRoleId(framework, input.targetRoleId, "targetRoleId");
  const title = caseRoleTitle(framework, input.targetRoleId);
  if (issues.length === 0 && person.roleId === input.targetRoleId) {
    issues.push({
      path: "targetRoleId",
      message: `${person.name} already holds the role ${title}.`,
      hint: "Choose the role you believe they are ready for next.",
    });
  }
  if (input.cycleId && !(await getCycle(deps.db, actor.orgId, input.cycleId))) {
    issues.push({
      path: "cycleId",
      message: "No check-in cycle of the organisation has this id.",
      hint: "Choose a cycle from the list of cycles, or leave it out.",
    });
  }
  if (issues.length > 0) {
    throw new Refusal("validation", "The promotion case cannot be opened as it is.", issues);
  }
  return deps.db.transaction(async (tx) => {
    const opened = await createPromotionCase(tx, {
      orgId: actor.orgId,
      personId: person.id,
      targetRoleId: input.targetRoleId,
      frameworkVersionId: versionId,
      frameworkVersion: version,
      openedByPersonId: actor.personId,
      narrative: input.narrative?.trim() ?? "",
      cycleId: input.cycleId ?? null,
    });
    if (!opened) {
      throw new Refusal("validation", `${person.name} already has an open case toward ${title}.`, [
        {
          path: "targetRoleId",
          message: `An open promotion case toward ${title} already exists for ${person.name}.`,
          hint: "Open that case from the list of promotion cases and add to it instead.",
        },
      ]);
    }
    await recordAuditEntry(tx, actor, {
      action: "case:open",
      targetType: "promotion-case",
      targetId: opened.id,
      detail: { targetRole: title },
    });
    return opened;
  });
}
