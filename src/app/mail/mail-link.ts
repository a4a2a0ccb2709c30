/**
 * The one link of a mail laid out by `layoutMail`: the first line of its plain text that is a
 * web address, or null. The kept-mail log line and the Outbox page show it.
 *
 * @example
 * mailLink("Hello,\n\nOpen it:\nhttps://pathways.example.com/x\n"); // "https://pathways.example.com/x"
 */
export function mailLink(textBody: string): string | null {
  const line = textBody.split("\n").find((text) => /^https?:\/\/\S+$/.test(text.trim()));
  return line?.trim() ?? null;
}
