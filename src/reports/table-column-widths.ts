import type { ReportTable } from "./report-lines.ts";

/** What {@link tableColumnWidths} measures with. */
export interface ColumnWidthOptions {
  section: ReportTable;
  /** Each column's share of the width when every word fits anyway. */
  shares: number[];
  /** The table's whole width, in points. */
  width: number;
  /** Padding on each side of a cell's text. */
  pad: number;
  fonts: { header: string; body: string };
  size: number;
}

// A single very long word (a link, say) may still wrap rather than squeeze every other column.
const longestWordShare = 0.4;

function widestWord(doc: PDFKit.PDFDocument, cells: readonly string[], font: string): number {
  doc.font(font);
  let widest = 0;
  for (const cell of cells) {
    for (const word of cell.split(/\s+/)) widest = Math.max(widest, doc.widthOfString(word));
  }
  return widest;
}

/**
 * Column widths for a table: the given shares of the width, except that no column is narrower
 * than its longest word (header words in bold), so "Readiness" never breaks as "Readines s";
 * the room a column needs is taken from the columns that have room to spare.
 *
 * @example tableColumnWidths(doc, { section, shares: [3, 1, 6], width: 495, pad: 4, fonts, size: 8.5 })
 */
export function tableColumnWidths(doc: PDFKit.PDFDocument, options: ColumnWidthOptions): number[] {
  const { section, shares, width, pad, fonts } = options;
  doc.fontSize(options.size);
  const least = shares.map((_, index) => {
    const header = widestWord(doc, [section.header[index] ?? ""], fonts.header);
    const body = widestWord(
      doc,
      section.rows.map((row) => row[index] ?? ""),
      fonts.body,
    );
    // A point to spare: pdfkit wraps a word that fits only to the last fraction of a point.
    return Math.min(Math.max(header, body) + pad * 2 + 1, width * longestWordShare);
  });
  const fixed = new Set<number>();
  let widths = shares.map(() => 0);
  // Fix each column that its share leaves too narrow at its least width, then share out the rest.
  for (let round = 0; round <= shares.length; round++) {
    const room = width - [...fixed].reduce((sum, index) => sum + (least[index] ?? 0), 0);
    const open = shares.reduce((sum, share, index) => (fixed.has(index) ? sum : sum + share), 0);
    widths = shares.map((share, index) =>
      fixed.has(index) ? (least[index] ?? 0) : (share / open) * room,
    );
    const tooNarrow = widths.findIndex(
      (columnWidth, index) => !fixed.has(index) && columnWidth < (least[index] ?? 0),
    );
    if (tooNarrow < 0) break;
    fixed.add(tooNarrow);
  }
  return widths;
}
