import type { CycleWithCount } from "../../storage/queries/cycles.ts";
import type { CycleStatus, PeerChooser } from "../../storage/tables/cycles.ts";

/**
 * Which raters a cycle asks for: self and manager or not, how many peers (0 for none), and who
 * chooses the peers (the person, or their manager).
 */
export interface CycleRaters {
  self: boolean;
  manager: boolean;
  peers: number;
  peersChosenBy: PeerChooser;
}

/** A check-in cycle as every surface shows it. */
export interface CycleView {
  id: string;
  name: string;
  /** The window's first and last days on the organisation's calendar (YYYY-MM-DD). */
  startsOn: string;
  endsOn: string;
  raters: CycleRaters;
  status: CycleStatus;
  /** How many people the cycle is for. */
  participants: number;
  createdAt: string;
  closedAt: string | null;
}

/**
 * A stored cycle as it is shown.
 *
 * @example
 * cycleView({ ...cycle, participants: 3 }).raters; // { self: true, manager: true, peers: 2 }
 */
export function cycleView(cycle: CycleWithCount): CycleView {
  return {
    id: cycle.id,
    name: cycle.name,
    startsOn: cycle.startsOn,
    endsOn: cycle.endsOn,
    raters: {
      self: cycle.selfRated,
      manager: cycle.managerRated,
      peers: cycle.peerCount,
      peersChosenBy: cycle.peerChooser,
    },
    status: cycle.status,
    participants: cycle.participants,
    createdAt: cycle.createdAt.toISOString(),
    closedAt: cycle.closedAt?.toISOString() ?? null,
  };
}
