import { describe, expect, it } from "vitest";
import type { DemoLogin } from "./demo-types.ts";
import { describeDemoLogins } from "./describe-demo-logins.ts";

const login = (kind: DemoLogin["kind"], email: string): DemoLogin => ({
  kind,
  email,
  password: "pathways-demo",
  orgRole: kind === "owner" ? "owner" : "member",
  personId: `person-${kind}`,
  description: `${kind} account`,
});

describe("describeDemoLogins", () => {
  const lines = describeDemoLogins({
    name: "Northwind Labs",
    logins: [login("owner", "ada.lee@example.com"), login("member", "bo@example.com")],
  });

  it("lists every account with its email and what it shows, aligned", () => {
    expect(lines[1]).toBe("  owner    ada.lee@example.com  owner account");
    expect(lines[2]).toBe("  member   bo@example.com       member account");
  });

  it("prints the shared password once and warns it is for local demos only", () => {
    expect(lines.filter((line) => line.includes("pathways-demo"))).toHaveLength(1);
    expect(lines[lines.length - 1]).toMatch(/never for real people's data/);
  });
});
