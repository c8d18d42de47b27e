import type { JobSummary } from '../schema';
import { normalise } from './normalise';

/** What the tab tells us about itself: its address, its frames' addresses, titles and headings. */
export interface PageFacts {
  urls: string[];
  texts: string[];
}

function parse(url: string): URL | null {
  try {
    return new URL(url);
  } catch {
    return null;
  }
}

/** What matching needs of a job: its summary has all of it. */
type Matchable = Pick<JobSummary, 'jobId' | 'company' | 'postingUrl' | 'status' | 'coverLetterId' | 'completedAt'>;

/** Path segments that name the posting rather than a step of the form. */
const pathOf = (url: URL) => url.pathname.replace(/\/(apply|application|applications|submit|new|form)\/?$/i, '').replace(/\/+$/, '').toLowerCase();

/**
 * How surely a page is the application for this job: the posting's own address (or the form
 * under it, as Lever's …/apply) is certain; the company's name in the page's address, title or
 * heading is likely. 0 means no sign.
 */
export function matchScore(job: Pick<JobSummary, 'company' | 'postingUrl'>, page: PageFacts): number {
  const posting = job.postingUrl ? parse(job.postingUrl) : null;
  let score = 0;
  for (const raw of page.urls) {
    const url = parse(raw);
    if (!url || !posting) continue;
    if (url.host !== posting.host) continue;
    const [a, b] = [pathOf(url), pathOf(posting)];
    if (a === b) score = Math.max(score, 1);
    else if (a.length > 1 && b.length > 1 && (a.startsWith(`${b}/`) || b.startsWith(`${a}/`))) score = Math.max(score, 0.9);
  }
  const company = normalise(job.company);
  if (company.length >= 2) {
    const compact = company.replace(/ /g, '');
    const inText = page.texts.some((text) => ` ${normalise(text)} `.includes(` ${company} `));
    // boards.greenhouse.io/acmecorp, acme.recruitee.com, jobs.lever.co/acme-corp, …/embed/job_app?for=acme
    const inAddress = page.urls.some((raw) => {
      const url = parse(raw);
      return !!url && compact.length >= 3 && `${url.hostname}${url.pathname}${url.search}`.toLowerCase().replace(/[-_.]/g, '').includes(compact);
    });
    if (inText && inAddress) score = Math.max(score, 0.8);
    else if (inText || inAddress) score = Math.max(score, 0.6);
  }
  return score;
}

/** Finished letters only: a letter still being written can't be filled in. */
export function hasFinishedLetter(job: Pick<JobSummary, 'status' | 'coverLetterId'>): boolean {
  return job.status === 'COMPLETED' && job.coverLetterId !== null;
}

/**
 * The job whose letter belongs on this page, or null when no job clearly does. Two jobs for the
 * same company and no address to tell them apart is not clear: the user chooses.
 */
export function matchJob<J extends Matchable>(jobs: J[], page: PageFacts): J | null {
  const scored = jobs
    .filter(hasFinishedLetter)
    .map((job) => ({ job, score: matchScore(job, page) }))
    .filter((s) => s.score > 0)
    .sort((a, b) => b.score - a.score || (b.job.completedAt ?? 0) - (a.job.completedAt ?? 0));
  const [first, second] = scored;
  if (!first) return null;
  if (second && second.score === first.score && first.score < 1 && second.job.jobId !== first.job.jobId) return null;
  return first.job;
}

/** The chooser's list: the latest finished letters, one per posting. */
export function latestFinished<J extends Matchable>(jobs: J[], limit = 5): J[] {
  const seen = new Set<string>();
  return jobs
    .filter(hasFinishedLetter)
    .sort((a, b) => (b.completedAt ?? 0) - (a.completedAt ?? 0))
    .filter((job) => (seen.has(job.jobId) ? false : (seen.add(job.jobId), true)))
    .slice(0, limit);
}
