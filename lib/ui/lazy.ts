/**
 * The panel's heavy, rarely used parts, each behind an async function that loads its module on the
 * first call. Components import these instead of the modules themselves, so the panel's first
 * paint carries only Svelte, the jobs list and the form (issue 10 "Load less"); the bundler puts
 * each module (and what only it uses, e.g. @anthropic-ai/sdk) into a chunk of its own.
 * Types come from `typeof import(...)`, which adds nothing to the bundle.
 */
type ClientModule = typeof import('../llm/client');
type ResumeModule = typeof import('../resume/read-resume');
type ZipModule = typeof import('../letters/zip-letters');
type ApplicationStatusModule = typeof import('../applications/status');
type MessagesModule = typeof import('../messages');
type JobFormModule = typeof import('./job-form');
type OperationsModule = typeof import('../jobs/operations');
type PanelStorageModule = typeof import('./panel-storage');
type LanguageDetectModule = typeof import('../letters/language-detect');

/** Settings' "Test connection" and the model list: the only panel code that needs the SDK. */
export async function testConnection(...args: Parameters<ClientModule['testConnection']>): ReturnType<ClientModule['testConnection']> {
  return (await import('../llm/client')).testConnection(...args);
}

/** Résumé import: the SDK, the tool schema and (for PDFs sent as text) pdf.js. */
export async function readResume(...args: Parameters<ResumeModule['readResume']>): ReturnType<ResumeModule['readResume']> {
  return (await import('../resume/read-resume')).readResume(...args);
}

/** "Export several letters": the ZIP writer, and the PDF/DOCX writers it loads per format. */
export async function zipLetters(...args: Parameters<ZipModule['zipLetters']>): ReturnType<ZipModule['zipLetters']> {
  return (await import('../letters/zip-letters')).zipLetters(...args);
}

/**
 * The word lists that tell a posting's language, for the job form's "Auto: German" hint: loaded
 * once the form holds a posting, never for the list. (The background imports them directly.)
 */
export function languageDetection(): Promise<LanguageDetectModule> {
  return import('../letters/language-detect');
}

/** Settings, the active profile and the background's requests in browser storage: see panel-storage.ts. */
export function panelStorage(): Promise<PanelStorageModule> {
  return import('./panel-storage');
}

/**
 * Queueing, cancelling, retrying, deleting jobs: loaded on the first such click, with the whole-job
 * schema that checks a new job (the list shows summaries and needs none of it).
 */
export function jobOperations(): Promise<OperationsModule> {
  return import('../jobs/operations');
}

/** The jobs list's "Applications" mode: counts and the order of last change (and the status updates). */
export function applicationStatus(): Promise<ApplicationStatusModule> {
  return import('../applications/status');
}

/** The job form's submit logic (its checks, the issue messages; lib/ui/job-form.ts): loaded on the first submit. */
export function jobFormChecks(): Promise<JobFormModule> {
  return import('./job-form');
}

/** The schemas of the messages to the background: loaded with the first request, not with the panel. */
export function messageSchemas(): Promise<MessagesModule> {
  return import('../messages');
}
