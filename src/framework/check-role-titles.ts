import type { IssueDraft } from "./framework-issue.ts";
import type { Framework } from "./schema.ts";
import { titleKey } from "./title-key.ts";

/**
 * Finds a job title or alias two roles share (compared as job titles are matched on import), so
 * importing people never silently picks one of them.
 *
 * @example checkRoleTitles(framework)[0]?.message
 * // 'the title "Lead PM" is used by both senior-pm (alias) and group-pm (title)'
 */
export function checkRoleTitles(framework: Framework): IssueDraft[] {
  const drafts: IssueDraft[] = [];
  const owner = new Map<string, { roleId: string; what: string }>();
  framework.roles.forEach((role, index) => {
    const names: [string, (string | number)[], string][] = [
      [role.title, [index, "title"], "title"],
      ...role.aliases.map((alias, position): [string, (string | number)[], string] => [
        alias,
        [index, "aliases", position],
        "alias",
      ]),
    ];
    for (const [name, path, what] of names) {
      const key = titleKey(name);
      const first = owner.get(key);
      if (first === undefined) {
        owner.set(key, { roleId: role.id, what });
        continue;
      }
      if (first.roleId === role.id) continue;
      drafts.push({
        code: "duplicate-title",
        message: `the title "${name}" is used by both ${first.roleId} (${first.what}) and ${role.id} (${what})`,
        hint: "Keep each job title and alias on one role, so importing people can tell which role a title means.",
        path: ["roles", ...path],
      });
    }
  });
  return drafts;
}
