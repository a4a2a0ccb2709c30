/** A public URL read from the command line or the environment: the URL, or why it is refused. */
export type PublicUrlReading = { ok: true; url: string } | { ok: false; message: string };

/**
 * Checks the address people reach Pathways at (`--public-url`, `PATHWAYS_PUBLIC_URL`): an absolute
 * http(s) URL without query, fragment or credentials. Answers it without a trailing slash, so
 * links are built as `${url}/path`.
 *
 * @example
 * readPublicUrl("https://pathways.example.com/"); // { ok: true, url: "https://pathways.example.com" }
 */
export function readPublicUrl(value: string): PublicUrlReading {
  const example = "e.g. --public-url https://pathways.example.com";
  let url: URL;
  try {
    url = new URL(value.trim());
  } catch {
    return { ok: false, message: `"${value}" is not a URL; give the full address, ${example}.` };
  }
  if (url.protocol !== "http:" && url.protocol !== "https:") {
    return {
      ok: false,
      message: `the public URL must start with https:// or http://, ${example}.`,
    };
  }
  if (url.search || url.hash || url.username || url.password) {
    return {
      ok: false,
      message: `the public URL takes no query, fragment or password; give only the address, ${example}.`,
    };
  }
  return { ok: true, url: url.href.replace(/\/+$/, "") };
}
