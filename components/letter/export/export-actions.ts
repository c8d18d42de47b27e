import { getJob, getLetter } from '@/lib/db';
import type { JobSummary } from '@/lib/schema';
import { loadSettings } from '@/lib/settings';
import { browserFontSource } from '@/lib/letters/browser-fonts';
import { downloadFile } from '@/lib/letters/download';
import { exportLetter, type ExportFormat, type ExportSource } from '@/lib/letters/export-letter';

/** Renders and downloads one letter; returns warnings the user must see. */
export async function downloadLetter(source: ExportSource, format: ExportFormat): Promise<string[]> {
  const { paperSize } = await loadSettings();
  const file = await exportLetter(source, format, { paperSize, fonts: browserFontSource, now: new Date() });
  downloadFile(file.bytes, file.name, file.mime);
  return file.warnings;
}

/** The stored letter of a completed job, for exports from the jobs list. */
export async function sourceForJob(summary: Pick<JobSummary, 'id' | 'company' | 'coverLetterId'>): Promise<ExportSource> {
  // The list holds summaries; the export needs the whole job (the profile's contact details).
  const [job, letter] = await Promise.all([getJob(summary.id), summary.coverLetterId ? getLetter(summary.coverLetterId) : undefined]);
  if (!job || !letter) throw new Error(`The letter for ${summary.company} was not found (it may have been deleted)`);
  return { job, letter };
}

export const errorText = (error: unknown) => (error instanceof Error ? error.message : String(error));
