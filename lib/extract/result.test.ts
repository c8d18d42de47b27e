// @vitest-environment node
import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { ExtractionResultSchema, QUEUE_CONFIDENCE_THRESHOLD, shouldQueueImmediately, type FoundJobPosting } from './index';

const posting: FoundJobPosting = {
  found: true,
  company: 'Ramp',
  title: 'Software Engineer',
  location: 'New York, NY',
  description: 'About Ramp\n\nWe build finance software.',
  descriptionTruncated: false,
  url: 'https://jobs.ashbyhq.com/ramp/1',
  method: 'adapter:ashby',
  confidence: 0.9,
  language: 'en',
};

describe('extraction result contract', () => {
  it('accepts what the extractor returns, including adapter methods', () => {
    expect(v.is(ExtractionResultSchema, posting)).toBe(true);
    expect(v.is(ExtractionResultSchema, { found: false, reason: 'No job here.', url: 'https://example.com/' })).toBe(true);
  });

  it('rejects tampered or malformed results from the page', () => {
    expect(v.is(ExtractionResultSchema, { ...posting, method: 'eval' })).toBe(false);
    expect(v.is(ExtractionResultSchema, { ...posting, confidence: 3 })).toBe(false);
    expect(v.is(ExtractionResultSchema, { ...posting, title: '' })).toBe(false);
    expect(v.is(ExtractionResultSchema, { found: false, url: 'https://example.com/' })).toBe(false);
  });
});

describe('queue or confirm', () => {
  it('queues confident results with an employer at once', () => {
    expect(shouldQueueImmediately(posting)).toBe(true);
    expect(shouldQueueImmediately({ ...posting, confidence: QUEUE_CONFIDENCE_THRESHOLD })).toBe(true);
  });

  it('shows the form when confidence is low or the employer is unknown', () => {
    expect(shouldQueueImmediately({ ...posting, confidence: QUEUE_CONFIDENCE_THRESHOLD - 0.01 })).toBe(false);
    expect(shouldQueueImmediately({ ...posting, company: null })).toBe(false);
    expect(shouldQueueImmediately({ found: false, reason: 'No job here.', url: 'https://example.com/' })).toBe(false);
  });
});

describe('what the background accepts from the page', () => {
  it.each([['json-ld'], ['microdata'], ['readability'], ['page-title'], ['adapter:greenhouse'], ['adapter:smart-recruiters'], ['adapter:51job']])('accepts method %s', (method) => {
    expect(v.is(ExtractionResultSchema, { ...posting, method })).toBe(true);
  });

  it.each([
    ['an empty adapter name', 'adapter:'],
    ['a prefix before the adapter', 'x-adapter:ashby'],
    ['markup after the adapter name', 'adapter:ashby<img src=x>'],
    ['a trailing line break', 'adapter:ashby\n'],
    ['capitals', 'adapter:Ashby'],
    ['a list', ['adapter:ashby']],
    ['a number', 7],
    ['nothing', null],
  ])('rejects a method with %s', (_label, method) => {
    expect(v.is(ExtractionResultSchema, { ...posting, method })).toBe(false);
  });

  it('reads a posting from an older content script that sends no language as having none', () => {
    const { language: _language, ...withoutLanguage } = posting;
    const parsed = v.parse(ExtractionResultSchema, withoutLanguage);
    expect(parsed).toMatchObject({ found: true, language: '', title: 'Software Engineer' });
  });

  it('accepts a posting whose employer is withheld or whose place and text are unknown, but not an empty employer', () => {
    expect(v.is(ExtractionResultSchema, { ...posting, company: null, location: '', description: '' })).toBe(true);
    expect(v.is(ExtractionResultSchema, { ...posting, company: '' })).toBe(false);
    expect(v.is(ExtractionResultSchema, { ...posting, found: false })).toBe(false);
    expect(v.is(ExtractionResultSchema, { found: true, reason: 'No job here.', url: 'https://example.com/' })).toBe(false);
    expect(v.is(ExtractionResultSchema, { found: false, reason: '', url: 'https://example.com/' })).toBe(false);
  });
});
