import type { PdfJs } from './pdf-text';

/**
 * pdf.js for extension pages: loaded on first use (so it never reaches background.js or slows the
 * panel's start), with its worker served from the extension's own origin, which MV3's CSP allows.
 */
export async function loadBrowserPdfjs(): Promise<PdfJs> {
  const [pdfjs, worker] = await Promise.all([import('pdfjs-dist'), import('pdfjs-dist/build/pdf.worker.min.mjs?url')]);
  pdfjs.GlobalWorkerOptions.workerSrc = worker.default;
  return pdfjs as unknown as PdfJs;
}
