import { ResumeError } from './resume-file';

/** Raw text of a .docx. Bundlers pick mammoth's browser build through its package.json "browser" map. */
export async function extractDocxText(bytes: Uint8Array, fileName: string): Promise<string> {
  const mammoth = await import('mammoth');
  try {
    // The browser build reads `arrayBuffer`, the Node build (tests) `buffer`.
    const input = { arrayBuffer: bytes.slice().buffer, buffer: bytes } as { arrayBuffer: ArrayBuffer };
    const result = await mammoth.extractRawText(input);
    return result.value.replace(/\n{3,}/g, '\n\n').trim();
  } catch (error) {
    throw new ResumeError(`“${fileName}” could not be read as a Word document (${error instanceof Error ? error.message : String(error)}). Save it again as .docx or PDF and retry.`);
  }
}
