import { checkRoleId } from "../../framework/check-role-id.ts";
import type { Framework } from "../../framework/schema.ts";
import type { TitleMapping } from "../queries/title-mappings.ts";
import type {
  ExistingPerson,
  PeopleImportPlan,
  PlannedRow,
  UnmatchedTitle,
} from "./import-plan.ts";
import type { ImportProblem, PeopleCsvRow } from "./import-problem.ts";
import { managerCycles } from "./manager-cycles.ts";
import { titleMatcher } from "./title-matcher.ts";

/** What planning an import looks at: the file's rows and the organisation as it is. */
export interface PlanPeopleImportInput {
  rows: readonly PeopleCsvRow[];
  existing: readonly ExistingPerson[];
  framework: Framework;
  mappings: readonly TitleMapping[];
}

const key = (email: string) => email.toLowerCase();

function changesOf(row: PlannedRow, before: ExistingPerson, managerEmail: string | null): string[] {
  const changes: string[] = [];
  if (before.name !== row.name) changes.push("name");
  if (before.roleId !== row.roleId)
    changes.push(`role ${before.roleId ?? "none"} -> ${row.roleId}`);
  if (before.team !== row.team) changes.push("team");
  if ((managerEmail ?? null) !== (row.managerEmail === null ? null : key(row.managerEmail))) {
    changes.push("manager");
  }
  return changes;
}

function listUnmatched(found: Map<string, number[]>): UnmatchedTitle[] {
  return [...found]
    .map(([title, rows]) => ({ title, rows }))
    .sort((a, b) => a.title.localeCompare(b.title));
}

/**
 * Plans an import: per row create, update or unchanged (people are matched by email, ignoring
 * case), with every row-level problem: unmatched job titles, unknown managers, manager loops.
 * Pure; a plan with problems must not be applied.
 *
 * @example planPeopleImport({ rows, existing, framework, mappings }).counts // { create: 3, update: 1, unchanged: 0 }
 */
export function planPeopleImport(input: PlanPeopleImportInput): PeopleImportPlan {
  const match = titleMatcher(input.framework, input.mappings);
  const byEmail = new Map<string, ExistingPerson>();
  const emailById = new Map<string, string>();
  for (const person of input.existing) {
    if (person.email === null) continue;
    byEmail.set(key(person.email), person);
    emailById.set(person.id, key(person.email));
  }
  const managerOf = new Map<string, string | null>();
  for (const person of input.existing) {
    if (person.email === null) continue;
    managerOf.set(
      key(person.email),
      person.managerId === null ? null : (emailById.get(person.managerId) ?? null),
    );
  }
  const inFile = new Set(input.rows.map((row) => key(row.email)));
  for (const row of input.rows)
    managerOf.set(key(row.email), row.managerEmail === null ? null : key(row.managerEmail));
  const loops = managerCycles(managerOf);
  const problems: ImportProblem[] = [];
  const unmatched = new Map<string, number[]>();
  const rows: PlannedRow[] = [];
  const counts = { create: 0, update: 0, unchanged: 0 };
  for (const row of input.rows) {
    const matched = row.roleId === null ? match(row.jobTitle) : { roleId: row.roleId };
    const [unknownRole] = checkRoleId(input.framework, row.roleId, "role id");
    if (unknownRole) {
      problems.push({
        row: row.row,
        column: "role id",
        // Import problems are formatted as "message. hint", so the period goes.
        message: unknownRole.message.replace(/\.$/, ""),
        hint: `${unknownRole.hint} Or leave the role id empty to match the job title.`,
      });
    } else if (matched.roleId === null) {
      problems.push({
        row: row.row,
        column: "job title",
        message: matched.reason,
        hint: `Map the title to one of the roles (${input.framework.roles.map((role) => role.id).join(", ")}) under "Job titles and roles" on the Organisation page, or with: pathways people map-title "${row.jobTitle}" ROLE_ID. Then import again.`,
      });
      unmatched.set(row.jobTitle, [...(unmatched.get(row.jobTitle) ?? []), row.row]);
    }
    const manager = row.managerEmail === null ? null : key(row.managerEmail);
    if (manager !== null && !inFile.has(manager) && !byEmail.has(manager)) {
      problems.push({
        row: row.row,
        column: "manager email",
        message: `the manager ${row.managerEmail} is neither in the file nor in the organisation`,
        hint: "Add the manager as a row, fix the email, or leave the cell empty.",
      });
    }
    const loop = loops.get(key(row.email));
    if (loop) {
      problems.push({
        row: row.row,
        column: "manager email",
        message: `the reporting line loops: ${[...loop, loop[0]].join(" -> ")}`,
        hint: "Someone in this loop must report outside it, or to nobody.",
      });
    }
    const before = byEmail.get(key(row.email));
    const planned: PlannedRow = {
      row: row.row,
      email: row.email,
      name: row.name,
      roleId: matched.roleId ?? "",
      team: row.team,
      managerEmail: row.managerEmail,
      startDate: row.startDate,
      action: "create",
      personId: before?.id ?? null,
      changes: [],
    };
    if (before) {
      const beforeManager =
        before.managerId === null ? null : (emailById.get(before.managerId) ?? before.managerId);
      planned.changes = changesOf(planned, before, beforeManager);
      planned.action = planned.changes.length > 0 ? "update" : "unchanged";
    }
    counts[planned.action] += 1;
    rows.push(planned);
  }
  return { rows, counts, unmatchedTitles: listUnmatched(unmatched), problems };
}
