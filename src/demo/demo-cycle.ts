import { addDays, isoDate, workdayTimestamp } from "./demo-dates.ts";
import type { DemoAssessment, DemoCycle, DemoLogin, DemoPerson } from "./demo-types.ts";

/**
 * The demo's cycle in progress for the demo manager's people (opened ten days ago, closing in
 * eighteen), and the assessments already given in it: every other report has assessed
 * themself again, and the manager has assessed a few of them. Each repeats the rater's latest
 * ratings, so the cycle shows who is done without changing where anyone stands.
 *
 * @example
 * const { cycle, assessments } = demoCycle({ people, logins, assessments: earlier, now });
 */
export function demoCycle(options: {
  people: DemoPerson[];
  logins: DemoLogin[];
  assessments: DemoAssessment[];
  now: Date;
}): { cycle: DemoCycle; assessments: DemoAssessment[] } {
  const { people, now } = options;
  const manager = options.logins.find((login) => login.kind === "manager");
  if (!manager) throw new Error("The demo organisation has no manager login.");
  const start = addDays(now, -10);
  const cycle: DemoCycle = {
    name: "H2 2026 career check-in",
    startsOn: isoDate(start),
    endsOn: isoDate(addDays(now, 18)),
    managerId: manager.personId,
  };
  const reports = people.filter((person) => person.managerId === manager.personId);
  const added: DemoAssessment[] = [];
  const latest = (personId: string, raterKind: "self" | "manager") =>
    options.assessments
      .filter((a) => a.personId === personId && a.raterKind === raterKind && a.submittedAt)
      .sort((a, b) => (a.submittedAt ?? "").localeCompare(b.submittedAt ?? ""))
      .at(-1);
  const repeat = (earlier: DemoAssessment | undefined, daysIn: number) => {
    if (!earlier) return;
    const at = addDays(start, Math.min(daysIn, 9));
    added.push({
      ...earlier,
      id: `assessment-${String(options.assessments.length + added.length + 1).padStart(4, "0")}`,
      createdAt: workdayTimestamp(at, 9),
      submittedAt: workdayTimestamp(at, 15),
    });
  };
  for (const [index, report] of reports.entries()) {
    if (index % 2 === 0) repeat(latest(report.id, "self"), 1 + index);
    if (index % 4 === 0) repeat(latest(report.id, "manager"), 3 + index);
  }
  return { cycle, assessments: added };
}
