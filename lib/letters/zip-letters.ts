import { zipSync, type Zippable } from 'fflate';
import { exportLetter, type ExportEnvironment, type ExportFormat, type ExportSource } from './export-letter';
import { isoLocalDate, uniqueFileNames } from './file-name';

export interface ZipResult {
  name: string;
  bytes: Uint8Array;
  count: number;
  warnings: string[];
}

/** Letters one after another (each PDF is CPU work), then one ZIP. `onProgress` after each letter. */
export async function zipLetters(
  sources: ExportSource[],
  format: ExportFormat,
  env: ExportEnvironment,
  onProgress: (done: number, total: number) => void = () => {},
  signal?: AbortSignal,
): Promise<ZipResult> {
  const files = [];
  for (const source of sources) {
    signal?.throwIfAborted();
    files.push(await exportLetter(source, format, env));
    onProgress(files.length, sources.length);
  }
  const names = uniqueFileNames(files.map((f) => f.name));
  const entries: Zippable = {};
  // PDF and DOCX are compressed already: storing them is as small and much faster.
  const level = format === 'pdf' || format === 'docx' ? 0 : 6;
  files.forEach((file, i) => (entries[names[i]!] = [file.bytes, { level }]));
  const warnings = files.flatMap((f, i) => f.warnings.map((w) => `${names[i]}: ${w}`));
  return { name: `CoverLetters_${isoLocalDate(env.now)}.zip`, bytes: zipSync(entries), count: files.length, warnings };
}
