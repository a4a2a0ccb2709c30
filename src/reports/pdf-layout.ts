import { bodyFont, boldFont } from "./pdf-fonts.ts";
import type { ReportTable } from "./report-lines.ts";
import { tableColumnWidths } from "./table-column-widths.ts";

/** The part of a pdfkit document the layout draws with. */
type Doc = PDFKit.PDFDocument;

/** Drawing helpers over one pdfkit document that keep a cursor and break pages cleanly. */
export interface PdfLayout {
  doc: Doc;
  heading(text: string, level?: 1 | 2 | 3): void;
  paragraph(text: string, options?: { muted?: boolean; size?: number }): void;
  /** A bulleted list, each item wrapping under its own text. */
  list(items: readonly string[], options?: { size?: number }): void;
  /** A table whose columns take the given shares of the page width; the header repeats per page. */
  table(section: ReportTable, shares: number[]): void;
  /** A labelled horizontal bar: value out of max, with a caption saying the value in words. */
  bar(label: string, value: number | null, max: number, caption: string): void;
  gap(points: number): void;
}

const ink = "#1f2933";
const muted = "#616e7c";
const rule = "#cbd2d9";
const accent = "#2f6fde";
const fill = "#e4e7eb";
const pad = 4;
const cellSize = 8.5;
const bulletIndent = 12;

/**
 * Wraps a tagged pdfkit document in the few layout primitives a report needs: headings,
 * paragraphs, lists, tables with repeating headers, and bars. Everything a reader needs is tagged
 * (headings, paragraphs, list items, table header and data cells) so screen readers can follow
 * the report; rules, fills and bars are marked as decoration.
 *
 * @example
 * const layout = pdfLayout(new PDFDocument({ size: "A4", tagged: true }));
 * layout.heading("Profile", 2);
 */
