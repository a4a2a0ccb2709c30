import { describe, expect, it } from "vitest";
import { readKeys } from "./assess-keys.ts";

describe("readKeys", () => {
  it("names arrows, enter, backspace and ctrl-c and keeps printable runs as text", () => {
    expect(readKeys("\x1b[A\x1b[Bgood work\x7f\r\x03")).toEqual([
      { kind: "up" },
      { kind: "down" },
      { kind: "text", text: "good work" },
      { kind: "backspace" },
      { kind: "enter" },
      { kind: "interrupt" },
    ]);
  });

  it("drops escape sequences it does not know, such as the left arrow", () => {
    expect(readKeys("a\x1b[Db")).toEqual([
      { kind: "text", text: "a" },
      { kind: "text", text: "b" },
    ]);
  });
});
