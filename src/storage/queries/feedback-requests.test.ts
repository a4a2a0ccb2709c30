import { expect, it } from "vitest";
import { describeOnEachDatabase, seedOrganisation } from "../../../test/db.ts";
import { createAssessment } from "./assessments.ts";
import {
  closeFeedbackRequest,
  createFeedbackRequest,
  getFeedbackRequest,
  listFeedbackRequests,
} from "./feedback-requests.ts";
import { createPerson } from "./people.ts";

describeOnEachDatabase("feedback requests", (database) => {
  it("lists the open requests addressed to a peer, with the competencies asked", async () => {
    const { db } = database();
    const { organisation } = await seedOrganisation(db);
    const orgId = organisation.id;
    const person = await createPerson(db, { orgId, name: "Ada" });
    const peer = await createPerson(db, { orgId, name: "Pat" });
    const request = await createFeedbackRequest(db, {
      orgId,
      personId: person.id,
      addresseePersonId: peer.id,
      competencies: ["execution"],
      message: "How did the launch go from your side?",
    });
    expect(request.status).toBe("open");
    const open = await listFeedbackRequests(db, {
      orgId,
      addresseePersonId: peer.id,
      status: "open",
    });
    expect(open.map((r) => r.competencies)).toEqual([["execution"]]);
    expect(await listFeedbackRequests(db, { orgId, addresseePersonId: person.id })).toEqual([]);
  });

  it("closes a request once, as answered with its assessment or as declined", async () => {
    const { db } = database();
    const { organisation, framework } = await seedOrganisation(db);
    const orgId = organisation.id;
    const person = await createPerson(db, { orgId, name: "Ada" });
    const peer = await createPerson(db, { orgId, name: "Pat" });
    const ask = () =>
      createFeedbackRequest(db, {
        orgId,
        personId: person.id,
        addresseePersonId: peer.id,
        competencies: ["execution"],
      });
    const first = await ask();
    const second = await ask();
    const answer = await createAssessment(db, {
      orgId,
      personId: person.id,
      raterPersonId: peer.id,
      raterKind: "peer",
      frameworkVersionId: framework.id,
    });
    const answered = await closeFeedbackRequest(db, {
      orgId,
      id: first.id,
      status: "answered",
      assessmentId: answer.id,
    });
    expect(answered).toMatchObject({ status: "answered", assessmentId: answer.id });
    expect(answered?.respondedAt).toBeInstanceOf(Date);
    expect(await closeFeedbackRequest(db, { orgId, id: first.id, status: "declined" })).toBeNull();
    expect(
      (await closeFeedbackRequest(db, { orgId, id: second.id, status: "declined" }))?.status,
    ).toBe("declined");
    const other = await seedOrganisation(db, "Other");
    expect(await getFeedbackRequest(db, other.organisation.id, first.id)).toBeNull();
  });
});
