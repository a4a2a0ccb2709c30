import { Hono } from "hono";
import { describe, expect, it } from "vitest";
import { clientIp, isSecureRequest, requestOrigin } from "./request-facts.ts";

function facts(trustProxy: boolean) {
  const app = new Hono();
  app.get("/", (c) =>
    c.json({
      secure: isSecureRequest(c, trustProxy),
      origin: requestOrigin(c, trustProxy),
      ip: clientIp(c, trustProxy),
    }),
  );
  return app;
}

const proxied = {
  "x-forwarded-proto": "https",
  "x-forwarded-host": "pathways.example.com",
  "x-forwarded-for": "203.0.113.9, 10.0.0.1",
};

describe("request facts", () => {
  it("believes forwarded headers only when the proxy is trusted", async () => {
    const trusted = await (
      await facts(true).request("http://10.0.0.2/", { headers: proxied })
    ).json();
    expect(trusted).toEqual({
      secure: true,
      origin: "https://pathways.example.com",
      ip: "203.0.113.9",
    });
    const direct = await (
      await facts(false).request("http://10.0.0.2/", { headers: proxied })
    ).json();
    expect(direct).toEqual({ secure: false, origin: "http://10.0.0.2", ip: "unknown" });
  });

  it("counts a direct https request as secure", async () => {
    const body = await (await facts(false).request("https://pathways.example.com/")).json();
    expect(body.secure).toBe(true);
  });
});