export function pdfLayout(doc: Doc): PdfLayout {
  const left = doc.page.margins.left;
  const width = doc.page.width - left - doc.page.margins.right;
  const bottom = () => doc.page.height - doc.page.margins.bottom;
  const root = doc.struct("Document");
  doc.addStructure(root);

  function ensure(height: number): void {
    if (doc.y + height > bottom()) doc.addPage();
  }

  /** Draws what only decorates (rules, fills, bars): screen readers skip it. */
  function decoration(draw: () => void): void {
    doc.markContent("Artifact", { type: "Layout" });
    draw();
    doc.endMarkedContent();
  }

  function heading(text: string, level: 1 | 2 | 3 = 2): void {
    const size = level === 1 ? 22 : level === 2 ? 15 : 11.5;
    ensure(level === 1 ? size * 3 : 64);
    if (level === 2) doc.moveDown(0.8);
    doc.font(boldFont).fontSize(size).fillColor(ink);
    root.add(doc.struct(`H${level}`, {}, () => doc.text(text, left, doc.y, { width })));
    if (level === 2) {
      const y = doc.y + 2;
      decoration(() => {
        doc
          .moveTo(left, y)
          .lineTo(left + width, y)
          .lineWidth(0.8)
          .strokeColor(rule)
          .stroke();
      });
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
    root.add(doc.struct("P", {}, () => doc.text(text, left, doc.y, { width })));
    doc.moveDown(0.4);
  }

  function list(items: readonly string[], options: { size?: number } = {}): void {
    if (items.length === 0) return;
    const structure = doc.struct("L");
    root.add(structure);
    const inner = width - bulletIndent;
    for (const item of items) {
      doc
        .font(bodyFont)
        .fontSize(options.size ?? 10)
        .fillColor(ink);
      ensure(doc.heightOfString(item, { width: inner }));
      const top = doc.y;
      structure.add(
        doc.struct("LI", {}, [
          doc.struct("Lbl", {}, () => doc.text("•", left, top, { lineBreak: false })),
          doc.struct("LBody", {}, () => doc.text(item, left + bulletIndent, top, { width: inner })),
        ]),
      );
      doc.moveDown(0.3);
    }
    structure.end();
    doc.x = left;
    doc.moveDown(0.1);
  }

  function rowHeight(cells: readonly string[], widths: number[], bold: boolean): number {
    doc.font(bold ? boldFont : bodyFont).fontSize(cellSize);
    let tallest = 0;
    cells.forEach((cell, index) => {
      const inner = (widths[index] ?? 0) - pad * 2;
      tallest = Math.max(tallest, doc.heightOfString(cell || " ", { width: inner }));
    });
    return tallest + pad * 2;
  }

  /** One row; a header repeated on a later page is decoration, as it was read already. */
  function drawRow(
    cells: readonly string[],
    widths: number[],
    kind: "header" | "row" | "repeated-header",
    table: PDFKit.PDFStructureElement,
  ): void {
    const header = kind !== "row";
    const height = rowHeight(cells, widths, header);
    const top = doc.y;
    if (header) decoration(() => doc.rect(left, top, width, height).fillColor(fill).fill());
    const row = kind === "repeated-header" ? null : doc.struct("TR");
    if (row) table.add(row);
    let x = left;
    cells.forEach((cell, index) => {
      const cellWidth = widths[index] ?? 0;
      const at = x + pad;
      const draw = () =>
        doc
          .font(header ? boldFont : bodyFont)
          .fontSize(cellSize)
          .fillColor(ink)
          .text(cell, at, top + pad, { width: cellWidth - pad * 2 });
      if (row) row.add(doc.struct(header ? "TH" : "TD", {}, draw));
      else decoration(draw);
      x += cellWidth;
    });
    row?.end();
    decoration(() => {
      doc
        .moveTo(left, top + height)
        .lineTo(left + width, top + height)
        .lineWidth(0.5)
        .strokeColor(rule)
        .stroke();
    });
    doc.y = top + height;
  }

  function table(section: ReportTable, shares: number[]): void {
    const widths = tableColumnWidths(doc, {
      section,
      shares,
      width,
      pad,
      fonts: { header: boldFont, body: bodyFont },
      size: cellSize,
    });
    const structure = doc.struct("Table");
    root.add(structure);
    ensure(rowHeight(section.header, widths, true) * 2);
    drawRow(section.header, widths, "header", structure);
    for (const row of section.rows) {
      if (doc.y + rowHeight(row, widths, false) > bottom()) {
        doc.addPage();
        drawRow(section.header, widths, "repeated-header", structure);
      }
      drawRow(row, widths, "row", structure);
    }
    structure.end();
    doc.x = left;
    doc.moveDown(0.6);
  }

  function bar(label: string, value: number | null, max: number, caption: string): void {
    const labelWidth = width * 0.34;
    const barWidth = width * 0.42;
    const captionWidth = width - labelWidth - barWidth - pad * 2;
    doc.font(bodyFont).fontSize(cellSize);
    // A long label wraps onto a second line rather than losing its end.
    const height = Math.max(
      doc.heightOfString(label, { width: labelWidth - pad * 2 }),
      doc.heightOfString(caption, { width: captionWidth }),
    );
    ensure(height + 6);
    const top = doc.y;
    const x = left + labelWidth;
    decoration(() => {
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
    });
    root.add(
      doc.struct("P", {}, [
        () =>
          doc
            .font(bodyFont)
            .fontSize(cellSize)
            .fillColor(ink)
            .text(label, left, top + 1, { width: labelWidth - pad * 2 }),
        () =>
          doc
            .fillColor(muted)
            .text(caption, x + barWidth + pad * 2, top + 1, { width: captionWidth }),
      ]),
    );
    doc.x = left;
    doc.y = top + Math.max(15, height + 5);
  }

  return {
    doc,
    heading,
    paragraph,
    list,
    table,
    bar,
    gap: (points) => {
      doc.y += points;
    },
  };
}
