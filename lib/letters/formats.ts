/** The export formats and their labels: what the panel needs before any letter is rendered. */
export const EXPORT_FORMATS = ['pdf', 'docx', 'md', 'txt'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

export const FORMAT_INFO: Record<ExportFormat, { label: string; button: string; mime: string }> = {
  pdf: { label: 'PDF', button: 'Export PDF', mime: 'application/pdf' },
  docx: { label: 'Word (DOCX)', button: 'Export DOCX', mime: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document' },
  md: { label: 'Markdown', button: 'Export Markdown', mime: 'text/markdown;charset=utf-8' },
  txt: { label: 'Plain text', button: 'Export text', mime: 'text/plain;charset=utf-8' },
};
