import { collapseInline, comparisonKey } from './text';

/**
 * Job boards and ATS vendors that show up in page titles, og:site_name and organisation blocks but
 * never employ the reader. Compared against the start of a name, so "SEEK Australia" and
 * "Indeed.com" are caught too.
 */
const JOB_BOARD_NAMES = [
  'linkedin', 'indeed', 'seek', 'glassdoor', 'monster', 'ziprecruiter', 'stepstone', 'xing',
  'jobs.ch', 'jobup', 'jobscout24', 'built in', 'builtin', 'levels.fyi', 'startup jobs', 'startup.jobs',
  'jobspresso', 'computrabajo', 'aijobs', 'workable', 'greenhouse', 'lever', 'workday', 'ashby',
  'arbetsförmedlingen', 'arbetsformedlingen', 'platsbanken', 'wellfound', 'angellist', 'dice',
  'careerbuilder', 'simplyhired', 'totaljobs', 'reed.co.uk', 'otta', 'welcome to the jungle', 'infojobs',
  'bumeran', 'remoteok', 'remote ok', 'we work remotely', 'remotive', 'smartrecruiters', 'jobvite',
  'icims', 'taleo', 'successfactors', 'recruitee', 'personio', 'teamtailor', 'bamboohr', 'jora',
  'adzuna', 'hiring cafe', 'jobindex', 'finn.no', 'naukri', 'monster.com', 'stackoverflow jobs',
];

export function isJobBoardName(name: string): boolean {
  const key = comparisonKey(name);
  return JOB_BOARD_NAMES.some(
    (board) => key === board || key.startsWith(`${board} `) || key.startsWith(`${board}.`) || key.startsWith(`${board}:`),
  );
}

/**
 * The name a reader would use in a letter: trademark signs and a trailing "(domain.com)" go, legal
 * suffixes after a comma go ("Coupa Software, Inc." → "Coupa Software"). Returns null for empty
 * values and job-board names, which are never the employer.
 */
export function cleanCompanyName(raw: string | null | undefined): string | null {
  if (raw === null || raw === undefined) return null;
  const name = collapseInline(raw)
    .replace(/[®™©℠]/g, '')
    .replace(/\s*\((?:www\.)?[a-z0-9-]+(?:\.[a-z0-9-]+)+\)\s*$/i, '')
    .replace(/,?\s+(?:inc|llc|ltd|l\.l\.c|corp)\.?$/i, '')
    .replace(/^[\s\-–—|:·,]+|[\s\-–—|:·,]+$/g, '')
    .trim();
  if (name === '' || name.length > 120 || isJobBoardName(name)) return null;
  return name;
}
