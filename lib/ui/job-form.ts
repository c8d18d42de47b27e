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
 * the address as http(s), each instruction's length. Loaded on the first submit (lib/ui/lazy.ts).
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
