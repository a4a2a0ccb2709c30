import { Hono } from "hono";
import { describe, expect, it } from "vitest";
import { clientIp, isSecureRequest, proxyHopsOf, requestOrigin } from "./request-facts.ts";

function facts(proxyHops: number) {
  const app = new Hono();
  app.get("/", (c) =>
    c.json({
      secure: isSecureRequest(c, proxyHops),
      origin: requestOrigin(c, proxyHops),
      ip: clientIp(c, proxyHops),
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
    const trusted = await (await facts(2).request("http://10.0.0.2/", { headers: proxied })).json();
    expect(trusted).toEqual({
      secure: true,
      origin: "https://pathways.example.com",
      ip: "203.0.113.9",
    });
    const direct = await (await facts(0).request("http://10.0.0.2/", { headers: proxied })).json();
    expect(direct).toEqual({ secure: false, origin: "http://10.0.0.2", ip: "unknown" });
  });

  it("reads the client address the given number of hops from the right", async () => {
    const ipOf = async (hops: number, forwardedFor: string) =>
      (
        await (
          await facts(hops).request("http://10.0.0.2/", {
            headers: { "x-forwarded-for": forwardedFor },
          })
        ).json()
      ).ip;
    // One proxy appended the address it saw; whatever the client wrote before it is ignored.
    expect(await ipOf(1, "198.51.100.7")).toBe("198.51.100.7");
    expect(await ipOf(1, "1.2.3.4, 198.51.100.7")).toBe("198.51.100.7");
    expect(await ipOf(1, "1.2.3.4,5.6.7.8 , 198.51.100.7")).toBe("198.51.100.7");
    expect(await ipOf(2, "1.2.3.4, 198.51.100.7, 10.0.0.1")).toBe("198.51.100.7");
    expect(await ipOf(3, "198.51.100.7, 10.0.0.1")).toBe("198.51.100.7");
    expect(await ipOf(1, " , ")).toBe("unknown");
    expect(await ipOf(0, "198.51.100.7")).toBe("unknown");
  });

  it("takes true as one proxy and refuses a count that is not a small whole number", () => {
    expect(proxyHopsOf(undefined)).toBe(0);
    expect(proxyHopsOf(false)).toBe(0);
    expect(proxyHopsOf(true)).toBe(1);
    expect(proxyHopsOf(3)).toBe(3);
    expect(() => proxyHopsOf(-1)).toThrow(/whole number from 0 to 10/);
    expect(() => proxyHopsOf(1.5)).toThrow(/got 1.5/);
    expect(() => proxyHopsOf(11)).toThrow(/reverse proxies/);
  });

  it("counts a direct https request as secure", async () => {
    const body = await (await facts(0).request("https://pathways.example.com/")).json();
    expect(body.secure).toBe(true);
  });
});
