import type { StoredPerson } from "../../../storage/queries/people.ts";
import type { PersonBody } from "./schema.ts";

/** A person as the API shows them. */
export function presentPerson(person: StoredPerson): PersonBody {
  return {
    id: person.id,
    name: person.name,
    email: person.email,
    roleId: person.roleId,
    managerId: person.managerId,
    team: person.team,
    background: person.background ?? null,
    preferences: person.preferences ?? null,
  };
}
