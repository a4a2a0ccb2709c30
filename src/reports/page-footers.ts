import { bodyFont } from "./pdf-fonts.ts";

/**
 * Writes "TITLE · page N of M" at the foot of every buffered page of a PDF, for reports that
 * are printed and passed around.
 *
 * @example pageFooters(doc, `Growth report · ${report.person.name}`);
 */
export function pageFooters(doc: PDFKit.PDFDocument, title: string): void {
  const range = doc.bufferedPageRange();
  for (let index = range.start; index < range.start + range.count; index++) {
    doc.switchToPage(index);
    const { left, right, bottom } = doc.page.margins;
    // Writing inside the bottom margin would make pdfkit start a new page.
    doc.page.margins.bottom = 0;
    // Page numbers are pagination, not content: screen readers skip them.
    doc.markContent("Artifact", { type: "Pagination" });
    doc
      .font(bodyFont)
      .fontSize(8)
      .fillColor("#616e7c")
      .text(`${title} · page ${index + 1} of ${range.count}`, left, doc.page.height - bottom / 2, {
        width: doc.page.width - left - right,
        align: "center",
        lineBreak: false,
      });
    doc.endMarkedContent();
    doc.page.margins.bottom = bottom;
  }
}
