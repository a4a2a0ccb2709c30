/** Who opens a page, as far as the reads it starts with depend on it. */
export interface PageViewer {
  /** Whether a session is signed in. */
  signedIn: boolean;
  /** The signed-in person's id, or null (a visitor, or an account with no profile of its own). */
  personId: string | null;
}

/** One page of the web app, as both the browser's router and the server know it. */
export interface WebPage {
  /** The path pattern, e.g. `/roles/:id`; first match wins. */
  path: string;
  title: string;
  /** The page's module in `src/web/pages`, without `.tsx`, e.g. `profile-page`. */
  module: string;
  /**
   * The API reads the page makes as soon as it shows, exactly as the web app asks for them
   * (path and query), so the server can start them with the page. Only reads made every time.
   */
  reads?: (viewer: PageViewer) => string[];
}

const framework = "/api/v1/frameworks/current";

function person(viewer: PageViewer, ...parts: string[]): string[] {
  return viewer.personId === null
    ? []
    : parts.map((part) => `/api/v1/people/${viewer.personId}${part}`);
}

/**
 * Every page of the app, first match wins. To add a page, write `src/web/pages/<name>-page.tsx`
 * with a default export taking the router's `PageProps` and add a row here.
 */
export const webPages: readonly WebPage[] = [
  // Signed-in people land on Home; visitors go on to the public career map.
  {
    path: "/",
    title: "Home",
    module: "home-page",
    reads: (viewer) => [
      ...(viewer.signedIn ? ["/api/v1/me/home"] : []),
      // The feedback form under the plan: the framework's competencies and colleagues to ask.
      ...(viewer.personId === null ? [] : [framework, "/api/v1/colleagues"]),
    ],
  },
  { path: "/map", title: "Career map", module: "career-map-page", reads: () => [framework] },
  { path: "/roles/:id", title: "Role", module: "role-page" },
  {
    path: "/compare",
    title: "Compare roles",
    module: "compare-page",
    reads: (viewer) => [framework, ...person(viewer, "", "/profile")],
  },
  { path: "/placement", title: "Where to start", module: "placement-page" },
  { path: "/assess", title: "Self-assessment", module: "assess-page" },
  {
    path: "/profile",
    title: "My profile",
    module: "profile-page",
    reads: (viewer) =>
      viewer.personId === null
        ? []
        : [framework, ...person(viewer, "", "/profile", "/role-fits", "/standing")],
  },
  {
    path: "/paths",
    title: "Paths",
    module: "paths-page",
    reads: (viewer) =>
      viewer.personId === null ? [] : [framework, ...person(viewer, "", "/paths")],
  },
  {
    path: "/plan",
    title: "Growth plan",
    module: "plan-page",
    reads: (viewer) => (viewer.signedIn ? [framework, ...person(viewer, "/plans")] : []),
  },
  { path: "/evidence", title: "Evidence log", module: "evidence-page" },
  { path: "/people/:id/profile", title: "Profile", module: "person-profile-page" },
  { path: "/feedback", title: "Feedback requests", module: "feedback-page" },
  { path: "/promotion-cases", title: "Promotion cases", module: "promotion-cases-page" },
  { path: "/promotion-cases/:id", title: "Promotion case", module: "promotion-case-page" },
  {
    path: "/team",
    title: "My team",
    module: "team-page",
    reads: (viewer) =>
      viewer.personId === null
        ? []
        : [
            framework,
            "/api/v1/people?limit=100",
            `/api/v1/people?reportsTo=${viewer.personId}&depth=direct&limit=100`,
          ],
  },
  { path: "/admin/audit", title: "Audit log", module: "audit-page" },
  {
    path: "/organisation",
    title: "Organisation",
    module: "organisation-page",
    reads: (viewer) =>
      viewer.signedIn ? [framework, "/api/v1/analytics/org/summary", "/api/v1/frameworks"] : [],
  },
  { path: "/admin/outbox", title: "Outbox", module: "outbox-page" },
  { path: "/admin/framework", title: "Framework editor", module: "framework-editor-page" },
  { path: "/admin/cycles", title: "Check-in cycles", module: "cycles-page" },
  { path: "/calibration", title: "Calibration", module: "calibration-page" },
  { path: "/cycles/:id/calibration", title: "Calibration", module: "calibration-page" },
  {
    path: "/cycles/:id/alignment/:personId",
    title: "Alignment conversation",
    module: "alignment-page",
  },
  { path: "/cycles/:id/peers/:personId", title: "Choose peers", module: "choose-peers-page" },
  { path: "/cycles/:id", title: "Cycle completion", module: "cycle-page" },
  {
    path: "/start",
    title: "Sign in",
    module: "start-page",
    reads: (viewer) => (viewer.signedIn ? [] : ["/api/v1/setup", "/api/v1/sso"]),
  },
  { path: "/setup", title: "Set up Pathways", module: "start-page" },
  // Invitations, password resets and the People page.
  { path: "/invitation", title: "Your invitation", module: "invitation-page" },
  { path: "/people", title: "People", module: "people-page" },
  { path: "/people/:id", title: "Person", module: "people-person-page" },
  { path: "/forgot-password", title: "Forgot your password?", module: "forgot-password-page" },
  { path: "/reset-password", title: "Choose a new password", module: "reset-password-page" },
];

/** The page shown when no route fits. */
export const notFoundPage: WebPage = {
  path: "*",
  title: "Page not found",
  module: "not-found-page",
};

/**
 * What the app shell reads on every page before the page itself: the session and, for someone
 * with a profile, the feedback requests waiting for them and whether they manage anyone.
 *
 * @example
 * shellReads({ signedIn: false, personId: null }); // ["/api/v1/session"]
 */
export function shellReads(viewer: PageViewer): string[] {
  if (viewer.personId === null) return ["/api/v1/session"];
  return [
    "/api/v1/session",
    "/api/v1/feedback-requests?limit=100",
    `/api/v1/people?reportsTo=${viewer.personId}&depth=direct&limit=1`,
  ];
}
