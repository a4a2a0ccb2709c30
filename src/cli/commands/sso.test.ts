import { afterEach, beforeAll, describe, expect, it } from "vitest";
import { runCli, seedDemoDataDir } from "../../../test/cli.ts";

let dataDir: string;

beforeAll(async () => {
  dataDir = (await seedDemoDataDir(async () => null)).dataDir;
}, 120_000);
afterEach(() => {
  process.exitCode = undefined;
  delete process.env.TEST_OIDC_SECRET;
});

const sso = (...args: string[]) => runCli("sso", ...args, "--data-dir", dataDir);

describe("pathways sso", { timeout: 60_000 }, () => {
  it("configures, shows and disables single sign-on, audited, never showing the secret", async () => {
    const empty = await sso(
      "configure",
      "--issuer",
      "https://login.example.com",
      "--client-id",
      "p",
      "--client-secret-env",
      "TEST_OIDC_SECRET",
    );
    expect(empty.code).not.toBe(0);
    expect(empty.stderr).toContain("TEST_OIDC_SECRET is empty");

    const insecure = await sso(
      "configure",
      "--issuer",
      "http://login.example.com",
      "--client-id",
      "p",
    );
    expect(insecure.code).not.toBe(0);
    expect(insecure.stderr).toContain("issuer: The issuer must use https.");

    const noBreakGlass = await sso(
      "configure",
      "--issuer",
      "https://login.example.com",
      "--client-id",
      "p",
      "--require-sso",
    );
    expect(noBreakGlass.stderr).toContain(
      "breakGlass: Requiring single sign-on needs a break-glass owner.",
    );

    process.env.TEST_OIDC_SECRET = "very-secret-value";
    const set = await sso(
      "configure",
      "--issuer",
      "https://login.example.com",
      "--client-id",
      "pathways",
      "--client-secret-env",
      "TEST_OIDC_SECRET",
      "--allow-jit",
    );
    expect(set.stderr).toBe("");
    expect(set.stdout).toContain("now signs in with https://login.example.com");

    const shown = await sso("show");
    expect(shown.stdout).toContain("Client id: pathways");
    expect(shown.stdout).toContain("Client secret: set");
    expect(shown.stdout).toContain("Just-in-time people: yes");
    expect(shown.stdout).not.toContain("very-secret-value");

    const audit = await runCli("audit", "--data-dir", dataDir, "--action", "sso:configure");
    expect(audit.code).toBe(0);
    expect(audit.stdout).not.toContain("very-secret-value");

    expect((await sso("disable")).stdout).toContain("no longer signs in with single sign-on");
    expect((await sso("show")).stdout).toContain("has no single sign-on set up");
  });

  it("creates a SCIM token shown once", async () => {
    const created = await sso("scim-token", "create", "Okta");
    expect(created.stderr).toBe("");
    expect(created.stdout).toMatch(/^scim_[A-Za-z0-9_-]{40,}$/m);
  });
});
