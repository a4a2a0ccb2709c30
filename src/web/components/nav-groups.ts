/** One entry of the main navigation. */
export interface NavItem {
  to: string;
  label: string;
}

/** A labelled group of the main navigation. */
export interface NavGroup {
  id: string;
  label: string;
  items: NavItem[];
}

/** What the navigation knows about the viewer. */
export interface Viewer {
  signedIn: boolean;
  /** Whether the account is a person of the organisation (not only an administrator). */
  isPerson: boolean;
  hasReports: boolean;
  isAdmin: boolean;
}

const explore: NavGroup = {
  id: "explore",
  label: "Explore",
  items: [
    { to: "/map", label: "Career map" },
    { to: "/compare", label: "Compare roles" },
    { to: "/placement", label: "Where to start" },
  ],
};

const me: NavGroup = {
  id: "me",
  label: "Me",
  items: [
    { to: "/", label: "Home" },
    { to: "/profile", label: "My profile" },
    { to: "/assess", label: "Assess" },
    { to: "/paths", label: "Paths" },
    { to: "/plan", label: "Growth plan" },
    { to: "/evidence", label: "Evidence" },
    { to: "/feedback", label: "Feedback" },
  ],
};

const promotionCases: NavItem = { to: "/promotion-cases", label: "Promotion cases" };

const team: NavGroup = {
  id: "team",
  label: "My team",
  items: [{ to: "/team", label: "Team" }, promotionCases],
};

const organisation: NavGroup = {
  id: "organisation",
  label: "Organisation",
  items: [
    { to: "/organisation", label: "Overview" },
    { to: "/people", label: "People" },
    { to: "/admin/framework", label: "Framework" },
    { to: "/admin/cycles", label: "Cycles" },
    { to: "/calibration", label: "Calibration" },
    promotionCases,
    { to: "/admin/outbox", label: "Outbox" },
    { to: "/admin/audit", label: "Audit log" },
  ],
};

/**
 * The navigation that fits the viewer: visitors see only the public pages; people see Me; those
 * with reports My team; admins Organisation. Nothing is offered that the viewer may not use, and
 * nothing twice (an admin with reports finds Promotion cases under My team).
 *
 * @example
 * navGroups({ signedIn: true, isPerson: true, hasReports: false, isAdmin: false }).map((g) => g.label)
 * // ["Me", "Explore"]
 */
export function navGroups(viewer: Viewer): NavGroup[] {
  if (!viewer.signedIn) return [explore];
  return [
    ...(viewer.isPerson ? [me] : []),
    ...(viewer.hasReports ? [team] : []),
    ...(viewer.isAdmin
      ? [
          viewer.hasReports
            ? {
                ...organisation,
                items: organisation.items.filter((item) => item !== promotionCases),
              }
            : organisation,
        ]
      : []),
    explore,
  ];
}
