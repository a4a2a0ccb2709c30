import type { Framework, Role, TrackId } from "../framework/schema.ts";

/** A position in the demo organisation before anyone fills it. */
export interface DemoSeat {
  key: string;
  roleId: string;
  managerKey: string | null;
  team: string;
}

interface ProductGroup {
  team: string;
  seniors: number;
  pms: number;
  apms: number;
  principal: boolean;
}

// Group sizes chosen so the default framework gives 64 people and every span sits within 3..8.
const productGroups: ProductGroup[] = [
  { team: "Growth", seniors: 2, pms: 5, apms: 2, principal: false },
  { team: "Payments", seniors: 2, pms: 5, apms: 2, principal: true },
  { team: "Platform", seniors: 2, pms: 4, apms: 3, principal: true },
  { team: "Marketplace", seniors: 2, pms: 4, apms: 1, principal: true },
  { team: "Mobile", seniors: 1, pms: 5, apms: 2, principal: false },
];

interface AdjacentTeam {
  team: string;
  size: number;
  /** "top", a product group's team name, or another adjacent role id. */
  reportsTo: string;
}

const adjacentTeams: Record<string, AdjacentTeam> = {
  "operations-program": { team: "Operations", size: 3, reportsTo: "top" },
  "bizdev-partnerships": { team: "Partnerships", size: 3, reportsTo: "Marketplace" },
  "founder-gm": { team: "New Ventures", size: 1, reportsTo: "top" },
  "product-marketing-strategy": { team: "Product Marketing", size: 3, reportsTo: "Growth" },
  "innovation-rnd": { team: "New Ventures", size: 2, reportsTo: "founder-gm" },
};

function byTrack(framework: Framework, track: TrackId): Role[] {
  return framework.roles.filter((role) => role.track === track).sort((a, b) => a.rank - b.rank);
}

/** The management role `stepsDown` below the top, or the most junior one. */
function ladderRole(ladder: Role[], stepsDown: number): string {
  const role = ladder[Math.max(0, ladder.length - 1 - stepsDown)] ?? ladder[0];
  if (!role) throw new Error("The framework needs at least one role on the management track.");
  return role.id;
}

/**
 * The demo organisation's seats: a product leader at the top, Group PMs running product groups
 * of Senior PMs, PMs and APMs, IC PMs inside groups, and adjacent roles in small teams; any role
 * the layout misses gets a seat under the top, so every role of the framework is filled.
 */
export function demoOrgChart(framework: Framework): DemoSeat[] {
  const ladder = byTrack(framework, "management");
  const ic = byTrack(framework, "ic");
  const seats: DemoSeat[] = [];
  const seat = (roleId: string, managerKey: string | null, team: string): string => {
    const key = `person-${String(seats.length + 1).padStart(2, "0")}`;
    seats.push({ key, roleId, managerKey, team });
    return key;
  };
  const top = seat(ladderRole(ladder, 0), null, "Product Leadership");
  const leads = new Map<string, string>();
  const deepest = ic.length > 1 ? ic[ic.length - 1] : undefined;
  if (deepest) seat(deepest.id, top, "Platform");
  const principal = ic.find((role) => role.id !== deepest?.id);
  for (const group of productGroups) {
    const lead = seat(ladderRole(ladder, 1), top, group.team);
    leads.set(group.team, lead);
    const seniors = Array.from({ length: group.seniors }, () =>
      seat(ladderRole(ladder, 2), lead, group.team),
    );
    for (let index = 0; index < group.pms; index++) {
      seat(ladderRole(ladder, 3), seniors[index] ?? lead, group.team);
    }
    for (let index = 0; index < group.apms; index++) {
      const mentor = seniors.length > 0 ? seniors[index % seniors.length] : undefined;
      seat(ladderRole(ladder, 4), mentor ?? lead, group.team);
    }
    if (group.principal && principal) seat(principal.id, lead, group.team);
  }
  for (const role of byTrack(framework, "adjacent")) {
    const layout = adjacentTeams[role.id] ?? { team: role.title, size: 2, reportsTo: "top" };
    const manager = leads.get(layout.reportsTo) ?? leads.get(`role:${layout.reportsTo}`) ?? top;
    const lead = seat(role.id, manager, layout.team);
    leads.set(`role:${role.id}`, lead);
    for (let index = 1; index < layout.size; index++) seat(role.id, lead, layout.team);
  }
  const filled = new Set(seats.map((entry) => entry.roleId));
  for (const role of framework.roles) {
    if (!filled.has(role.id)) seat(role.id, top, "Product Leadership");
  }
  return seats;
}
