import { describe, expect, it } from "vitest";
import { pathInWords } from "./entry-words.ts";
import { formatIssue, formatIssues } from "./format-issues.ts";
import type { FrameworkIssue } from "./framework-issue.ts";

const issue: FrameworkIssue = {
  code: "unknown-competency",
  message: 'unknown competency "stratgy"',
  hint: "Use the id of a declared competency; the closest known: strategy.",
  file: "team.yaml",
  line: 42,
  column: 7,
  path: ["roles", 2, "expectations", "stratgy"],
};

describe("formatIssues", () => {
  it("writes places the way an author reads them, counting entries from 1", () => {
    expect(pathInWords(["roles", 2, "expectations", "stratgy"])).toBe(
      "role 3 › expectations › stratgy",
    );
    expect(pathInWords(["entryRoutes", 0, "enterAt", 1, "role"])).toBe(
      "entry route 1 › entry role 2 › role",
    );
  });

  it("puts file, line, column, path and message on one line and the hint below", () => {
    expect(formatIssue(issue)).toBe(
      'team.yaml:42:7  role 3 › expectations › stratgy  unknown competency "stratgy"\n' +
        "  hint: Use the id of a declared competency; the closest known: strategy.\n",
    );
  });

  it("leaves out the position when the issue has none", () => {
    const refused = { ...issue, line: null, column: null, path: [], message: "too big" };
    expect(formatIssue(refused).split("\n")[0]).toBe("team.yaml  too big");
  });

  it("ends with a count and prints nothing for no issues", () => {
    expect(formatIssues([issue, issue]).endsWith("2 errors\n")).toBe(true);
    expect(formatIssues([issue], "warning").endsWith("1 warning\n")).toBe(true);
    expect(formatIssues([])).toBe("");
  });
});
