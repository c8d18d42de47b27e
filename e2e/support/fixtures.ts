import { sampleJobDetails, sampleProfile } from '../../lib/testing/fixtures';

/** A job posting whose description carries mock-server markers (e.g. "[[mock:duration=70000]]"). */
export function jobWith(company: string, markers = '', title = 'Staff Engineer, Payments') {
  return sampleJobDetails({
    id: `details-${company.toLowerCase().replace(/\W+/g, '-')}`,
    company,
    title,
    description: `${company} builds payment infrastructure for small businesses. You will lead the design of our ledger and mentor engineers. ${markers}`,
    capturedAt: Date.now(),
  });
}

export { sampleProfile };
