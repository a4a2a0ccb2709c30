/**
 * The text drawn on the pages of an uncompressed PDF, one line per TJ operator, decoded through
 * each font's ToUnicode map (embedded fonts draw glyph codes, not letters). Enough for pdfkit's
 * output, not a general PDF reader.
 *
 * @example
 * const text = drawnText(Buffer.from(bytes).toString("latin1"));
 */
export function drawnText(pdf: string): string {
  const objects = new Map<string, string>();
  for (const [, id, body] of pdf.matchAll(/(\d+) 0 obj\b([\s\S]*?)endobj/g)) {
    if (id && body) objects.set(id, body);
  }
  const fonts = new Map<string, Map<number, string>>();
  for (const [, dict] of pdf.matchAll(/\/Font <<([\s\S]*?)>>/g)) {
    for (const [, name, id] of (dict ?? "").matchAll(/\/(\w+) (\d+) 0 R/g)) {
      const cmapId = /\/ToUnicode (\d+) 0 R/.exec(objects.get(id ?? "") ?? "")?.[1];
      if (name && cmapId) fonts.set(name, toUnicodeMap(objects.get(cmapId) ?? ""));
    }
  }
  const lines: string[] = [];
  let font: Map<number, string> | undefined;
  for (const [, name, shown] of pdf.matchAll(/\/(\w+) [\d.]+ Tf|\[([^\]]*)\] TJ/g)) {
    if (name !== undefined) {
      font = fonts.get(name);
      continue;
    }
    const hexes = [...(shown ?? "").matchAll(/<([0-9a-f]*)>/g)].map((match) => match[1] ?? "");
    lines.push(hexes.map((hex) => decode(hex, font)).join(""));
  }
  return lines.join("\n");
}

function decode(hex: string, font: Map<number, string> | undefined): string {
  // Without a ToUnicode map the font is one of PDF's standard ones: one byte per letter.
  if (!font) return Buffer.from(hex, "hex").toString("latin1");
  let text = "";
  for (let at = 0; at < hex.length; at += 4) {
    text += font.get(Number.parseInt(hex.slice(at, at + 4), 16)) ?? "\uFFFD";
  }
  return text;
}

function toUnicodeMap(cmap: string): Map<number, string> {
  const map = new Map<number, string>();
  // A ligature maps to several letters: "<0066 0069>" is "fi".
  const unicode = (hex: string) =>
    String.fromCharCode(
      ...(hex.replace(/\s/g, "").match(/.{4}/g) ?? []).map((unit) => Number.parseInt(unit, 16)),
    );
  for (const [, start, , values] of cmap.matchAll(/<(\w+)> <(\w+)> \[([^\]]*)\]/g)) {
    const first = Number.parseInt(start ?? "0", 16);
    [...(values ?? "").matchAll(/<([0-9a-f\s]+)>/gi)].forEach((match, offset) => {
      map.set(first + offset, unicode(match[1] ?? ""));
    });
  }
  for (const [, code, value] of cmap.matchAll(/^<(\w{4})> <(\w+)>$/gm)) {
    map.set(Number.parseInt(code ?? "0", 16), unicode(value ?? ""));
  }
  return map;
}
