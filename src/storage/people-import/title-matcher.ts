import type { Framework } from "../../framework/schema.ts";
import { titleKey } from "../../framework/title-key.ts";
import type { TitleMapping } from "../queries/title-mappings.ts";

/** What a job title maps to: a role, or why it does not. */
export type TitleMatch = { roleId: string } | { roleId: null; reason: string };

/**
 * Builds a job title lookup: the organisation's own mappings first, then the framework's role
 * titles and aliases, all compared by titleKey; nothing is guessed.
 *
 * @example titleMatcher(framework, [{ title: "PM II", roleId: "pm" }])("pm ii") // { roleId: "pm" }
 */
export function titleMatcher(
  framework: Framework,
  mappings: readonly TitleMapping[],
): (title: string) => TitleMatch {
  const roleIds = new Set(framework.roles.map((role) => role.id));
  const byKey = new Map<string, string>();
  for (const role of framework.roles) {
    for (const title of [role.title, ...role.aliases, role.id]) {
      const key = titleKey(title);
      if (!byKey.has(key)) byKey.set(key, role.id);
    }
  }
  const mapped = new Map(mappings.map((mapping) => [titleKey(mapping.title), mapping.roleId]));
  return (title) => {
    const key = titleKey(title);
    const own = mapped.get(key);
    if (own !== undefined) {
      return roleIds.has(own)
        ? { roleId: own }
        : {
            roleId: null,
            reason: `"${title}" is mapped to the role ${own}, which the framework no longer has`,
          };
    }
    const role = byKey.get(key);
    return role === undefined
      ? { roleId: null, reason: `no role matches the job title "${title}"` }
      : { roleId: role };
  };
}
