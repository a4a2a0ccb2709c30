import type { Framework, TrackId } from "../api/types.ts";
import { idFromName } from "./id-from-name.ts";

type Role = Framework["roles"][number];

/**
 * The rank a new role of a track takes by default: one above its most senior role.
 *
 * @example nextFreeRank(doc, "ic") // 4 when the IC track has ranks 1 to 3
 */
export function nextFreeRank(doc: Framework, track: TrackId): number {
  return Math.max(0, ...doc.roles.filter((role) => role.track === track).map((r) => r.rank)) + 1;
}

/**
 * A draft with a new role at the end, its id made from its title. Lists and expectations start
 * empty; its summary is left to write (the draft shows it as a problem until then), and it needs
 * a move or an entry route into it before people can reach it.
 *
 * @example addRole(doc, { title: "Principal PM", track: "ic", rank: 4 }).index
 */
export function addRole(
  doc: Framework,
  place: { title: string; track: TrackId; rank: number },
): { document: Framework; index: number } {
  const role: Role = {
    id: idFromName(
      place.title,
      doc.roles.map((r) => r.id),
      "role",
    ),
    title: place.title.trim(),
    aliases: [],
    track: place.track,
    rank: place.rank,
    summary: "",
    whatChanges: [],
    responsibilities: [],
    success: [],
    skillsToDevelop: [],
    expectations: {},
    mandatory: [],
    contextNotes: [],
    comparableTo: [],
    carriesOver: [],
  };
  return { document: { ...doc, roles: [...doc.roles, role] }, index: doc.roles.length };
}
