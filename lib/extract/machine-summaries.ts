/**
 * Job boards prepend their own machine-written summaries to the employer's text (jobs.ch's
 * "Job summary", Built In's AI summary, startup.jobs' "TLDR"). A cover letter should quote the
 * employer, so these blocks are dropped wherever a description is read.
 */
export const MACHINE_SUMMARY_SELECTOR = [
  '.info-block-content',
  '[data-cy="vacancy-lead"]',
  '[data-testid="ai-summary"]',
  '[class*="ai-summary" i]',
  '[id*="ai-summary" i]',
  '[class*="tldr" i]',
  '[id*="tldr" i]',
].join(', ');
