import type { Framework } from "../framework/schema.ts";
import { roleOf } from "./demo-career.ts";
import type { DemoLogin, DemoPerson } from "./demo-types.ts";

/**
 * The password of every demo account. It is printed and public: demo organisations are for
 * trying Pathways locally, never for real people's data.
 */
export const demoPassword = "pathways-demo";

function reportsOf(people: DemoPerson[], managerId: string): number {
  return people.filter((person) => person.managerId === managerId).length;
}

/**
 * The demo accounts: the product leader at the top owns the organisation, a manager with the
 * largest team of reports sees team views, and a PM in that team sees their own profile.
 */
export function demoLogins(framework: Framework, people: DemoPerson[]): DemoLogin[] {
  const top = people.find((person) => person.managerId === null);
  if (!top) throw new Error("The demo organisation has nobody at the top.");
  const managers = people
    .filter((person) => person.managerId === top.id && reportsOf(people, person.id) > 0)
    .filter((person) => roleOf(framework, person.roleId ?? "").track === "management");
  const manager = managers.sort((a, b) => reportsOf(people, b.id) - reportsOf(people, a.id))[0];
  if (!manager) throw new Error("The demo organisation has no manager under the top.");
  const member =
    people.find((p) => p.managerId === manager.id && reportsOf(people, p.id) === 0) ??
    people.find((p) => p.managerId === manager.id);
  if (!member) throw new Error("The demo manager has nobody reporting to them.");
  const title = (person: DemoPerson) => roleOf(framework, person.roleId ?? "").title;
  return [
    {
      kind: "owner",
      email: top.email,
      password: demoPassword,
      orgRole: "owner",
      personId: top.id,
      description: `${title(top)}, owns the organisation: people, frameworks, org analytics`,
    },
    {
      kind: "manager",
      email: manager.email,
      password: demoPassword,
      orgRole: "member",
      personId: manager.id,
      description: `${title(manager)} leading ${manager.team}: team views and reports' plans`,
    },
    {
      kind: "member",
      email: member.email,
      password: demoPassword,
      orgRole: "member",
      personId: member.id,
      description: `${title(member)} in ${member.team}: own profile, paths, growth plan and evidence`,
    },
  ];
}
