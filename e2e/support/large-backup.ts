/**
 * A backup file as "Export all data" writes it, holding many finished jobs: how benchmarks (and
 * specs) load a year of applications through the panel's own "Import data".
 *
 * The records are plain objects written at a FIXED database version (BACKUP_DB_VERSION), not built
 * with lib code: when the schema moves on, the import upgrades them through RECORD_UPGRADES exactly
 * as it upgrades a user's old backup, so this file keeps working unchanged.
 */
import { writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

/** The database version these records are written in (v4: letter versions, language, length, tone). */
export const BACKUP_DB_VERSION = 4;

export const BACKUP_PROFILE_ID = 'profile-bench';

export interface LargeBackupOptions {
  jobs: number;
  /** Settings the file carries (merged on import); e.g. an API key so the panel shows its everyday layout. */
  settings?: Record<string, unknown>;
  /** Newest job's creation time; each older job is a minute earlier. Default: now. */
  now?: number;
}

/** "Company 00042": unique, and the same width for every job so a search for one matches one. */
export function companyName(index: number): string {
  return `Company ${String(index).padStart(5, '0')}`;
}

/** Every 50th job failed (no letter), so status filters have something to find. */
export function isFailedJob(index: number): boolean {
  return index % 50 === 7;
}

function profile(now: number): Record<string, unknown> {
  return {
    id: BACKUP_PROFILE_ID,
    name: 'Ada Lovelace',
    email: 'ada@example.com',
    phone: '+44 20 7946 0000',
    homepage: '',
    github: '',
    linkedin: '',
    experience: [
      { employer: 'Analytical Engines Ltd', role: 'Senior Software Engineer', start: '2019', end: '', description: 'Led the team that rebuilt the billing pipeline in TypeScript; cut invoice errors by 40%.' },
      { employer: 'Difference Works', role: 'Software Engineer', start: '2015', end: '2019', description: 'Built data tooling in Python and PostgreSQL for 30 analysts.' },
    ],
    projects: [],
    skills: ['TypeScript', 'Python', 'PostgreSQL', 'Team leadership'],
    education: [{ institution: 'University of London', degree: 'BSc Mathematics', start: '2011', end: '2014' }],
    writingSample: '',
    // v4 letter options on the profile are optional; the upgrade fills what a version adds.
    createdAt: now - 400 * 86_400_000,
    updatedAt: now - 400 * 86_400_000,
  };
}

function letterContent(company: string, position: string) {
  return {
    addressee: `Hiring Team at ${company}`,
    opening: `I am writing to apply for the ${position} role at ${company}, where my work on billing systems would help from the first week.`,
    aboutMe: 'For six years I have built billing and ledger systems in TypeScript and PostgreSQL, and led the team that rebuilt one.',
    whyMe: 'I led the rebuild of a billing pipeline that cut invoice errors by 40%, and I mentor engineers through design reviews.',
    whyCompany: `${company} builds payment infrastructure for small businesses, which is the work I want to keep doing.`,
  };
}

/** One job (and its letter when it completed), `index` 0 being the newest. */
function jobRecords(index: number, now: number, snapshot: Record<string, unknown>) {
  const company = companyName(index);
  const position = index % 3 === 0 ? 'Staff Engineer, Payments' : index % 3 === 1 ? 'Senior Backend Engineer' : 'Engineering Manager, Ledger';
  const createdAt = now - index * 60_000 - 60_000;
  const id = `job-bench-${String(index).padStart(5, '0')}`;
  const letterId = `letter-bench-${String(index).padStart(5, '0')}`;
  const failed = isFailedJob(index);
  const content = letterContent(company, position);
  const usage = { inputTokens: 900, outputTokens: 320 };
  const job = {
    id,
    profileId: BACKUP_PROFILE_ID,
    jobId: `details-${id}`,
    company,
    position,
    profile: snapshot,
    job: {
      id: `details-${id}`,
      company,
      title: position,
      description: `${company} builds payment infrastructure for small businesses. You will lead the design of our ledger, mentor engineers and work closely with finance. We use TypeScript, PostgreSQL and AWS. The team is remote-first across Europe, with an office in London.`,
      location: 'London, UK',
      url: `https://jobs.example.com/${id}`,
      source: 'manual',
      capturedAt: createdAt,
      language: 'en',
    },
    status: failed ? 'FAILED' : 'COMPLETED',
    config: {
      instructions: { overall: '', opening: '', aboutMe: '', whyMe: '', whyCompany: '' },
      model: '', maxTokens: 2048, priority: 0, feedback: '', letterLanguage: 'auto', length: 'standard', tone: 'formal',
    },
    createdAt,
    startedAt: createdAt + 1000,
    completedAt: createdAt + 20_000,
    coverLetterId: failed ? null : letterId,
    previousLetterId: null,
    error: failed ? 'Claude is overloaded right now. Try again in a few minutes.' : null,
    progress: failed ? 40 : 100,
    currentStep: failed ? 'Writing' : 'Done',
    attempts: 1,
    history: [{ startedAt: createdAt + 1000, endedAt: createdAt + 20_000, outcome: failed ? 'failed' : 'completed', error: failed ? 'Overloaded' : null, continuation: null }],
    streamedText: failed ? `<opening>${content.opening}` : '',
    usage,
    lease: null,
    notBefore: null,
    waitReason: '',
    autoRetry: 0,
    application: { status: 'Not applied', changedAt: null, history: [], note: '', remindAt: null },
  };
  if (failed) return { job, letter: null };
  const letter = {
    id: letterId,
    jobId: id,
    profileId: BACKUP_PROFILE_ID,
    company,
    position,
    ...content,
    model: 'claude-sonnet-5-5',
    usage,
    findings: [],
    editedParts: [],
    generatedAt: createdAt + 20_000,
    editedAt: null,
    language: 'en',
    versions: [{ number: 1, createdAt: createdAt + 20_000, why: 'first draft', content, findings: [] }],
  };
  return { job, letter };
}

/** The backup as "Export all data" writes it (compact JSON: 10,000 jobs stay under the 50 MB import limit). */
export function largeBackup(options: LargeBackupOptions): string {
  const now = options.now ?? Date.now();
  const snapshot = profile(now);
  const jobs: unknown[] = [];
  const letters: unknown[] = [];
  for (let i = 0; i < options.jobs; i++) {
    const { job, letter } = jobRecords(i, now, snapshot);
    jobs.push(job);
    if (letter) letters.push(letter);
  }
  return JSON.stringify({
    format: 'cover-letter-studio-backup',
    version: 1,
    dbVersion: BACKUP_DB_VERSION,
    exportedAt: now,
    data: { profiles: [snapshot], jobs, letters, settings: options.settings ?? {}, activeProfileId: BACKUP_PROFILE_ID },
  });
}

/** Writes the backup to a temporary file (Playwright refuses in-memory files over 50 MB) and returns its path. */
export function writeLargeBackup(options: LargeBackupOptions): { file: string; bytes: number; letters: number } {
  const text = largeBackup(options);
  const file = path.join(tmpdir(), `cls-backup-${options.jobs}-${process.pid}.json`);
  writeFileSync(file, text);
  const letters = Array.from({ length: options.jobs }, (_, i) => i).filter((i) => !isFailedJob(i)).length;
  return { file, bytes: Buffer.byteLength(text), letters };
}
