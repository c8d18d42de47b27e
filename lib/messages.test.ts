import { describe, expect, it } from 'vitest';
import { isTrustedSender, parseRequest } from './messages';

const EXTENSION_ID = 'abcdefghijklmnopabcdefghijklmnop';
const ORIGIN = `chrome-extension://${EXTENSION_ID}`;

describe('message protocol', () => {
  it('accepts a well-formed START_GENERATION_JOB', () => {
    expect(parseRequest({ type: 'START_GENERATION_JOB', jobId: 'job-1' })).toEqual({ ok: true, request: { type: 'START_GENERATION_JOB', jobId: 'job-1' } });
  });

  it.each([
    [{ type: 'START_GENERATION_JOB' }, /jobId/],
    [{ type: 'START_GENERATION_JOB', jobId: '' }, /jobId/],
    [{ type: 'DELETE_EVERYTHING' }, /type/],
    ['START_GENERATION_JOB', /Invalid message/],
    [null, /Invalid message/],
    [{ type: 'QUEUE_FROM_TABS', tabIds: [] }, /tabIds/],
  ])('refuses %j with a message that says what is wrong', (message, pattern) => {
    const parsed = parseRequest(message);
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.error).toMatch(pattern);
  });

  it('trusts only this extension’s own pages', () => {
    expect(isTrustedSender({ id: EXTENSION_ID, url: `${ORIGIN}/sidepanel.html` }, EXTENSION_ID, ORIGIN)).toBe(true);
    // A content script of this extension runs in a web page: it must not drive jobs.
    expect(isTrustedSender({ id: EXTENSION_ID, url: 'https://jobs.example.com/posting' }, EXTENSION_ID, ORIGIN)).toBe(false);
    // Another extension, even one that fakes our page's address.
    expect(isTrustedSender({ id: 'another-extension', url: `${ORIGIN}/sidepanel.html` }, EXTENSION_ID, ORIGIN)).toBe(false);
    expect(isTrustedSender({}, EXTENSION_ID, ORIGIN)).toBe(false);
  });
});
