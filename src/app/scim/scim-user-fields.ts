import type { Database } from "../../storage/database.ts";
import type { FrameworkSource } from "../framework-source.ts";

/** What a directory says about a user, in Pathways' terms. */
export interface ScimUserFields {
  /** The email the person signs in with (SCIM `userName`). */
  userName: string;
  name: string;
  externalId: string | null;
  /** A job title, mapped to a framework role through the organisation's title mappings. */
  title: string | null;
  active: boolean;
}

/** What the SCIM use cases need. */
export interface ScimDeps {
  db: Database;
  frameworks: FrameworkSource;
  now: () => Date;
}
