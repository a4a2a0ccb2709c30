import { bodyFont, boldFont } from "./pdf-fonts.ts";
import type { ReportTable } from "./report-lines.ts";

/** The part of a pdfkit document the layout draws with. */
type Doc = PDFKit.PDFDocument;

/** Drawing helpers over one pdfkit document that keep a cursor and break pages cleanly. */
export interface PdfLayout {
  doc: Doc;
  heading(text: string, level?: 1 | 2 | 3): void;
  paragraph(text: string, options?: { muted?: boolean; size?: number }): void;
  /** A table whose columns take the given shares of the page width; the header repeats per page. */
  table(section: ReportTable, shares: number[]): void;
  /** A labelled horizontal bar: value out of max, with an optional marker (e.g. the expectation). */
  bar(label: string, value: number | null, max: number, caption: string): void;
  gap(points: number): void;
}

const ink = "#1f2933";
const muted = "#616e7c";
const rule = "#cbd2d9";
const accent = "#2f6fde";
const fill = "#e4e7eb";
const pad = 4;

/**
 * Wraps a pdfkit document in the few layout primitives a report needs: headings, paragraphs,
 * tables with repeating headers, and bars.
 *
 * @example
 * const layout = pdfLayout(new PDFDocument({ size: "A4" }));
 * layout.heading("Profile", 2);
 */
export function pdfLayout(doc: Doc): PdfLayout {
  const left = doc.page.margins.left;
  const width = doc.page.width - left - doc.page.margins.right;
  const bottom = () => doc.page.height - doc.page.margins.bottom;

  function ensure(height: number): void {
    if (doc.y + height > bottom()) doc.addPage();
  }

  function heading(text: string, level: 1 | 2 | 3 = 2): void {
    const size = level === 1 ? 22 : level === 2 ? 15 : 11.5;
    ensure(level === 1 ? size * 3 : 64);
    if (level === 2) doc.moveDown(0.8);
    doc.font(boldFont).fontSize(size).fillColor(ink).text(text, left, doc.y, { width });
    if (level === 2) {
      const y = doc.y + 2;
      doc
        .moveTo(left, y)
        .lineTo(left + width, y)
        .lineWidth(0.8)
        .strokeColor(rule)
        .stroke();
      doc.y = y + 6;
    } else {
      doc.moveDown(0.3);
    }
  }

  function paragraph(text: string, options: { muted?: boolean; size?: number } = {}): void {
    doc
      .font(bodyFont)
      .fontSize(options.size ?? 10)
      .fillColor(options.muted ? muted : ink);
    ensure(doc.heightOfString(text, { width }));
    doc.text(text, left, doc.y, { width });
    doc.moveDown(0.4);
  }

  function rowHeight(cells: string[], widths: number[], bold: boolean): number {
    doc.font(bold ? boldFont : bodyFont).fontSize(8.5);
    let tallest = 0;
    cells.forEach((cell, index) => {
      const inner = (widths[index] ?? 0) - pad * 2;
      tallest = Math.max(tallest, doc.heightOfString(cell || " ", { width: inner }));
    });
    return tallest + pad * 2;
  }

  function drawRow(cells: string[], widths: number[], header: boolean): void {
    const height = rowHeight(cells, widths, header);
    const top = doc.y;
    if (header) doc.rect(left, top, width, height).fillColor(fill).fill();
    let x = left;
    cells.forEach((cell, index) => {
      const cellWidth = widths[index] ?? 0;
      doc
        .font(header ? boldFont : bodyFont)
        .fontSize(8.5)
        .fillColor(ink)
        .text(cell, x + pad, top + pad, { width: cellWidth - pad * 2 });
      x += cellWidth;
    });
    doc
      .moveTo(left, top + height)
      .lineTo(left + width, top + height)
      .lineWidth(0.5)
      .strokeColor(rule)
      .stroke();
    doc.y = top + height;
  }

  function table(section: ReportTable, shares: number[]): void {
    const total = shares.reduce((sum, share) => sum + share, 0);
    const widths = shares.map((share) => (share / total) * width);
    ensure(rowHeight(section.header, widths, true) * 2);
    drawRow(section.header, widths, true);
    for (const row of section.rows) {
      if (doc.y + rowHeight(row, widths, false) > bottom()) {
        doc.addPage();
        drawRow(section.header, widths, true);
      }
      drawRow(row, widths, false);
    }
    doc.x = left;
    doc.moveDown(0.6);
  }

  /** Shortens text with an ellipsis until it fits on one line of the given width. */
  function fitWidth(text: string, room: number): string {
    if (doc.widthOfString(text) <= room) return text;
    let cut = text;
    while (cut.length > 1 && doc.widthOfString(`${cut}…`) > room) cut = cut.slice(0, -1);
    return `${cut.trimEnd()}…`;
  }

  function bar(label: string, value: number | null, max: number, caption: string): void {
    ensure(16);
    const top = doc.y;
    const labelWidth = width * 0.34;
    const barWidth = width * 0.42;
    const x = left + labelWidth;
    doc.font(bodyFont).fontSize(8.5).fillColor(ink);
    doc.text(fitWidth(label, labelWidth - pad * 2), left, top + 1, { lineBreak: false });
    doc
      .rect(x, top + 1, barWidth, 9)
      .fillColor(fill)
      .fill();
    if (value !== null) {
      const share = Math.max(0, Math.min(1, value / max));
      doc
        .rect(x, top + 1, barWidth * share, 9)
        .fillColor(accent)
        .fill();
    }
    doc
      .fillColor(muted)
      .text(caption, x + barWidth + pad * 2, top + 1, { width: width - labelWidth - barWidth });
    doc.x = left;
    doc.y = top + 15;
  }

  return {
    doc,
    heading,
    paragraph,
    table,
    bar,
    gap: (points) => {
      doc.y += points;
    },
  };
}
