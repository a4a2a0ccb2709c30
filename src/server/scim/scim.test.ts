import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { seedOrganisation, testDatabaseKinds } from "../../../test/db.ts";
import { createTestApp, type TestApp } from "../../../test/server/test-app.ts";
import { localAdminActor } from "../../app/local-admin-actor.ts";
import { createScimTokenAs } from "../../app/scim/create-scim-token.ts";
import { publishFrameworkVersion } from "../../storage/queries/framework-versions.ts";
import { createSession } from "../../storage/queries/sessions.ts";
import { setTitleMapping } from "../../storage/queries/title-mappings.ts";
import { findUserByEmail } from "../../storage/queries/users.ts";
import { auditLog, people, scimTokens, sessions } from "../../storage/schema.ts";
import { digestToken, newToken } from "../auth/tokens.ts";

const scimType = "application/scim+json";

describe.each(testDatabaseKinds())("SCIM 2.0 provisioning on %s", (kind) => {
  let test: TestApp;
  let orgId: string;
  let token: string;
  let otherToken: string;

  beforeAll(async () => {
    test = await createTestApp({}, kind);
    const seeded = await seedOrganisation(test.db, "Acme");
    orgId = seeded.organisation.id;
    await publishFrameworkVersion(test.db, orgId, seeded.framework.id);
    const otherOrgId = (await seedOrganisation(test.db, "Other")).organisation.id;
    await setTitleMapping(test.db, { orgId, title: "Senior Product Manager", roleId: "senior-pm" });
    // A mapping left behind when a framework version dropped its role.
    await setTitleMapping(test.db, { orgId, title: "Product Owner", roleId: "product-owner" });
    const deps = { db: test.db, newToken, digest: digestToken };
    token = (await createScimTokenAs(deps, localAdminActor(orgId), "Okta")).token;
    otherToken = (await createScimTokenAs(deps, localAdminActor(otherOrgId), "Other")).token;
  }, 120_000);
  afterAll(() => test.close());

  function scim(path: string, method = "GET", body?: unknown, bearer = token) {
    return test.app.request(`/scim/v2${path}`, {
      method,
      headers: { authorization: `Bearer ${bearer}`, "content-type": scimType },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
  }

  async function actions(): Promise<string[]> {
    const rows = await test.db.select({ action: auditLog.action }).from(auditLog);
    return rows.map((row) => row.action);
  }

  const ada = {
    schemas: ["urn:ietf:params:scim:schemas:core:2.0:User"],
    userName: "Ada.Lovelace@acme.test",
    name: { givenName: "Ada", familyName: "Lovelace" },
    emails: [{ value: "ada.lovelace@acme.test", primary: true }],
    externalId: "00u-ada",
    title: "senior product-manager",
    active: true,
  };

  it("creates a person and their account, finds them by userName, and refuses a duplicate", async () => {
    const created = await scim("/Users", "POST", ada);
    expect(created.status).toBe(201);
    expect(created.headers.get("content-type")).toBe(scimType);
    const user = await created.json();
    expect(user).toMatchObject({
      userName: "ada.lovelace@acme.test",
      name: { formatted: "Ada Lovelace" },
      externalId: "00u-ada",
      active: true,
    });
    expect(created.headers.get("location")).toBe(`http://localhost/scim/v2/Users/${user.id}`);
    const [person] = await test.db.select().from(people).where(eq(people.id, user.id));
    expect(person?.roleId).toBe("senior-pm");
    const account = await findUserByEmail(test.db, "ada.lovelace@acme.test");
    expect(account?.personId).toBe(user.id);
    expect(account?.passwordHash).toBeNull();
    expect(await actions()).toContain("scim:create");

    const found = await (await scim('/Users?filter=userName eq "ADA.lovelace@acme.test"')).json();
    expect(found.totalResults).toBe(1);
    expect(found.Resources[0].id).toBe(user.id);
    const none = await (await scim('/Users?filter=userName eq "nobody@acme.test"')).json();
    expect(none).toMatchObject({ totalResults: 0, Resources: [] });
    expect((await (await scim(`/Users/${user.id}`)).json()).userName).toBe(
      "ada.lovelace@acme.test",
    );

    const again = await scim("/Users", "POST", ada);
    expect(again.status).toBe(409);
    expect(await again.json()).toMatchObject({
      schemas: ["urn:ietf:params:scim:api:messages:2.0:Error"],
      status: "409",
      scimType: "uniqueness",
      detail: expect.stringMatching(
        /already has the userName ada\.lovelace@acme\.test\. If it is the same person, find them/,
      ),
    });
  });

  it("pages with startIndex and count", async () => {
    for (const n of [1, 2, 3]) {
      await scim("/Users", "POST", {
        userName: `pager${n}@acme.test`,
        name: { formatted: `P${n}` },
      });
    }
    const page = await (await scim("/Users?startIndex=2&count=2")).json();
    expect(page.startIndex).toBe(2);
    expect(page.itemsPerPage).toBe(2);
    expect(page.totalResults).toBeGreaterThanOrEqual(4);
  });

  it("updates with PUT and PATCH, and deactivation ends every session at once", async () => {
    const { id } = await (
      await scim("/Users", "POST", { userName: "bo@acme.test", name: { formatted: "Bo" } })
    ).json();
    const put = await scim(`/Users/${id}`, "PUT", {
      userName: "bo.b@acme.test",
      name: { formatted: "Bo Bright" },
      externalId: "00u-bo",
    });
    expect(put.status).toBe(200);
    expect(await put.json()).toMatchObject({
      userName: "bo.b@acme.test",
      displayName: "Bo Bright",
    });
    const account = await findUserByEmail(test.db, "bo.b@acme.test");
    if (!account) throw new Error("Bo's account is gone");
    await createSession(test.db, {
      userId: account.id,
      tokenDigest: digestToken(newToken()),
      expiresAt: new Date(Date.now() + 60_000),
    });

    const patch = await scim(`/Users/${id}`, "PATCH", {
      schemas: ["urn:ietf:params:scim:api:messages:2.0:PatchOp"],
      Operations: [{ op: "Replace", path: "active", value: "False" }],
    });
    expect(patch.status).toBe(200);
    expect((await patch.json()).active).toBe(false);
    expect(await test.db.select().from(sessions).where(eq(sessions.userId, account.id))).toEqual(
      [],
    );
    expect((await findUserByEmail(test.db, "bo.b@acme.test"))?.deactivatedAt).not.toBeNull();
    expect(await actions()).toEqual(expect.arrayContaining(["scim:update", "scim:deactivate"]));

    const back = await scim(`/Users/${id}`, "PATCH", {
      Operations: [{ op: "replace", value: { active: true, displayName: "Bo B." } }],
    });
    expect(await back.json()).toMatchObject({ active: true, displayName: "Bo B." });

    expect((await scim(`/Users/${id}`, "DELETE")).status).toBe(204);
    expect((await (await scim(`/Users/${id}`)).json()).active).toBe(false);
  });

  it("answers bad input, unknown ids and bad tokens in SCIM's error schema, changing nothing", async () => {
    const before = (await test.db.select().from(people)).length;
    const missing = "/Users/00000000-0000-0000-0000-000000000001";
    const patch = (...Operations: unknown[]) => scim(missing, "PATCH", { Operations });
    const raw = (body: string) =>
      test.app.request("/scim/v2/Users", {
        method: "POST",
        headers: { authorization: `Bearer ${token}`, "content-type": scimType },
        body,
      });
    const cases: { res: Response; status: number; detail: RegExp }[] = [
      {
        res: await scim("/Users", "POST", { userName: "not an email" }),
        status: 400,
        detail:
          /^userName must be the person's work email address, such as .+ Map the user's email to userName/,
      },
      {
        res: await scim("/Users", "POST", { name: { givenName: "Ada" } }),
        status: 400,
        detail: /^userName is missing: send it as the person's work email address/,
      },
      {
        res: await scim("/Users", "POST", { userName: "ada@acme.test", active: "yes" }),
        status: 400,
        detail: /^active must be true or false\.$/,
      },
      {
        res: await scim("/Users", "POST", { userName: "ada@acme.test", emails: [{ value: "x" }] }),
        status: 400,
        detail: /^emails\.value \(the 1st entry\) must be an email address/,
      },
      {
        res: await scim("/Users", "POST", { userName: "ada@acme.test", name: "Ada" }),
        status: 400,
        detail: /^name must be a complex attribute with givenName and familyName/,
      },
      {
        res: await scim("/Users", "POST", "{"),
        status: 400,
        detail: /expects a SCIM User with at least a userName/,
      },
      { res: await raw("{"), status: 400, detail: /could not read what was sent as JSON/ },
      {
        res: await raw(JSON.stringify({ userName: `${"a".repeat(300_000)}@acme.test` })),
        status: 413,
        detail: /larger than the 256 KB Pathways accepts/,
      },
      {
        res: await scim("/Users", "POST", {
          userName: "po@acme.test",
          name: { givenName: "Pat", familyName: "Owens" },
          title: "Product Owner",
        }),
        status: 400,
        detail:
          /^The title maps to a role the organisation's framework no longer has: ask a Pathways admin to update the title mappings, or leave title out\.$/,
      },
      {
        res: await scim('/Users?filter=name co "x"'),
        status: 400,
        detail: /finds users by userName or externalId/,
      },
      {
        res: await patch({ op: "replace", path: "password", value: "x" }),
        status: 400,
        detail: /does not keep the attribute password; it keeps userName, name/,
      },
      {
        res: await patch({ op: "replace", path: "active", value: true }, { op: "move" }),
        status: 400,
        detail: /^Operations\.op \(the 2nd operation\) must be add, replace or remove\.$/,
      },
      { res: await patch({ op: "remove" }), status: 400, detail: /replace active with false/ },
      {
        res: await patch({ op: "replace", path: "active", value: "maybe" }),
        status: 400,
        detail: /^active must be true or false\.$/,
      },
      {
        res: await patch({ op: "replace", value: { userName: "nope" } }),
        status: 400,
        detail:
          /^Operations\.value\.userName \(the 1st operation\) must be the person's work email/,
      },
      {
        res: await scim(missing, "PATCH", { Operations: [] }),
        status: 400,
        detail: /^Operations is empty/,
      },
      {
        res: await patch({ op: "replace", path: "active", value: false }),
        status: 404,
        detail: /has no user with this id in your organisation/,
      },
      { res: await scim(missing), status: 404, detail: /has no user with this id/ },
      { res: await scim("/Users/not-a-uuid"), status: 404, detail: /has no user with this id/ },
      {
        res: await scim("/Users", "GET", undefined, "wrong"),
        status: 401,
        detail: /not one Pathways knows.+pathways sso scim-token create/,
      },
    ];
    for (const { res, status, detail } of cases) {
      expect(res.status).toBe(status);
      expect(res.headers.get("content-type")).toBe(scimType);
      const body = await res.json();
      expect(body.schemas).toEqual(["urn:ietf:params:scim:api:messages:2.0:Error"]);
      expect(body.status).toBe(String(status));
      expect(body.detail).toMatch(detail);
      expect(body.detail).toMatch(/\.$/);
      expect(body.detail).not.toMatch(
        /zod|schema|invalid_|expected|received|undefined|NaN|regex|uuid|[0-9a-f]{8}-[0-9a-f]{4}|status|\b[45]\d\d\b/i,
      );
    }
    expect((await test.db.select().from(people)).length).toBe(before);
  });

  it("keeps each organisation's people to its own token, and refuses a revoked token", async () => {
    const { id } = await (await scim('/Users?filter=externalId eq "00u-ada"'))
      .json()
      .then((list: { Resources: { id: string }[] }) => list.Resources[0] ?? { id: "" });
    expect(id).not.toBe("");
    expect((await scim(`/Users/${id}`, "GET", undefined, otherToken)).status).toBe(404);
    const other = await (await scim("/Users", "GET", undefined, otherToken)).json();
    expect(other.totalResults).toBe(0);
    await test.db.update(scimTokens).set({ revokedAt: new Date() });
    expect((await scim("/Users")).status).toBe(401);
    await test.db.update(scimTokens).set({ revokedAt: null });
  });

  it("is not reachable with a session instead of a SCIM token", async () => {
    const res = await test.app.request("/scim/v2/Users", {
      headers: { cookie: "pathways_session=x" },
    });
    expect(res.status).toBe(401);
  });
});
