import type { OpenAPIHono } from "@hono/zod-openapi";
import type { AppEnv } from "../app-env.ts";
import { mountAccounts } from "./accounts/index.ts";
import { mountAnalytics } from "./analytics/index.ts";
import { mountAssessments } from "./assessments/index.ts";
import { mountAudit } from "./audit/index.ts";
import { mountColleagues } from "./colleagues/index.ts";
import { mountCycles } from "./cycles/index.ts";
import { mountEvidence } from "./evidence/index.ts";
import { mountExports } from "./exports/index.ts";
import { mountFeedback } from "./feedback/index.ts";
import { mountFrameworks } from "./frameworks/index.ts";
import { mountHome } from "./home/index.ts";
import { mountImports } from "./imports/index.ts";
import { mountInsights } from "./insights/index.ts";
import { mountInvitations } from "./invitations/index.ts";
import { mountMailPreferences } from "./mail-preferences/index.ts";
import { mountMe } from "./me/index.ts";
import { mountOrganisation } from "./organisation/index.ts";
import { mountOutbox } from "./outbox/index.ts";
import { mountPasswords } from "./passwords/index.ts";
import { mountPeople } from "./people/index.ts";
import { mountPeopleDirectory } from "./people-directory/index.ts";
import { mountPlacement } from "./placement/index.ts";
import { mountPlans } from "./plans/index.ts";
import { mountPromotionCases } from "./promotion-cases/index.ts";
import { mountRatingRequests } from "./rating-requests/index.ts";
import { mountReports } from "./reports/index.ts";
import { mountRoles } from "./roles/index.ts";
import type { RouteDeps } from "./route-deps.ts";
import { mountSession } from "./session/index.ts";
import { mountSetup } from "./setup/index.ts";
import { mountSso } from "./sso/index.ts";
import { mountTokens } from "./tokens/index.ts";

/**
 * Registers every `/api/v1` resource on the app.
 *
 * @example
 * mountRoutes(app, deps);
 */
export function mountRoutes(app: OpenAPIHono<AppEnv>, deps: RouteDeps): void {
  mountSetup(app, { ...deps, gate: deps.setupGate });
  mountSession(app, deps);
  mountSso(app, deps);
  mountPlacement(app, deps);
  mountPeople(app, deps);
  mountInsights(app, deps);
  mountAssessments(app, deps);
  mountEvidence(app, deps);
  mountFeedback(app, deps);
  mountFrameworks(app, deps);
  mountRatingRequests(app, deps);
  mountAnalytics(app, deps);
  mountPlans(app, deps);
  mountReports(app, deps);
  mountRoles(app, deps);
  mountImports(app, deps);
  mountExports(app, deps);
  mountMe(app, deps);
  mountHome(app, deps);
  mountColleagues(app, deps);
  mountAudit(app, deps);
  mountOrganisation(app, deps);
  // Invitations, password resets and the People page.
  mountInvitations(app, deps);
  mountPasswords(app, deps);
  mountPeopleDirectory(app, deps);
  mountOutbox(app, deps);
  mountMailPreferences(app, deps);
  // Accounts: organisation roles, deactivation, erasure and personal access tokens.
  mountAccounts(app, deps);
  mountTokens(app, deps);
  // Check-in cycles.
  mountCycles(app, deps);
  // Promotion cases.
  mountPromotionCases(app, deps);
}
