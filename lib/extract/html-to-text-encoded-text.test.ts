// @vitest-environment node
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { htmlStringToText } from './html-to-text';

/**
 * Structured-data descriptions that are entity-encoded plain text (no markup at all) must read the
 * way a browser shows them: decoded once. Only text that really is encoded HTML ("&lt;p&gt;…") is
 * decoded again and read as markup.
 */

/** What a browser shows for the same description text. */
const browserShows = (text: string): string => JSDOM.fragment(`<p>${text}</p>`).textContent ?? '';

describe('encoded plain text that mentions markup without being markup', () => {
  it.each([
    [
      'a doctype and an escaped ampersand',
      'Frontend developer: you write semantic HTML from &lt;!DOCTYPE html&gt; down, and know why &amp;amp; escapes an ampersand.',
    ],
    [
      'a comparison after a space, and an escaped copyright sign',
      'Salary &lt; 3k per month in the first year; templates must keep the &amp;copy; notice.',
    ],
  ])('reads %s once decoded, as a browser shows it', (_name, source) => {
    const shown = browserShows(source);
    expect(shown).toContain('&');
    expect(htmlStringToText(source)).toBe(shown);
  });
});
