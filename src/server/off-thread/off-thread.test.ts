import { readFileSync } from "node:fs";
import { afterAll, describe, expect, it } from "vitest";
import { parseFramework } from "../../framework/parse-framework.ts";
import { createOffThread } from "./off-thread.ts";

const source = readFileSync(
  new URL("../../../frameworks/product-management.yaml", import.meta.url),
  "utf8",
);

describe("work off the request thread", { timeout: 60_000 }, () => {
  const offThread = createOffThread({ workers: 1 });
  afterAll(() => offThread.close());

  it("parses a framework on a worker with the same answer as in this thread", async () => {
    const answer = await offThread.run("parseFramework", { source, fileName: "pm.yaml" });
    expect(answer).toEqual(parseFramework(source, { fileName: "pm.yaml" }));
  });

  it("keeps this thread free while a worker runs", async () => {
    let turns = 0;
    const ticking = setInterval(() => {
      turns += 1;
    }, 1);
    const big = `${source}\n${"# a long comment line\n".repeat(200_000)}`;
    await offThread.run("parseFramework", { source: big, fileName: "big.yaml" });
    clearInterval(ticking);
    expect(turns).toBeGreaterThan(0);
  });

  it("answers each of many tasks, queued on one worker", async () => {
    const answers = await Promise.all(
      ["a.yaml", "b.yaml", "c.yaml"].map((fileName) =>
        offThread.run("parseFramework", { source: "id: [", fileName }),
      ),
    );
    expect(answers.map((answer) => answer.ok)).toEqual([false, false, false]);
    expect(answers.map((answer) => (answer.ok ? "" : answer.issues[0]?.file))).toEqual([
      "a.yaml",
      "b.yaml",
      "c.yaml",
    ]);
  });

  it("rejects with the worker's error when a task throws", async () => {
    // A report without a person breaks the renderer: its error comes back as a rejection.
    const failing = offThread.run("renderReportPdf", {} as never);
    await expect(failing).rejects.toMatchObject({ name: "TypeError" });
  });
});
