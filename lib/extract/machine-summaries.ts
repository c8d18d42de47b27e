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

/**
 * The same test on a start tag's raw attributes, for HTML read as a string (html-string.ts).
 * Keep in step with the selector above.
 */
export function isMachineSummaryMarkup(attributes: string): boolean {
  const value = (name: string): string => new RegExp(`(?:^|\\s)${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)'|([^\\s>]+))`, 'i').exec(attributes)?.slice(1).find((part) => part !== undefined) ?? '';
  const classes = value('class').split(/\s+/);
  const id = value('id');
  return (
    classes.includes('info-block-content') ||
    value('data-cy') === 'vacancy-lead' ||
    value('data-testid') === 'ai-summary' ||
    /ai-summary|tldr/i.test(`${value('class')} ${id}`)
  );
}
