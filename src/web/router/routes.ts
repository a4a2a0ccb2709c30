import { type ComponentType, type LazyExoticComponent, lazy } from "react";
import type { RouteParams } from "./match-route.ts";

/** What every page receives from the router. */
export interface PageProps {
  params: RouteParams;
  query: URLSearchParams;
}

/** One page of the app: its path pattern, its title and the lazily loaded component. */
export interface AppRoute {
  path: string;
  title: string;
  page: LazyExoticComponent<ComponentType<PageProps>>;
}

/**
 * Every page of the app, first match wins. To add a page, write `pages/<name>-page.tsx` with a
 * default export taking {@link PageProps} and add a row here.
 */
export const routes: readonly AppRoute[] = [
  // Signed-in people land on Home; visitors go on to the public career map.
  { path: "/", title: "Home", page: lazy(() => import("../pages/home-page.tsx")) },
  { path: "/map", title: "Career map", page: lazy(() => import("../pages/career-map-page.tsx")) },
  { path: "/roles/:id", title: "Role", page: lazy(() => import("../pages/role-page.tsx")) },
  {
    path: "/compare",
    title: "Compare roles",
    page: lazy(() => import("../pages/compare-page.tsx")),
  },
  {
    path: "/placement",
    title: "Where to start",
    page: lazy(() => import("../pages/placement-page.tsx")),
  },
  {
    path: "/assess",
    title: "Self-assessment",
    page: lazy(() => import("../pages/assess-page.tsx")),
  },
  { path: "/profile", title: "My profile", page: lazy(() => import("../pages/profile-page.tsx")) },
  { path: "/paths", title: "Paths", page: lazy(() => import("../pages/paths-page.tsx")) },
  { path: "/plan", title: "Growth plan", page: lazy(() => import("../pages/plan-page.tsx")) },
  {
    path: "/evidence",
    title: "Evidence log",
    page: lazy(() => import("../pages/evidence-page.tsx")),
  },
  {
    path: "/people/:id/profile",
    title: "Profile",
    page: lazy(() => import("../pages/person-profile-page.tsx")),
  },
  {
    path: "/feedback",
    title: "Feedback requests",
    page: lazy(() => import("../pages/feedback-page.tsx")),
  },
  {
    path: "/promotion-cases",
    title: "Promotion cases",
    page: lazy(() => import("../pages/promotion-cases-page.tsx")),
  },
  {
    path: "/promotion-cases/:id",
    title: "Promotion case",
    page: lazy(() => import("../pages/promotion-case-page.tsx")),
  },
  { path: "/team", title: "My team", page: lazy(() => import("../pages/team-page.tsx")) },
  {
    path: "/admin/audit",
    title: "Audit log",
    page: lazy(() => import("../pages/audit-page.tsx")),
  },
  {
    path: "/organisation",
    title: "Organisation",
    page: lazy(() => import("../pages/organisation-page.tsx")),
  },
  { path: "/admin/outbox", title: "Outbox", page: lazy(() => import("../pages/outbox-page.tsx")) },
  {
    path: "/admin/framework",
    title: "Framework editor",
    page: lazy(() => import("../pages/framework-editor-page.tsx")),
  },
  {
    path: "/admin/cycles",
    title: "Check-in cycles",
    page: lazy(() => import("../pages/cycles-page.tsx")),
  },
  {
    path: "/calibration",
    title: "Calibration",
    page: lazy(() => import("../pages/calibration-page.tsx")),
  },
  {
    path: "/cycles/:id/calibration",
    title: "Calibration",
    page: lazy(() => import("../pages/calibration-page.tsx")),
  },
  {
    path: "/cycles/:id/alignment/:personId",
    title: "Alignment conversation",
    page: lazy(() => import("../pages/alignment-page.tsx")),
  },
  {
    path: "/cycles/:id/peers/:personId",
    title: "Choose peers",
    page: lazy(() => import("../pages/choose-peers-page.tsx")),
  },
  {
    path: "/cycles/:id",
    title: "Cycle completion",
    page: lazy(() => import("../pages/cycle-page.tsx")),
  },
  { path: "/start", title: "Sign in", page: lazy(() => import("../pages/start-page.tsx")) },
  { path: "/setup", title: "Set up Pathways", page: lazy(() => import("../pages/start-page.tsx")) },
  // Invitations, password resets and the People page.
  {
    path: "/invitation",
    title: "Your invitation",
    page: lazy(() => import("../pages/invitation-page.tsx")),
  },
  { path: "/people", title: "People", page: lazy(() => import("../pages/people-page.tsx")) },
  {
    path: "/people/:id",
    title: "Person",
    page: lazy(() => import("../pages/people-person-page.tsx")),
  },
  {
    path: "/forgot-password",
    title: "Forgot your password?",
    page: lazy(() => import("../pages/forgot-password-page.tsx")),
  },
  {
    path: "/reset-password",
    title: "Choose a new password",
    page: lazy(() => import("../pages/reset-password-page.tsx")),
  },
];

/** The page shown when no route fits. */
export const notFoundRoute: AppRoute = {
  path: "*",
  title: "Page not found",
  page: lazy(() => import("../pages/not-found-page.tsx")),
};
