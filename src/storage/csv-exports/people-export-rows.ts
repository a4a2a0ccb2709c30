import type { Framework } from "../../framework/schema.ts";
import type { StoredPerson } from "../queries/people.ts";

/** The facts of a person the people export writes. */
export type ExportPerson = Pick<
  StoredPerson,
  "id" | "name" | "email" | "roleId" | "managerId" | "team"
>;

/** The people export's columns, in order: the people import's, so an export imports as it is. */
export const peopleExportHeader = [
  "name",
  "email",
  "job title",
  "role id",
  "manager email",
  "team",
  "start date",
];

/**
 * One row per person, sorted by name then email: their role's title and id, the manager's email
 * and the start date (their first role stint); unknown facts are empty cells.
 *
 * @example writeCsv(peopleExportRows(people, framework, startDates))
 */
export function peopleExportRows(
  people: readonly ExportPerson[],
  framework: Framework,
  startDates: ReadonlyMap<string, string>,
): string[][] {
  const titles = new Map(framework.roles.map((role) => [role.id, role.title]));
  const emails = new Map(people.map((person) => [person.id, person.email ?? ""]));
  const sorted = [...people].sort(
    (a, b) => a.name.localeCompare(b.name) || (a.email ?? "").localeCompare(b.email ?? ""),
  );
  const rows = sorted.map((person) => [
    person.name,
    person.email ?? "",
    person.roleId === null ? "" : (titles.get(person.roleId) ?? ""),
    person.roleId ?? "",
    person.managerId === null ? "" : (emails.get(person.managerId) ?? ""),
    person.team ?? "",
    startDates.get(person.id) ?? "",
  ]);
  return [peopleExportHeader, ...rows];
}
