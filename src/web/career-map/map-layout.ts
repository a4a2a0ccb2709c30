import type { Role, TrackId, Transition } from "../api/types.ts";

/** A role placed on the map, by the centre of its box. */
export interface MapNode {
  role: Role;
  x: number;
  y: number;
}

/** A transition drawn as an SVG path between two placed roles. */
export interface MapEdge {
  transition: Transition;
  path: string;
}

/** A track drawn as a column. */
export interface MapLane {
  track: TrackId;
  x: number;
}

/** Everything needed to draw the career map. */
export interface MapLayout {
  width: number;
  height: number;
  lanes: MapLane[];
  nodes: MapNode[];
  edges: MapEdge[];
}

/** Size of a role's box on the map. */
export const nodeSize = { width: 210, height: 56 } as const;

const laneOrder: TrackId[] = ["management", "ic", "adjacent"];
const laneGap = 320;
const rowGap = 96;
const top = 64;
const left = 210;
const right = 140;

/** How high a role sits: its rank, or for off-ladder roles the highest role it compares to. */
function levelOf(role: Role, byId: Map<string, Role>): number {
  if (role.track === "management") return role.rank;
  const comparable = role.comparableTo
    .map((id) => byId.get(id))
    .filter((other): other is Role => other?.track === "management")
    .map((other) => other.rank);
  return comparable.length > 0 ? Math.max(...comparable) : role.rank;
}

/** Rows for one lane: as high as the level says, pushed up when two roles would share a row. */
function laneRows(
  roles: Role[],
  levels: Map<string, number>,
  maxLevel: number,
): Map<string, number> {
  const ordered = [...roles].sort((a, b) => (levels.get(a.id) ?? 0) - (levels.get(b.id) ?? 0));
  const rows = new Map<string, number>();
  let next = Number.POSITIVE_INFINITY;
  for (const role of ordered) {
    const row = Math.min(maxLevel - (levels.get(role.id) ?? 0), next - 1);
    rows.set(role.id, row);
    next = row;
  }
  const lowest = Math.min(0, ...rows.values());
  for (const [id, row] of rows) rows.set(id, row - lowest);
  return rows;
}

function edgePath(from: MapNode, to: MapNode, offset: number): string {
  const half = nodeSize.height / 2;
  if (from.x === to.x) {
    const up = to.y < from.y;
    const y1 = from.y + (up ? -half : half);
    const y2 = to.y + (up ? half : -half);
    if (Math.abs(to.y - from.y) <= rowGap)
      return `M${from.x + offset},${y1} L${to.x + offset},${y2}`;
    // Longer moves in one lane bow out to the side so they do not hide the steps between.
    const x = from.x - nodeSize.width / 2;
    const bow = x - 30 - Math.abs(to.y - from.y) / 6;
    return `M${x},${from.y} C${bow},${from.y} ${bow},${to.y} ${x},${to.y}`;
  }
  const right = to.x > from.x;
  const x1 = from.x + (right ? nodeSize.width / 2 : -nodeSize.width / 2);
  const x2 = to.x + (right ? -nodeSize.width / 2 : nodeSize.width / 2);
  const mid = (x1 + x2) / 2;
  return `M${x1},${from.y + offset} C${mid},${from.y + offset} ${mid},${to.y + offset} ${x2},${to.y + offset}`;
}

/**
 * Places every role in its track's lane, senior roles higher, and draws each transition.
 *
 * @example
 * const layout = layoutCareerMap(framework.roles, framework.transitions);
 */
export function layoutCareerMap(roles: Role[], transitions: Transition[]): MapLayout {
  const byId = new Map(roles.map((role) => [role.id, role]));
  const levels = new Map(roles.map((role) => [role.id, levelOf(role, byId)]));
  const maxLevel = Math.max(1, ...levels.values());
  const lanes = laneOrder
    .filter((track) => roles.some((role) => role.track === track))
    .map((track, index) => ({ track, x: left + index * laneGap }));
  const nodes: MapNode[] = [];
  for (const lane of lanes) {
    const rows = laneRows(
      roles.filter((role) => role.track === lane.track),
      levels,
      maxLevel,
    );
    for (const [id, row] of rows) {
      const role = byId.get(id);
      if (role) nodes.push({ role, x: lane.x, y: top + nodeSize.height / 2 + row * rowGap });
    }
  }
  const placed = new Map(nodes.map((node) => [node.role.id, node]));
  const pairs = new Set(transitions.map((t) => `${t.from}>${t.to}`));
  const edges: MapEdge[] = [];
  for (const transition of transitions) {
    const from = placed.get(transition.from);
    const to = placed.get(transition.to);
    if (!from || !to) continue;
    // Two-way moves get one arrow each, side by side rather than on top of each other.
    const twoWay = pairs.has(`${transition.to}>${transition.from}`);
    const offset = twoWay ? (transition.from < transition.to ? -7 : 7) : 0;
    edges.push({ transition, path: edgePath(from, to, offset) });
  }
  const width = left + right + (lanes.length - 1) * laneGap;
  const height = Math.max(...nodes.map((node) => node.y), 0) + nodeSize.height / 2 + 24;
  return { width, height, lanes, nodes, edges };
}
