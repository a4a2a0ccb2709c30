import type { Framework, Role } from "../../framework/schema.ts";
import type { Person } from "../types.ts";
import type { SpanOfControl } from "./org-analytics-types.ts";

/** What the reason says about a manager: their name, and their role when the framework knows it. */
interface ManagerFacts {
  name: string;
  role: Role | undefined;
}

function statusOf(
  reports: number,
  guide: Framework["spanOfControl"],
  role: Role | undefined,
): SpanOfControl["status"] {
  if (!guide || role?.managesPeople === false) return "no-guideline";
  if (reports < guide.min) return "below";
  if (reports > guide.max) return "above";
  return "within";
}

function spanReason(
  manager: ManagerFacts,
  reports: number,
  status: SpanOfControl["status"],
  guide: Framework["spanOfControl"],
) {
  const count = reports === 1 ? "1 direct report" : `${reports} direct reports`;
  const who = manager.name;
  if (guide && manager.role?.managesPeople === false) {
    return `${who} has ${count}; as a ${manager.role.title} they lead without managing people, so the framework's span-of-control guideline does not apply.`;
  }
  if (!guide || status === "no-guideline") {
    return `${who} has ${count}; the framework sets no span-of-control guideline to compare with.`;
  }
  const range = `${guide.min}–${guide.max}`;
  if (status === "within")
    return `${who} has ${count}, within the framework's guideline of ${range}.`;
  const note =
    status === "above"
      ? "coaching time per person may be thin"
      : "there may be room to support more people";
  return `${who} has ${count}, ${status} the framework's guideline of ${range}: ${note}.`;
}

/**
 * Per manager (anyone named as a manager), their direct reports among `people` against the
 * framework's span-of-control guideline, which applies only to roles that manage people (a
 * Senior PM mentoring one or two people is not "below" it); managers in order of first
 * appearance, each reason naming the manager by name ("their manager" when they are not among
 * `people`, as a team's own manager is not).
 *
 * @example spanOfControl(framework, people)[0]?.reason // "Dana Lee has 3 direct reports, within …"
 */
export function spanOfControl(framework: Framework, people: readonly Person[]): SpanOfControl[] {
  const reports = new Map<string, number>();
  const byId = new Map<string, Person>();
  for (const person of people) {
    byId.set(person.id, person);
    if (person.managerId !== null)
      reports.set(person.managerId, (reports.get(person.managerId) ?? 0) + 1);
  }
  const roles = new Map(framework.roles.map((role) => [role.id, role]));
  const guide = framework.spanOfControl;
  return [...reports].map(([managerId, directReports]) => {
    const known = byId.get(managerId);
    const manager = {
      name: known?.name || "Their manager",
      role: known?.roleId ? roles.get(known.roleId) : undefined,
    };
    const status = statusOf(directReports, guide, manager.role);
    return {
      managerId,
      directReports,
      status,
      reason: spanReason(manager, directReports, status, guide),
    };
  });
}
