import type { OpenAPIHono } from "@hono/zod-openapi";
import { galleryFrameworks } from "../framework/gallery.ts";
import type { AppEnv } from "./app-env.ts";
import type { SetupGate } from "./auth/setup-gate.ts";
import { inlinePageContentSecurityPolicy } from "./security-headers.ts";

const style = `body{font:16px/1.5 system-ui,sans-serif;max-width:28rem;margin:3rem auto;padding:0 1rem;color:#1d2330}
label{display:block;margin:.8rem 0 .2rem}input,select{width:100%;padding:.5rem;font:inherit;box-sizing:border-box}
button{margin-top:1.2rem;padding:.6rem 1.2rem;font:inherit}#out{margin-top:1rem;white-space:pre-line}`;

const script = `
const form = document.getElementById("f"), out = document.getElementById("out");
form.addEventListener("submit", async (event) => {
  event.preventDefault();
  const body = Object.fromEntries(new FormData(form));
  body.token = new URLSearchParams(location.search).get("token") || "";
  const res = await fetch("/api/v1/setup", { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(body) });
  const answer = await res.json();
  if (res.ok) { form.remove(); out.textContent = "Done: you are signed in as the owner of " + body.organisationName + "."; return; }
  const fields = (answer.errors || []).map((e) => e.message + " " + e.hint);
  out.textContent = [answer.title, ...(fields.length > 0 ? fields : [answer.detail])].join("\\n");
});
`;

// The page's own style and script, by hash: nothing else may run or load.
const contentSecurityPolicy = inlinePageContentSecurityPolicy({
  styles: [style],
  scripts: [script],
  connect: true,
});

const escapeHtml = (text: string) =>
  text.replaceAll("&", "&amp;").replaceAll("<", "&lt;").replaceAll('"', "&quot;");
const startingPoints = galleryFrameworks
  .map(
    (item) =>
      `<option value="${item.id}">${escapeHtml(`${item.name}: ${item.description}`)}</option>`,
  )
  .join("");

const page = `<!doctype html><html lang="en"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width,initial-scale=1"><title>Set up Pathways</title>
<style>${style}</style></head>
<body><h1>Set up Pathways</h1><p>Create your organisation and its owner account. This link works once.</p>
<form id="f"><label for="o">Organisation name</label><input id="o" name="organisationName" required>
<label for="n">Your name</label><input id="n" name="name" required>
<label for="e">Email</label><input id="e" name="email" type="email" required>
<label for="p">Password (at least 12 characters)</label><input id="p" name="password" type="password" minlength="12" required>
<label for="s">Start from</label><select id="s" name="startingPoint">${startingPoints}</select>
<button>Create</button></form><div id="out" role="status"></div>
<script>${script}</script></body></html>`;

/**
 * Serves a small self-contained page at `/setup` while the one-time setup is open, so the link
 * printed on first start works before any web app is built; once set up it steps aside.
 *
 * @example
 * mountSetupPage(app, { gate });
 */
export function mountSetupPage(app: OpenAPIHono<AppEnv>, deps: { gate: SetupGate }): void {
  app.get("/setup", async (c, next) => {
    if (deps.gate.token === null) return next();
    return c.html(page, 200, { "content-security-policy": contentSecurityPolicy });
  });
}
