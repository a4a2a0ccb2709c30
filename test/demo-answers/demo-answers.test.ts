import { createHash } from "node:crypto";
import { readFileSync, writeFileSync } from "node:fs";
import { expect, it } from "vitest";
import { describeOnEachDatabase } from "../db.ts";
import { collectDemoAnswers, type DemoAnswer } from "./collect-demo-answers.ts";

const fixture = new URL("./demo-answers.json", import.meta.url);
const update = process.env.PATHWAYS_UPDATE_DEMO_ANSWERS === "1";

function digest(answers: Record<string, DemoAnswer>): Record<string, string> {
  return Object.fromEntries(
    Object.entries(answers)
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([question, answer]) => [
        question,
        `${answer.status} ${createHash("sha256").update(answer.body).digest("hex").slice(0, 24)}`,
      ]),
  );
}

/**
 * Every answer the demo organisation gives (each person's profile, standing, fits, paths, plan
 * draft, plans, trend and report; the people list, org and team analytics) is compared with the
 * recorded answers, so restructuring the code cannot change what anyone is told. When a change is
 * meant to change answers, record them again with PATHWAYS_UPDATE_DEMO_ANSWERS=1 and say why in
 * the commit.
 */
describeOnEachDatabase("the demo organisation's answers", (database) => {
  it("are the recorded answers, question by question", { timeout: 300_000 }, async () => {
    const answers = digest(await collectDemoAnswers(database().db));
    if (update) {
      writeFileSync(fixture, `${JSON.stringify(answers, null, 2)}\n`);
    }
    const recorded = JSON.parse(readFileSync(fixture, "utf8")) as Record<string, string>;
    expect(Object.keys(answers).length).toBeGreaterThan(500);
    expect(answers).toEqual(recorded);
  });
});
