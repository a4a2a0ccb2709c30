import { describe, expect, it, vi } from "vitest";
import { closeOnSignals } from "./close-on-signals.ts";

describe("closeOnSignals", () => {
  it("stops the server, closes the database and exits cleanly on SIGTERM", async () => {
    const steps: string[] = [];
    const exited = new Promise<number>((resolve) => {
      const dispose = closeOnSignals(
        { close: async () => void steps.push("database closed") },
        {
          beforeClose: async () => void steps.push("server stopped"),
          exit: (code) => {
            dispose();
            resolve(code);
          },
        },
      );
    });
    process.emit("SIGTERM");
    expect(await exited).toBe(0);
    expect(steps).toEqual(["server stopped", "database closed"]);
  });

  it("exits with 1 and reports the error when closing fails", async () => {
    const onError = vi.fn();
    const exited = new Promise<number>((resolve) => {
      const dispose = closeOnSignals(
        { close: () => Promise.reject(new Error("disk gone")) },
        {
          onError,
          exit: (code) => {
            dispose();
            resolve(code);
          },
        },
      );
    });
    process.emit("SIGINT");
    expect(await exited).toBe(1);
    expect(onError).toHaveBeenCalledWith(new Error("disk gone"));
  });

  it("no longer reacts once disposed", () => {
    const close = vi.fn(async () => {});
    const before = process.listenerCount("SIGTERM");
    const dispose = closeOnSignals({ close }, { exit: () => {} });
    expect(process.listenerCount("SIGTERM")).toBe(before + 1);
    dispose();
    expect(process.listenerCount("SIGTERM")).toBe(before);
    expect(close).not.toHaveBeenCalled();
  });
});
