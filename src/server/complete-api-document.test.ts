import { describe, expect, it } from "vitest";
import { completeApiDocument, composeExample, operationIdFor } from "./complete-api-document.ts";
import type { OpenApiDocument } from "./docs-page.ts";

describe("completeApiDocument", () => {
  it("derives a stable operationId from the method and path", () => {
    expect(operationIdFor("get", "/api/v1/people/{id}/evidence")).toBe("getPeopleByIdEvidence");
    expect(operationIdFor("PATCH", "/api/v1/plans/{id}/goals/{goalId}")).toBe(
      "patchPlansByIdGoalsByGoalId",
    );
    expect(operationIdFor("get", "/api/v1/people/{id}/report.md")).toBe("getPeopleByIdReportMd");
  });

  it("fills operationId, security and path parameter descriptions a route left out", () => {
    const document = completeApiDocument({
      openapi: "3.1.0",
      info: { title: "Pathways", version: "1" },
      paths: {
        "/api/v1/people/{id}": {
          get: {
            parameters: [{ name: "id", in: "path", required: true, schema: { type: "string" } }],
            responses: {},
          },
        },
        "/api/v1/setup": { get: { operationId: "readSetup", security: [], responses: {} } },
      },
    } as unknown as OpenApiDocument);
    const read = document.paths?.["/api/v1/people/{id}"]?.get as Record<string, unknown>;
    expect(read.operationId).toBe("getPeopleById");
    expect(read.security).toEqual([{ session: [] }, { bearer: [] }]);
    expect((read.parameters as Array<{ description: string }>)[0]?.description).toBe(
      "The person's id, as Pathways gave it.",
    );
    const setup = document.paths?.["/api/v1/setup"]?.get as Record<string, unknown>;
    expect(setup).toMatchObject({ operationId: "readSetup", security: [] });
  });

  it("composes an example from field examples, bounds, patterns and default-framework ids", () => {
    const example = composeExample(
      {
        type: "object",
        properties: {
          competency: { type: "string" },
          roleId: { type: "string", pattern: "^[a-z][a-z0-9-]*$" },
          progress: { type: ["integer", "null"], minimum: 0, maximum: 100 },
          level: { type: "integer", minimum: 1, maximum: 5 },
          note: { type: "string", example: "Led the review" },
          version: { type: "string", pattern: "^\\d+\\.\\d+\\.\\d+$" },
          status: { type: "string", enum: ["open", "done"] },
          person: { $ref: "#/components/schemas/Person" },
        },
      },
      { Person: { type: "object", example: { name: "Ava" } } },
    );
    expect(example).toEqual({
      competency: "strategy",
      roleId: "senior-pm",
      progress: 60,
      level: 3,
      note: "Led the review",
      version: "1.0.0",
      status: "open",
      person: { name: "Ava" },
    });
  });
});
