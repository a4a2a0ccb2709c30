import PDFDocument from "pdfkit";
import { pageFooters } from "./page-footers.ts";
import { registerReportFonts } from "./pdf-fonts.ts";
import { type PdfLayout, pdfLayout } from "./pdf-layout.ts";

/** What a report PDF is called and dated, and how its pages are written. */
export interface ReportPdfOptions {
  title: string;
  subject: string;
  createdAt: Date;
  /** The words at the foot of every page, before "page N of M". */
  footer: string;
  /** Deflate page contents (default true); tests turn it off to read the text. */
  compress?: boolean;
}

/**
 * Opens an A4 report PDF that screen readers can follow: tagged structure, the document's
 * language and its title shown as the window title; `finish` numbers the pages and resolves
 * with the bytes.
 *
 * @example
 * const { layout, finish } = openReportPdf({ title, subject, createdAt, footer: title });
 * layout.heading(title, 1);
 * const bytes = await finish();
 */
export function openReportPdf(options: ReportPdfOptions): {
  layout: PdfLayout;
  finish(): Promise<Uint8Array>;
} {
  const doc = new PDFDocument({
    size: "A4",
    margin: 50,
    bufferPages: true,
    compress: options.compress ?? true,
    pdfVersion: "1.7",
    tagged: true,
    lang: "en",
    displayTitle: true,
    info: { Title: options.title, Subject: options.subject, CreationDate: options.createdAt },
  });
  const chunks: Uint8Array[] = [];
  const done = new Promise<Uint8Array>((resolve, reject) => {
    doc.on("data", (chunk: Uint8Array) => chunks.push(chunk));
    doc.on("end", () => resolve(Buffer.concat(chunks)));
    doc.on("error", reject);
  });
  registerReportFonts(doc);
  return {
    layout: pdfLayout(doc),
    finish() {
      pageFooters(doc, options.footer);
      doc.end();
      return done;
    },
  };
}
