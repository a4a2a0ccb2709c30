import { describe, expect, it } from "vitest";
import { createSetupGate } from "./setup-gate.ts";

describe("createSetupGate", () => {
  it("accepts its token until closed", () => {
    const gate = createSetupGate({ open: true, token: "t-1" });
    expect(gate.accepts("t-2")).toBe(false);
    expect(gate.accepts("t-1")).toBe(true);
    gate.close();
    expect(gate.token).toBeNull();
    expect(gate.accepts("t-1")).toBe(false);
  });

  it("makes a long random token when opened without one", () => {
    const gate = createSetupGate({ open: true });
    expect(gate.token?.length).toBeGreaterThanOrEqual(40);
    expect(createSetupGate({ open: false }).token).toBeNull();
  });
});
