// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { extractJobPosting, MAX_DESCRIPTION_CHARS } from './index';
import { truncateAtBoundary } from './truncate';
import { documentFromHtml } from './test-support';

describe('long descriptions', () => {
  it('leaves descriptions within the limit alone', () => {
    expect(truncateAtBoundary('Short text.', 100)).toEqual({ text: 'Short text.', truncated: false });
  });

  it('cuts at the last paragraph break before the limit', () => {
    const text = `${'a'.repeat(70)}\n\n${'b'.repeat(50)}`;
    expect(truncateAtBoundary(text, 100)).toEqual({ text: 'a'.repeat(70), truncated: true });
  });

  it('cuts at a sentence end when no paragraph break is near the limit', () => {
    const text = `${'Word '.repeat(14)}ends here. And then another sentence that runs past the limit.`;
    expect(truncateAtBoundary(text, 100)).toEqual({ text: `${'Word '.repeat(14)}ends here.`, truncated: true });
  });

  it('cuts a 50,000-character posting to at most MAX_DESCRIPTION_CHARS and says so', () => {
    const paragraph = `<p>${'We plan irrigation for farms across three states and need help. '.repeat(10)}</p>`;
    const html = `<html><head><script type="application/ld+json">${JSON.stringify({
      '@type': 'JobPosting',
      title: 'Agronomist',
      hiringOrganization: { name: 'FieldWorks' },
      description: paragraph.repeat(80),
    })}</script></head><body></body></html>`;
    const url = 'https://fieldworks.example/jobs/1';
    const result = extractJobPosting(documentFromHtml(html, url), url);
    if (!result.found) throw new Error(result.reason);
    expect(result.descriptionTruncated).toBe(true);
    expect(result.description.length).toBeLessThanOrEqual(MAX_DESCRIPTION_CHARS);
    expect(result.description.length).toBeGreaterThan(MAX_DESCRIPTION_CHARS * 0.9);
    expect(result.description.endsWith('need help.')).toBe(true);
  });
});
