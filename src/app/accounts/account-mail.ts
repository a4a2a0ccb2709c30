/** A mail's words: the greeting, the paragraphs and the one link it is about. */
export interface AccountMailContent {
  organisationName: string;
  subject: string;
  greeting: string;
  paragraphs: string[];
  action: { label: string; url: string };
  footer: string;
}

/** A mail rendered as plain text and simple HTML. */
export interface RenderedMail {
  subject: string;
  textBody: string;
  htmlBody: string;
}

function escapeHtml(text: string): string {
  return text
    .replaceAll("&", "&amp;")
    .replaceAll("<", "&lt;")
    .replaceAll(">", "&gt;")
    .replaceAll('"', "&quot;");
}

/**
 * Renders an account mail (invitation, password reset): the organisation's name, plain words and
 * one clear link, as text and as simple HTML.
 *
 * @example
 * const mail = renderAccountMail({ organisationName, subject, greeting, paragraphs, action, footer });
 */
export function renderAccountMail(content: AccountMailContent): RenderedMail {
  const textBody = [
    content.greeting,
    ...content.paragraphs,
    `${content.action.label}: ${content.action.url}`,
    content.footer,
    `— Pathways for ${content.organisationName}`,
  ].join("\n\n");
  const paragraphs = [content.greeting, ...content.paragraphs]
    .map((paragraph) => `<p>${escapeHtml(paragraph)}</p>`)
    .join("\n");
  const htmlBody = [
    `<!doctype html><html><body style="font-family: sans-serif; line-height: 1.5">`,
    `<p><strong>${escapeHtml(content.organisationName)}</strong></p>`,
    paragraphs,
    `<p><a href="${escapeHtml(content.action.url)}">${escapeHtml(content.action.label)}</a></p>`,
    `<p style="color: #555">${escapeHtml(content.footer)}</p>`,
    "</body></html>",
  ].join("\n");
  return { subject: content.subject, textBody, htmlBody };
}
