import type { GoalStatus } from "../api/types.ts";

/** How each goal status reads. */
export const goalStatusWords: Record<GoalStatus, string> = {
  open: "Not started",
  "in-progress": "In progress",
  done: "Done",
  dropped: "Set aside",
};

/** The statuses in the order a goal usually moves through them. */
export const goalStatuses: GoalStatus[] = ["open", "in-progress", "done", "dropped"];
