import { describe, expect, it } from "vitest";
import { readPublicUrl } from "./public-url.ts";

describe("reading the public URL", () => {
  it("answers an address without its trailing slash, a path kept", () => {
    expect(readPublicUrl("https://pathways.example.com/")).toEqual({
      ok: true,
      url: "https://pathways.example.com",
    });
    expect(readPublicUrl("http://intranet:8080/pathways/")).toEqual({
      ok: true,
      url: "http://intranet:8080/pathways",
    });
  });

  it.each([
    ["pathways.example.com", /not a URL/],
    ["ftp://pathways.example.com", /https:\/\//],
    ["https://pathways.example.com/?x=1", /no query/],
    ["https://me:secret@pathways.example.com", /no query, fragment or password/],
  ])("refuses %s with a hint", (value, message) => {
    const reading = readPublicUrl(value);
    expect(reading.ok).toBe(false);
    if (!reading.ok) {
      expect(reading.message).toMatch(message);
      expect(reading.message).toContain("--public-url https://");
    }
  });
});
