import type { Framework } from "../../framework/schema.ts";

/** The framework types the pages use, from the framework format itself. */
export type {
  Competency,
  Framework,
  Role,
  TrackId,
  Transition,
  TransitionKind,
} from "../../framework/schema.ts";

/** The signed-in user and the CSRF token, as `GET /api/v1/session/me` answers. */
export interface Session {
  user: {
    id: string;
    email: string;
    orgId: string;
    personId: string | null;
    role: "member" | "admin" | "owner";
  };
  csrfToken: string;
}

/** The published framework document and its version. */
export interface CurrentFramework {
  version: string;
  framework: Framework;
}

/** A change in required level of one competency between two roles. */
export interface LevelChange {
  competency: string;
  from: number;
  to: number;
}

/** What moving from one role to another asks of a person (`GET /api/v1/roles/compare`). */
export interface RoleChange {
  frameworkVersion: string;
  from: string;
  to: string;
  rising: LevelChange[];
  newExpectations: { competency: string; level: number }[];
  lowered: LevelChange[];
  newResponsibilities: string[];
  skillsToDevelop: { competency: string; name: string; description: string }[];
  whatChanges: string[];
  summary: string;
}

/** A newcomer's background, as the entry placement form sends it. */
export type { Background } from "../../engine/types.ts";

/** Where a newcomer might enter, with each entry route considered and why. */
export interface Placement {
  frameworkVersion: string;
  recommended: { roleId: string; roleTitle: string; routeId: string; reason: string }[];
  considered: { routeId: string; matched: boolean; reason: string }[];
  reason: string;
}
