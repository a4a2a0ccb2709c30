import type { ScimPersonRow } from "../../storage/queries/scim-people.ts";

/** A person as a SCIM core User resource. */
export function presentScimUser(row: ScimPersonRow, baseUrl: string) {
  const { person, user } = row;
  const email = user?.email ?? person.email ?? "";
  return {
    schemas: ["urn:ietf:params:scim:schemas:core:2.0:User"],
    id: person.id,
    ...(person.externalId ? { externalId: person.externalId } : {}),
    userName: email,
    name: { formatted: person.name },
    displayName: person.name,
    emails: email ? [{ value: email, type: "work", primary: true }] : [],
    active: !user?.deactivatedAt,
    meta: {
      resourceType: "User",
      created: person.createdAt.toISOString(),
      lastModified: person.updatedAt.toISOString(),
      location: `${baseUrl}/Users/${person.id}`,
    },
  };
}
