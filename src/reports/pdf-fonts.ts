import { readFileSync } from "node:fs";
import { createRequire } from "node:module";

const resolve = createRequire(import.meta.url).resolve;

/** The report's regular and bold typefaces, by the names the layout uses. */
export const bodyFont = "Body";
export const boldFont = "Body-Bold";

let files: { regular: Buffer; bold: Buffer } | undefined;

/**
 * Registers the report's typefaces on a pdfkit document: DejaVu Sans, which covers the Latin,
 * Greek and Cyrillic scripts, so names such as "Łukasz Żak" or "Дарья Орлова" print as written
 * (PDF's built-in fonts stop at Western European letters). Only the glyphs used are embedded.
 *
 * @example
 * registerReportFonts(doc);
 * doc.font(boldFont).text("Growth report");
 */
export function registerReportFonts(doc: PDFKit.PDFDocument): void {
  files ??= {
    regular: readFileSync(resolve("dejavu-fonts-ttf/ttf/DejaVuSans.ttf")),
    bold: readFileSync(resolve("dejavu-fonts-ttf/ttf/DejaVuSans-Bold.ttf")),
  };
  doc.registerFont(bodyFont, files.regular);
  doc.registerFont(boldFont, files.bold);
}
