import { describe, expect, it } from "vitest";
import { checkNewPassword, maxPasswordLength, minPasswordLength } from "./check-new-password.ts";

const owner = { email: "ava.lindqvist@example.com", organisationName: "Northwind Product Labs" };

describe("checkNewPassword", () => {
  it("accepts a long passphrase without digits or symbols", () => {
    expect(checkNewPassword("river otter under the bridge", owner)).toEqual([]);
  });

  it("refuses fewer than 12 characters, saying why length matters", () => {
    const [issue] = checkNewPassword("short pass!", owner);
    expect(issue).toMatchObject({ path: "password", message: expect.stringContaining("12") });
    expect(issue?.hint).toMatch(/words/);
    expect(checkNewPassword("x".repeat(minPasswordLength - 1), owner)).toHaveLength(1);
  });

  it("counts characters, not UTF-16 units", () => {
    expect(checkNewPassword("🦦".repeat(minPasswordLength - 1), owner)).toHaveLength(1);
  });

  it("refuses more than 256 characters", () => {
    expect(checkNewPassword(`${"a b ".repeat(64)}c`, owner)[0]?.message).toContain(
      String(maxPasswordLength),
    );
  });

  it("refuses the most common long passwords whatever their case", () => {
    for (const common of ["1q2w3e4r5t6y", "QWERTY123456", "LeaveMeAlone"]) {
      expect(checkNewPassword(common, owner), common).toEqual([
        expect.objectContaining({ message: expect.stringContaining("most commonly used") }),
      ]);
    }
  });

  it("refuses the owner's email or organisation name", () => {
    expect(checkNewPassword("AVA.LINDQVIST@example.com", owner)).toHaveLength(1);
    expect(checkNewPassword("northwind product labs", owner, "newPassword")).toEqual([
      expect.objectContaining({ path: "newPassword" }),
    ]);
  });
});
