import { createHash } from "node:crypto";
import { promisify } from "node:util";
import { gunzip, gzip, gzipSync } from "node:zlib";
import type { Context } from "hono";

/** A JSON answer serialised and gzipped once, to be sent as often as asked without more work. */
export interface PreparedJson {
  gzip: Uint8Array;
  /** A weak ETag of the JSON text. */
  etag: string;
}

// Level 3 is about twice as fast as the default 6 for 5–10% more bytes on analytics answers.
const gzipLevel = 3;
const gunzipAsync = promisify(gunzip);
const gzipAsync = promisify(gzip);

function etagOf(json: string): string {
  return `W/"${createHash("sha1").update(json).digest("base64url")}"`;
}

/**
 * Gzips a JSON text and tags it. Synchronous, for a worker thread.
 *
 * @example const prepared = prepareJson(JSON.stringify(answer));
 */
export function prepareJson(json: string): PreparedJson {
  return { gzip: gzipSync(json, { level: gzipLevel }), etag: etagOf(json) };
}

/**
 * {@link prepareJson} on the request thread: the gzip runs in the thread pool meanwhile.
 *
 * @example const prepared = await prepareJsonAsync(JSON.stringify(summary));
 */
export async function prepareJsonAsync(json: string): Promise<PreparedJson> {
  return { gzip: await gzipAsync(json, { level: gzipLevel }), etag: etagOf(json) };
}

function acceptsGzip(header: string | undefined): boolean {
  if (header === undefined) return false;
  return header.split(",").some((part) => {
    const [coding, ...params] = part.trim().toLowerCase().split(";");
    if (coding !== "gzip" && coding !== "*") return false;
    return !params.some((param) => /^\s*q=0(\.0*)?\s*$/.test(param));
  });
}

/**
 * Answers 200 with a prepared JSON body: its gzip bytes as they are when the client accepts
 * gzip, else the text unzipped off the request thread. The ETag goes along, so the revalidation
 * middleware can answer 304 without hashing the body again.
 *
 * @example return sendPreparedJson(c, await answerFor(revision));
 */
export async function sendPreparedJson(c: Context, prepared: PreparedJson): Promise<Response> {
  const headers: Record<string, string> = {
    "content-type": "application/json",
    etag: prepared.etag,
    vary: "Accept-Encoding",
  };
  if (acceptsGzip(c.req.header("accept-encoding"))) {
    return c.body(prepared.gzip as Uint8Array<ArrayBuffer>, 200, {
      ...headers,
      "content-encoding": "gzip",
    });
  }
  const text = await gunzipAsync(prepared.gzip);
  return c.body(new Uint8Array(text), 200, headers);
}
