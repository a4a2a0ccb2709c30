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

  it("names the left arrow and a lone esc, and drops escape sequences it does not know", () => {
    expect(readKeys("a\x1b[Db\x1b[Cc")).toEqual([
      { kind: "text", text: "a" },
      { kind: "left" },
      { kind: "text", text: "b" },
      { kind: "text", text: "c" },
    ]);
    expect(readKeys("\x1b")).toEqual([{ kind: "escape" }]);
  });
});
