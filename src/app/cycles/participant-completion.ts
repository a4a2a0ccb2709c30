import type { CompletionRow } from "../../storage/queries/cycle-completion.ts";

/** Where one rater's part stands for a person: done, still to do, or not asked by the cycle. */
export type RaterPart = "done" | "to-do" | "not-asked";

/** One person of a cycle and what their raters have done inside its window. */
export interface ParticipantCompletion {
  personId: string;
  name: string;
  team: string | null;
  /** The manager the person had when the cycle opened. */
  managerId: string | null;
  managerName: string | null;
  self: RaterPart;
  manager: RaterPart;
  /**
   * How many peers rated the person in the window, how many the cycle asks for, and how many
   * have been chosen for them in the cycle (and who chooses: the person or their manager).
   */
  peers: { done: number; asked: number; chosen: number; chosenBy: "person" | "manager" };
  /** Whether everything the cycle asks for this person is done. */
  complete: boolean;
  /**
   * The alignment conversation: waiting for the self and manager assessments, to have (both
   * are in), or done (an outcome is recorded).
   */
  alignment: "waiting" | "to-have" | "done";
}

const part = (asked: boolean, done: boolean): RaterPart =>
  !asked ? "not-asked" : done ? "done" : "to-do";

/**
 * One participant's completion from what storage counted and what the cycle asks: the one place
 * that decides when a person's part of a cycle is done.
 *
 * @example
 * participantCompletion(row).complete; // false while two peers are asked and one answered
 */
export function participantCompletion(row: CompletionRow): ParticipantCompletion {
  const self = part(row.selfRated, row.selfDone);
  const manager = part(row.managerRated, row.managerDone);
  const peers = {
    done: row.peersDone,
    asked: row.peerCount,
    chosen: row.peersChosen,
    chosenBy: row.peerChooser,
  };
  return {
    personId: row.personId,
    name: row.name,
    team: row.team,
    managerId: row.managerId,
    managerName: row.managerName,
    self,
    manager,
    peers,
    complete: self !== "to-do" && manager !== "to-do" && peers.done >= peers.asked,
    alignment: row.outcomeRecorded
      ? "done"
      : row.selfDone && row.managerDone
        ? "to-have"
        : "waiting",
  };
}
