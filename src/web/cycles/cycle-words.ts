import type { Cycle } from "../api/types.ts";

const day = new Intl.DateTimeFormat("en-GB", { dateStyle: "medium", timeZone: "UTC" });

/**
 * A cycle's window in words.
 *
 * @example windowWords(cycle); // "11 Jan 2027 to 5 Feb 2027"
 */
export function windowWords(cycle: Pick<Cycle, "startsOn" | "endsOn">): string {
  const at = (date: string) => day.format(new Date(`${date}T00:00:00Z`));
  return `${at(cycle.startsOn)} to ${at(cycle.endsOn)}`;
}

/**
 * Which raters a cycle asks for, in words.
 *
 * @example ratersWords({ self: true, manager: true, peers: 2 }); // "self, manager and 2 peers"
 */
export function ratersWords(raters: Cycle["raters"]): string {
  const parts = [
    ...(raters.self ? ["self"] : []),
    ...(raters.manager ? ["manager"] : []),
    ...(raters.peers > 0 ? [raters.peers === 1 ? "1 peer" : `${raters.peers} peers`] : []),
  ];
  if (parts.length <= 1) return parts[0] ?? "nobody";
  return `${parts.slice(0, -1).join(", ")} and ${parts[parts.length - 1]}`;
}
