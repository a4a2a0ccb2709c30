import type { ScimPeopleFilter } from "../../storage/queries/scim-people.ts";

const filterPattern = /^\s*(userName|externalId)\s+eq\s+"((?:[^"\\]|\\.)*)"\s*$/i;

/**
 * The filters identity providers send to find a user before creating it: `userName eq "…"` or
 * `externalId eq "…"`; null for any other filter.
 *
 * @example parseScimFilter('userName eq "ada@acme.test"') // { email: "ada@acme.test" }
 */
export function parseScimFilter(filter: string | undefined): ScimPeopleFilter | null {
  if (filter === undefined || filter.trim() === "") return {};
  const match = filter.match(filterPattern);
  if (!match?.[1] || match[2] === undefined) return null;
  const value = match[2].replace(/\\(.)/g, "$1");
  return match[1].toLowerCase() === "username" ? { email: value } : { externalId: value };
}
