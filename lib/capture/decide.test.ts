import { describe, expect, it } from 'vitest';
import type { ExtractionResult } from '../extract';
import { CAPTURE_MESSAGES, decideCapture, type CaptureInput } from './decide';
import { UNREADABLE_PAGE_MESSAGES, unreadablePageReason } from './page-access';

const description = 'We build payment infrastructure for small businesses. You will design the ledger and mentor engineers.';
const confident: ExtractionResult = {
  found: true, company: 'Ramp', title: 'Senior Software Engineer', location: 'New York, NY', description,
  descriptionTruncated: false, url: 'https://jobs.ashbyhq.com/ramp/1', method: 'json-ld', confidence: 0.95, language: 'en-US',
};
const base: CaptureInput = { extraction: confident, pageUrl: 'https://jobs.ashbyhq.com/ramp/1', hasProfile: true, hasApiKey: true, now: 42 };

describe('what a capture does', () => {
  it('queues at once when the page is a confident job posting and everything is set up', () => {
    const decision = decideCapture(base);
    expect(decision).toMatchObject({ kind: 'queue', details: { company: 'Ramp', title: 'Senior Software Engineer', location: 'New York, NY', source: 'page', capturedAt: 42, language: 'en-US' } });
  });

  it('uses the selection as the description, keeping company and title from the page', () => {
    const decision = decideCapture({ ...base, extraction: { ...confident, confidence: 0.3 }, selectionText: '  Selected text about the role, long enough to write from.  ' });
    expect(decision).toMatchObject({ kind: 'queue', details: { company: 'Ramp', description: 'Selected text about the role, long enough to write from.', source: 'selection' } });
  });

  it('opens the form asking to confirm when the extraction is unsure', () => {
    expect(decideCapture({ ...base, extraction: { ...confident, confidence: 0.4 } })).toMatchObject({ kind: 'form', message: CAPTURE_MESSAGES.unsure, draft: { company: 'Ramp' } });
  });

  it.each([
    [{ hasProfile: false }, CAPTURE_MESSAGES.noProfile],
    [{ hasApiKey: false }, CAPTURE_MESSAGES.noApiKey],
    [{ extraction: { ...confident, company: null } }, CAPTURE_MESSAGES.noCompany],
    [{ extraction: { ...confident, description: 'Too short' } }, CAPTURE_MESSAGES.shortDescription],
  ] as Array<[Partial<CaptureInput>, string]>)('opens the pre-filled form with a message when something is missing (%#)', (change, message) => {
    const decision = decideCapture({ ...base, ...change });
    expect(decision.kind).toBe('form');
    expect(decision).toMatchObject({ message, draft: { title: 'Senior Software Engineer', url: 'https://jobs.ashbyhq.com/ramp/1' } });
  });

  it('says why when the page is not a job posting', () => {
    const decision = decideCapture({ ...base, extraction: { found: false, reason: 'This page does not look like a job posting.', url: 'https://news.example' } });
    expect(decision).toMatchObject({ kind: 'form', message: 'This page does not look like a job posting.' });
  });

  it('passes on the reason a page could not be read', () => {
    expect(decideCapture({ ...base, extraction: null, unreadableReason: UNREADABLE_PAGE_MESSAGES.browser })).toMatchObject({ kind: 'form', message: UNREADABLE_PAGE_MESSAGES.browser });
  });
});

describe('pages the extension cannot read', () => {
  it.each([
    ['chrome://extensions', UNREADABLE_PAGE_MESSAGES.browser],
    ['about:blank', UNREADABLE_PAGE_MESSAGES.browser],
    ['edge://settings', UNREADABLE_PAGE_MESSAGES.browser],
    ['https://chromewebstore.google.com/detail/x', UNREADABLE_PAGE_MESSAGES.store],
    ['https://addons.mozilla.org/en-US/firefox/', UNREADABLE_PAGE_MESSAGES.store],
    ['https://example.com/posting.pdf', UNREADABLE_PAGE_MESSAGES.pdf],
    ['file:///home/me/job.html', UNREADABLE_PAGE_MESSAGES.file],
    [undefined, UNREADABLE_PAGE_MESSAGES.none],
  ])('%s', (url, message) => {
    expect(unreadablePageReason(url)).toBe(message);
  });

  it('treats a tab whose address the browser hides as a browser page, and accepts ordinary pages', () => {
    expect(unreadablePageReason(undefined, true)).toBe(UNREADABLE_PAGE_MESSAGES.browser);
    expect(unreadablePageReason('https://boards.greenhouse.io/acme/jobs/1', true)).toBeNull();
  });
});
