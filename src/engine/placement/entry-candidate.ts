import type { BackgroundFact, EntryRoute, Role } from "../../framework/schema.ts";

/** A role a newcomer's background reaches, through the route that says the most about them. */
export interface EntryCandidate {
  route: EntryRoute;
  role: Role;
  /** The background facts the route's and the role's conditions rest on, each once. */
  facts: BackgroundFact[];
  note: string | undefined;
}
