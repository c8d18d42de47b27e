import { notApplied, type CoverLetter, type GenerationJob } from '../schema';
import { sampleJobDetails, sampleProfile } from '../testing/fixtures';
import type { ExportSource } from './export-letter';

/** A completed job and its letter, for export tests and benchmarks. */
export function sampleExportSource(overrides: { company?: string; name?: string; opening?: string } = {}): ExportSource & { letter: CoverLetter; job: GenerationJob } {
  const company = overrides.company ?? 'Babbage & Co';
  const profile = sampleProfile(overrides.name ? { name: overrides.name } : {});
  const details = sampleJobDetails({ company });
  const letter: CoverLetter = {
    id: `letter-${company}`,
    jobId: `job-${company}`,
    profileId: profile.id,
    company,
    position: details.title,
    addressee: 'Ms Grace Hopper',
    opening: overrides.opening ?? `I am writing to apply for the Staff Engineer role at ${company}.`,
    aboutMe: 'For six years I have built payment systems in TypeScript and PostgreSQL, most recently leading a rebuild of a billing pipeline that cut invoice errors by 40%. '.repeat(3).trim(),
    whyMe: 'I have designed ledgers, mentored engineers and worked closely with finance teams.',
    whyCompany: `${company} builds infrastructure for small businesses, which is the work I want to do next.`,
    model: 'claude-sonnet-5-5',
    usage: { inputTokens: 1, outputTokens: 1 },
    findings: [],
    editedParts: [],
    generatedAt: 1_700_000_000_000,
    editedAt: null, language: 'en', versions: [],
  };
  const job: GenerationJob = {
    id: letter.jobId, profileId: profile.id, jobId: details.id, company, position: details.title, profile, job: details,
    status: 'COMPLETED', config: { instructions: { overall: '', opening: '', aboutMe: '', whyMe: '', whyCompany: '' }, model: '', maxTokens: 2048, priority: 0, feedback: '', letterLanguage: 'auto', length: 'standard', tone: 'formal' },
    createdAt: 1_700_000_000_000, startedAt: 1_700_000_000_001, completedAt: 1_700_000_000_002, coverLetterId: letter.id, previousLetterId: null,
    error: null, progress: 100, currentStep: 'Done', attempts: 1, history: [], streamedText: '', usage: { inputTokens: 1, outputTokens: 1 }, lease: null, notBefore: null, waitReason: '', autoRetry: 0,
    application: notApplied(),
  };
  return { job, letter };
}
