import { checkRoleId } from "../../../framework/check-role-id.ts";
import type { Framework } from "../../../framework/schema.ts";
import type { Database } from "../../../storage/database.ts";
import { getPerson, listManagerChain } from "../../../storage/queries/people.ts";
import type { FieldError } from "../../problem.ts";
import { ProblemError } from "../../problem.ts";

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
  const errors: FieldError[] = checkRoleId(options.framework, roleId, "roleId");
  if (managerId) {
    const manager = await getPerson(options.db, options.orgId, managerId);
    const chain = manager ? await listManagerChain(options.db, options.orgId, managerId) : [];
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
    throw new ProblemError({
      kind: "validation",
      detail: "The person's links need fixing.",
      errors,
    });
  }
}
