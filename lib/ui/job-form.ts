/**
 * What the job form does on submit: check the fields, and afterwards clear what was submitted.
 * Loaded on the first submit (lib/ui/lazy.ts `jobFormChecks`): the panel opens without it.
 */
import * as v from 'valibot';
import { JOB_LIMITS, JobDetailsSchema, newId, type JobDetails, type JobInstructions } from '../schema';
import { checkHttpUrl, firstInvalid, issuesToFieldErrors, type FieldErrors } from './issues';

/** What the job form holds about the posting. */
export interface JobFormPosting {
  company: string;
  title: string;
  description: string;
  url: string;
  location: string;
  /** The language the page reported, when the form was filled from a page. */
  language: string;
}

/** The job form's fields in the order they appear, for focusing the first invalid one. */
const ORDER = ['company', 'title', 'description', 'url', 'location', 'overall', 'opening', 'aboutMe', 'whyMe', 'whyCompany'];

export type JobFormCheck = { ok: true; job: JobDetails } | { ok: false; errors: FieldErrors; first: string | undefined };

/**
 * Checks the job form on submit: the posting against JobDetailsSchema (a new id, typed by hand),
 * the address as http(s), each instruction's length.
 */
export function checkJobForm(posting: JobFormPosting, instructions: JobInstructions, now = Date.now()): JobFormCheck {
  const { language, ...fields } = posting;
  const parsed = v.safeParse(JobDetailsSchema, { id: newId(), ...fields, source: 'manual', capturedAt: now, language });
  const found: FieldErrors = parsed.success ? {} : issuesToFieldErrors(parsed.issues);
  const urlProblem = checkHttpUrl(posting.url);
  if (urlProblem) found.url = urlProblem;
  for (const [key, value] of Object.entries(instructions)) {
    if (value.length > JOB_LIMITS.instructions) found[key] = `Keep this under ${JOB_LIMITS.instructions} characters`;
  }
  if (parsed.success && Object.keys(found).length === 0) return { ok: true, job: parsed.output };
  return { ok: false, errors: found, first: firstInvalid(found, ORDER) };
}

/** The posting fields the form clears for the next posting. */
export interface PostingFields {
  company: string;
  title: string;
  description: string;
  url: string;
  location: string;
}

/**
 * The form after a background submission is stored: each field clears only if it still holds what
 * was submitted. Text the user typed while the submission was in flight (the next posting) stays.
 */
export function clearSubmitted(submitted: PostingFields, current: PostingFields): PostingFields {
  const keep = (key: keyof PostingFields) => (current[key] === submitted[key] ? '' : current[key]);
  return { company: keep('company'), title: keep('title'), description: keep('description'), url: keep('url'), location: keep('location') };
}
