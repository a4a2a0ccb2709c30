/** How the server sends mail: through an SMTP server, or not at all (mails are kept). */
export type MailSettings =
  | { kind: "smtp"; url: string; from: string; password: string | null }
  | { kind: "keep" };

/** The mail settings, or why they are refused. */
export type MailSettingsReading =
  | { ok: true; settings: MailSettings }
  | { ok: false; message: string };

/**
 * Reads `SMTP_URL` and `PATHWAYS_MAIL_FROM`. Without `SMTP_URL` mails are kept for the Outbox
 * page; with it, the URL must be smtp:// or smtps:// and a From address is needed.
 *
 * @example
 * readMailSettings({ smtpUrl: "smtp://user:pass@mail.example.com:587", from: "Pathways <pathways@example.com>" });
 */
export function readMailSettings(input: { smtpUrl?: string; from?: string }): MailSettingsReading {
  const raw = input.smtpUrl?.trim();
  if (!raw) return { ok: true, settings: { kind: "keep" } };
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    // The value may hold a password: it is never repeated back.
    return {
      ok: false,
      message:
        "SMTP_URL is not a URL; use e.g. SMTP_URL=smtp://user:password@mail.example.com:587.",
    };
  }
  if (url.protocol !== "smtp:" && url.protocol !== "smtps:") {
    return {
      ok: false,
      message: "SMTP_URL must start with smtp:// (STARTTLS, port 587) or smtps:// (TLS, port 465).",
    };
  }
  const from = input.from?.trim();
  if (!from || !/@[^@\s>]+>?$/.test(from)) {
    return {
      ok: false,
      message:
        'PATHWAYS_MAIL_FROM must name the sender address mails come from, e.g. PATHWAYS_MAIL_FROM="Pathways <pathways@example.com>".',
    };
  }
  const password = url.password ? decodeURIComponent(url.password) : null;
  return { ok: true, settings: { kind: "smtp", url: raw, from, password } };
}
