/**
 * "Search jobs" and the list's filters as one pure function, fast enough to run on every keystroke
 * over a year of applications: each job's search text is normalised once (and cached per job
 * object, which the jobs store keeps for rows that did not change), so a keystroke is one scan of
 * `includes` over short strings.
 */
import type { ApplicationStatus, JobStatus } from '../schema';

/** What the list's filters and search read from a job (a summary or a whole job both fit). */
export interface SearchableJob {
  company: string;
  position: string;
  status: JobStatus;
  profileId: string;
  application: { status: ApplicationStatus };
}

/** A job status, or an application status prefixed "application:"; '' for all. */
export type StatusFilter = '' | JobStatus | `application:${ApplicationStatus}`;

export interface JobFilters {
  /** What the user typed into "Search jobs". */
  query: string;
  /** A profile id; '' for all. */
  profileId: string;
  status: StatusFilter;
}

/**
 * Letters that carry no combining mark in Unicode, so NFD leaves them whole: a user typing "lodz"
 * should still find "Łódź".
 */
const FOLDS: Record<string, string> = { ł: 'l', ø: 'o', đ: 'd', ħ: 'h', ı: 'i', ß: 'ss', æ: 'ae', œ: 'oe', þ: 'th' };
const FOLDABLE = /[łøđħıßæœþ]/g;
const MARKS = /\p{M}+/gu;
const NON_ASCII = /[^\u0000-\u007f]/;

/**
 * Lower case, accents and other marks removed. White space is left as it is: search terms never
 * contain any, so it cannot change a match.
 */
export function normalizeSearchText(text: string): string {
  const lower = text.toLowerCase();
  // Most names are plain ASCII: they skip Unicode decomposition, most of the cost.
  return NON_ASCII.test(lower) ? lower.normalize('NFD').replace(MARKS, '').replace(FOLDABLE, (c) => FOLDS[c] ?? c) : lower;
}

/** The query as terms: each must appear in the company or the position. Empty: matches all. */
export function searchTerms(query: string): string[] {
  return normalizeSearchText(query).split(/\s+/).filter(Boolean);
}

const keys = new WeakMap<object, string>();

/** Company and position, normalised, computed once per job object. */
export function searchKey(job: Pick<SearchableJob, 'company' | 'position'>): string {
  let key = keys.get(job);
  if (key === undefined) {
    // A line break: terms have no white space, so a term never spans both fields.
    key = `${normalizeSearchText(job.company)}\n${normalizeSearchText(job.position)}`;
    keys.set(job, key);
  }
  return key;
}

export function matchesTerms(job: Pick<SearchableJob, 'company' | 'position'>, terms: readonly string[]): boolean {
  if (terms.length === 0) return true;
  const key = searchKey(job);
  for (const term of terms) if (!key.includes(term)) return false;
  return true;
}

export function matchesStatus(job: Pick<SearchableJob, 'status' | 'application'>, status: StatusFilter): boolean {
  if (status === '') return true;
  if (status.startsWith('application:')) return `application:${job.application.status}` === status;
  return job.status === status;
}

/** The jobs that pass the profile filter, the status filter and the search, in the given order. */
export function filterJobs<T extends SearchableJob>(jobs: readonly T[], filters: JobFilters): T[] {
  const terms = searchTerms(filters.query);
  const { profileId, status } = filters;
  if (terms.length === 0 && profileId === '' && status === '') return jobs.slice();
  const out: T[] = [];
  for (const job of jobs) {
    if (profileId !== '' && job.profileId !== profileId) continue;
    if (!matchesStatus(job, status)) continue;
    if (!matchesTerms(job, terms)) continue;
    out.push(job);
  }
  return out;
}

/**
 * Computes the search keys of jobs that have none yet, so the first keystroke is a plain scan too.
 * Meant for idle time after the list changes.
 */
export function warmSearchKeys(jobs: readonly Pick<SearchableJob, 'company' | 'position'>[]): void {
  for (const job of jobs) searchKey(job);
}

/** True when any filter or the search narrows the list. */
export function isFiltered(filters: JobFilters): boolean {
  return filters.profileId !== '' || filters.status !== '' || searchTerms(filters.query).length > 0;
}
