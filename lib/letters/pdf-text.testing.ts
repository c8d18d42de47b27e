/** Reads a PDF's text back the way a reader would: one string per line, in reading order. */
export async function pdfLines(bytes: Uint8Array): Promise<{ lines: string[]; pages: number; size: [number, number] }> {
  const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
  const pdf = await pdfjs.getDocument({ data: bytes.slice(), useSystemFonts: false, isEvalSupported: false }).promise;
  const lines: string[] = [];
  let size: [number, number] = [0, 0];
  for (let n = 1; n <= pdf.numPages; n++) {
    const page = await pdf.getPage(n);
    const viewport = page.getViewport({ scale: 1 });
    size = [Math.round(viewport.width), Math.round(viewport.height)];
    const content = await page.getTextContent();
    const byY = new Map<number, { x: number; str: string }[]>();
    for (const item of content.items) {
      if (!('str' in item) || item.str === '') continue;
      const y = Math.round(item.transform[5] as number);
      byY.set(y, [...(byY.get(y) ?? []), { x: item.transform[4] as number, str: item.str }]);
    }
    for (const y of [...byY.keys()].sort((a, b) => b - a)) {
      lines.push(byY.get(y)!.sort((a, b) => a.x - b.x).map((i) => i.str).join('').trim());
    }
  }
  await pdf.destroy();
  return { lines, pages: pdf.numPages, size };
}
