import { describe, expect, it } from "vitest";
import { type OpenApiDocument, renderDocsPage } from "./docs-page.ts";

const document = {
  openapi: "3.1.0",
  info: { title: "Pathways", version: "1.0.0", description: "Career <progression>." },
  paths: {
    "/api/v1/people": {
      get: {
        tags: ["people"],
        summary: "List people",
        responses: { 200: { description: "A page" } },
      },
      post: { tags: ["people"], summary: "Add <b>a</b> person", responses: {} },
    },
    "/healthz": { get: { summary: "Liveness", responses: {} } },
  },
} as unknown as OpenApiDocument;

describe("renderDocsPage", () => {
  it("lists every operation under its tag", () => {
    const html = renderDocsPage(document);
    expect(html).toContain('<h2 id="tag-people-h">people</h2>');
    expect(html).toContain('<h2 id="tag-other-h">other</h2>');
    expect(html.match(/class="op"/g)).toHaveLength(3);
    expect(html).toContain("<code>200</code> A page");
  });

  it("escapes text from the document", () => {
    const html = renderDocsPage(document);
    expect(html).toContain("Add &#60;b&#62;a&#60;/b&#62; person");
    expect(html).not.toContain("<b>a</b>");
    expect(html).toContain("Career &#60;progression&#62;.");
  });

  it("shows request and response bodies field by field, with named schemas linked", () => {
    const html = renderDocsPage({
      openapi: "3.1.0",
      info: { title: "Pathways", version: "1.0.0" },
      paths: {
        "/api/v1/people": {
          post: {
            summary: "Add a person",
            requestBody: {
              required: true,
              content: {
                "application/json": { schema: { $ref: "#/components/schemas/PersonInput" } },
              },
            },
            responses: {
              201: {
                description: "Added",
                content: {
                  "application/json": {
                    schema: {
                      type: "object",
                      required: ["person"],
                      properties: { person: { $ref: "#/components/schemas/Person" } },
                    },
                  },
                },
              },
            },
          },
        },
      },
      components: {
        schemas: {
          PersonInput: {
            type: "object",
            description: "A new person.",
            required: ["name"],
            properties: { name: { type: "string", description: "Their full name." } },
            example: { name: "Ava Lindqvist" },
          },
          Person: { type: "object", properties: { id: { type: "string", format: "uuid" } } },
        },
      },
    } as unknown as OpenApiDocument);
    expect(html).toContain('<a href="#schema-PersonInput">PersonInput</a>');
    expect(html).toContain(
      '<code>person</code> <a href="#schema-Person">Person</a> <em>required</em>',
    );
    expect(html).toContain('id="schema-PersonInput"');
    expect(html).toContain("<code>name</code> string <em>required</em> — Their full name.");
    expect(html).toContain("&#34;Ava Lindqvist&#34;");
    expect(html).not.toContain("$ref");
  });
});
