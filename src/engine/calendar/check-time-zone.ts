import type { InputIssue } from "../../framework/input-issue.ts";

/** The hint every refused time zone carries. */
const timeZoneHint =
  "Use an IANA time zone such as Europe/Berlin, America/New_York or UTC (the names in the tz database).";

/**
 * Whether a time zone name is one the runtime knows (an IANA name such as `Europe/Berlin`):
 * no issues when it is, else one issue at `path` saying why and how to fix it.
 *
 * @example
 * checkTimeZone("Mars/Olympus", "timeZone"); // [{ path: "timeZone", message: …, hint: … }]
 */
export function checkTimeZone(timeZone: string, path = "timeZone"): InputIssue[] {
  if (timeZone.trim() === "") {
    return [{ path, message: "The time zone is empty.", hint: timeZoneHint }];
  }
  try {
    new Intl.DateTimeFormat("en-CA", { timeZone });
    return [];
  } catch {
    return [
      {
        path,
        message: `"${timeZone}" is not a time zone this system knows.`,
        hint: timeZoneHint,
      },
    ];
  }
}
