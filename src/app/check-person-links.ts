import { checkRoleId } from "../framework/check-role-id.ts";
import type { InputIssue } from "../framework/input-issue.ts";
import type { Framework } from "../framework/schema.ts";
import type { Database } from "../storage/database.ts";
import { getPerson } from "../storage/queries/people.ts";
import { managerChain } from "../storage/queries/reporting-lines.ts";
import { Refusal } from "./refusal.ts";

/**
 * Checks that a person's role exists in the framework and that their manager is a person of the
 * organisation who does not (directly or through others) report to them.
 */
export async function checkPersonLinks(options: {
  db: Database;
  orgId: string;
  framework: Framework;
  personId: string | null;
  roleId?: string | null;
  managerId?: string | null;
}): Promise<void> {
  const { roleId, managerId, personId } = options;
  const errors: InputIssue[] = checkRoleId(options.framework, roleId, "roleId");
  if (managerId) {
    const manager = await getPerson(options.db, options.orgId, managerId);
    const chain = manager ? await managerChain(options.db, options.orgId, managerId) : [];
    if (!manager) {
      errors.push({
        path: "managerId",
        message: "No such person.",
        hint: "Use the id of a person in this organisation.",
      });
    } else if (personId && (managerId === personId || chain.includes(personId))) {
      errors.push({
        path: "managerId",
        message: "This manager reports to the person, directly or through others.",
        hint: "Choose a manager outside the person's own reporting line.",
      });
    }
  }
  if (errors.length > 0) {
    throw new Refusal("validation", "The person's links need fixing.", errors);
  }
}
