const entities: Record<string, string> = {
  "&": "&amp;",
  "<": "&lt;",
  ">": "&gt;",
  '"': "&quot;",
  "'": "&#39;",
};

/**
 * Text made safe to place in HTML, in element content and in quoted attribute values alike.
 *
 * @example
 * escapeHtml('Ava & "Ben"'); // "Ava &amp; &quot;Ben&quot;"
 */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (ch) => entities[ch] ?? ch);
}
