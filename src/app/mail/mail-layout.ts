import { escapeHtml } from "./escape-html.ts";

/** What one mail says: who it is from, to whom, a few paragraphs and the one thing to do. */
export interface MailContent {
  /** The organisation the mail is sent for; it opens and signs the mail. */
  organisationName: string;
  /** The first line, e.g. "Hello Ava,". */
  greeting: string;
  paragraphs: readonly string[];
  /** The one link of the mail: its button label and absolute URL. */
  action: { label: string; url: string };
  /** A closing line in small print, e.g. how to turn these mails off. */
  footer?: string;
}

/** A mail's two bodies: plain text and simple HTML saying the same. */
export interface MailBodies {
  textBody: string;
  htmlBody: string;
}

const font = "font-family:-apple-system,'Segoe UI',Helvetica,Arial,sans-serif;";

function htmlParagraph(text: string, style = "margin:0 0 16px;"): string {
  return `<p style="${style}">${escapeHtml(text)}</p>`;
}

function htmlBodyOf(content: MailContent): string {
  const url = escapeHtml(content.action.url);
  const paragraphs = content.paragraphs.map((text) => htmlParagraph(text)).join("\n");
  const footer = content.footer
    ? htmlParagraph(content.footer, "margin:24px 0 0;font-size:13px;color:#555;")
    : "";
  return `<!doctype html>
<html><head><meta charset="utf-8"><title>${escapeHtml(content.organisationName)}</title></head>
<body style="margin:0;padding:24px;background:#f6f6f4;">
<div style="max-width:560px;margin:0 auto;padding:24px;background:#ffffff;${font}font-size:15px;line-height:1.5;color:#1f1f1f;">
<p style="margin:0 0 16px;font-size:13px;color:#555;">${escapeHtml(content.organisationName)} · Pathways</p>
${htmlParagraph(content.greeting)}
${paragraphs}
<p style="margin:24px 0;"><a href="${url}" style="display:inline-block;padding:10px 18px;background:#1d4ed8;color:#ffffff;text-decoration:none;border-radius:6px;">${escapeHtml(content.action.label)}</a></p>
<p style="margin:0 0 16px;font-size:13px;color:#555;">Or open this link: <a href="${url}" style="color:#1d4ed8;">${url}</a></p>
${footer}
</div>
</body></html>
`;
}

function textBodyOf(content: MailContent): string {
  const lines = [
    content.greeting,
    "",
    ...content.paragraphs.flatMap((text) => [text, ""]),
    `${content.action.label}:`,
    // The link stands alone on its line so every mail client makes it clickable, whole.
    content.action.url,
    "",
    "—",
    `${content.organisationName} · Pathways`,
  ];
  if (content.footer) lines.push(content.footer);
  return `${lines.join("\n")}\n`;
}

/**
 * Lays a mail out as plain text and simple inline-styled HTML: the organisation's name, a
 * greeting, the paragraphs and one clear link. Every piece of text is escaped in the HTML.
 *
 * @example
 * const { textBody, htmlBody } = layoutMail({
 *   organisationName: "Northwind Labs",
 *   greeting: "Hello Ava,",
 *   paragraphs: ["Ben asked for your feedback on their work."],
 *   action: { label: "Give feedback", url: "https://pathways.example.com/feedback/abc" },
 * });
 */
export function layoutMail(content: MailContent): MailBodies {
  return { textBody: textBodyOf(content), htmlBody: htmlBodyOf(content) };
}
