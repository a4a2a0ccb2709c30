import type { Context } from "hono";
import { Refusal } from "../../app/refusal.ts";
import { ProblemError, type ProblemKind, problemKinds } from "../problem.ts";
import { inlinePageContentSecurityPolicy } from "../security-headers.ts";
import { SsoFlowError } from "./sso-flow-error.ts";

const style = `body{font:16px/1.5 system-ui,sans-serif;max-width:32rem;margin:3rem auto;padding:0 1rem;color:#1d2330}
a{color:#1f5fbf}`;
const contentSecurityPolicy = inlinePageContentSecurityPolicy({ styles: [style] });

const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (ch) => `&#${ch.charCodeAt(0)};`);

function page(message: string): string {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width,initial-scale=1"><title>Single sign-on did not sign you in</title>
<style>${style}</style></head><body><main><h1>Single sign-on did not sign you in</h1>
<p role="alert">${escapeHtml(message)}</p><p><a href="/">Back to the sign-in page</a></p></main></body></html>`;
}

/**
 * Answers a sign-in that could not go on: a small page for a browser (which reaches the SSO
 * routes by navigation), problem+json for anything else; other errors go on to the error handler.
 */
export function answerSsoFailure(c: Context, error: unknown): Response {
  let kind: ProblemKind;
  if (error instanceof SsoFlowError || error instanceof Refusal) kind = error.kind;
  else throw error;
  const detail = error.message;
  if ((c.req.header("accept") ?? "").includes("text/html")) {
    return c.html(page(detail), problemKinds[kind].status, {
      "content-security-policy": contentSecurityPolicy,
    });
  }
  throw new ProblemError({ kind, detail });
}
