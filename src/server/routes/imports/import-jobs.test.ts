import { expect, it } from "vitest";
import { describeOnEachDatabase, seedOrganisation } from "../../../../test/db.ts";
import { getOrganisation } from "../../../storage/queries/organisations.ts";
import { createImportJobs, type ImportJob, importStalledAfterMs } from "./import-jobs.ts";

const counts = { create: 3, update: 1, unchanged: 2 };
const result = { created: 3, updated: 1, unchanged: 2, createdPersonIds: [] };

async function settled(read: () => Promise<ImportJob | null>): Promise<ImportJob | null> {
  for (let attempt = 0; attempt < 200; attempt++) {
    const job = await read();
    if (job?.status !== "running") return job;
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
  throw new Error("The import never finished.");
}

describeOnEachDatabase("import jobs", (database) => {
  it("answers another server's poll with the outcome the running server recorded", async () => {
    const { db } = database();
    const { organisation } = await seedOrganisation(db);
    const orgId = organisation.id;
    const runner = createImportJobs({ db, now: () => new Date() });
    const other = createImportJobs({ db, now: () => new Date() });
    const job = await runner.start({ orgId, startedBy: null, counts });
    expect(await other.get(orgId, job.id)).toMatchObject({ status: "running", total: 4 });
    // The import finds more to write than the plan's rows (reporting lines, say).
    runner.run(job, async (onProgress) => {
      onProgress(2, 6);
      onProgress(6, 6);
      return result;
    });
    expect(await settled(() => other.get(orgId, job.id))).toMatchObject({
      status: "done",
      processed: 6,
      total: 6,
      result,
      error: null,
    });
  });

  it("records a failed import with its reason", async () => {
    const { db } = database();
    const { organisation } = await seedOrganisation(db);
    const orgId = organisation.id;
    const runner = createImportJobs({ db, now: () => new Date() });
    const job = await runner.start({ orgId, startedBy: null, counts });
    runner.run(job, async () => {
      throw new Error("the disk is full");
    });
    const other = createImportJobs({ db, now: () => new Date() });
    const failed = await settled(() => other.get(orgId, job.id));
    expect(failed).toMatchObject({ status: "failed", result: null });
    expect(failed?.error).toBe("The import failed and nothing was written: the disk is full");
  });

  it("reads an import whose server stopped reporting as cut short, with nothing written", async () => {
    const { db } = database();
    const { organisation } = await seedOrganisation(db);
    const orgId = organisation.id;
    // Started by a server that then stopped: it never runs nor finishes the job.
    const job = await createImportJobs({ db, now: () => new Date() }).start({
      orgId,
      startedBy: null,
      counts,
    });
    const soon = createImportJobs({ db, now: () => new Date(Date.now() + 1_000) });
    expect((await soon.get(orgId, job.id))?.status).toBe("running");
    const later = createImportJobs({
      db,
      now: () => new Date(Date.now() + importStalledAfterMs + 5_000),
    });
    const stalled = await later.get(orgId, job.id);
    expect(stalled?.status).toBe("failed");
    expect(stalled?.error).toContain("stopped before it finished, so nothing was written");
  });

  it("keeps each organisation's imports to itself, and leaves its revision alone", async () => {
    const { db } = database();
    const { organisation } = await seedOrganisation(db);
    const other = await seedOrganisation(db, "Other");
    const jobs = createImportJobs({ db, now: () => new Date() });
    const revision = (await getOrganisation(db, organisation.id))?.revision;
    const job = await jobs.start({ orgId: organisation.id, startedBy: null, counts });
    expect(await jobs.get(other.organisation.id, job.id)).toBeNull();
    expect(
      await createImportJobs({ db, now: () => new Date() }).get(other.organisation.id, job.id),
    ).toBeNull();
    expect((await getOrganisation(db, organisation.id))?.revision).toBe(revision);
  });
});
