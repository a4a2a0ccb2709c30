import type { Framework } from "../../framework/schema.ts";
import type { Person } from "../types.ts";
import type { SpanOfControl } from "./org-analytics-types.ts";

function statusOf(reports: number, guide: Framework["spanOfControl"]): SpanOfControl["status"] {
  if (!guide) return "no-guideline";
  if (reports < guide.min) return "below";
  if (reports > guide.max) return "above";
  return "within";
}

function spanReason(
  managerId: string,
  reports: number,
  status: SpanOfControl["status"],
  guide: Framework["spanOfControl"],
) {
  const count = reports === 1 ? "1 direct report" : `${reports} direct reports`;
  if (!guide || status === "no-guideline") {
    return `${managerId} has ${count}; the framework sets no span-of-control guideline to compare with.`;
  }
  const range = `${guide.min}–${guide.max}`;
  if (status === "within")
    return `${managerId} has ${count}, within the framework's guideline of ${range}.`;
  const note =
    status === "above"
      ? "coaching time per person may be thin"
      : "there may be room to support more people";
  return `${managerId} has ${count}, ${status} the framework's guideline of ${range}: ${note}.`;
}

/**
 * Per manager (anyone named as a manager), their direct reports among `people` against the
 * framework's span-of-control guideline; managers in order of first appearance.
 */
export function spanOfControl(framework: Framework, people: readonly Person[]): SpanOfControl[] {
  const reports = new Map<string, number>();
  for (const person of people) {
    if (person.managerId !== null)
      reports.set(person.managerId, (reports.get(person.managerId) ?? 0) + 1);
  }
  const guide = framework.spanOfControl;
  return [...reports].map(([managerId, directReports]) => {
    const status = statusOf(directReports, guide);
    return {
      managerId,
      directReports,
      status,
      reason: spanReason(managerId, directReports, status, guide),
    };
  });
}
