import { describe, expect, it } from 'vitest';
import { countWords, formatLetterText, letterWordCount } from './letter-text';

const content = { addressee: 'Ms Rivera', opening: 'Hello there.', aboutMe: ' I build things. ', whyMe: '', whyCompany: 'Because.' };

describe('formatLetterText', () => {
  it('joins greeting, non-empty parts and sign-off with blank lines', () => {
    expect(formatLetterText(content, 'Ada Lovelace')).toBe(
      'Dear Ms Rivera,\n\nHello there.\n\nI build things.\n\nBecause.\n\nSincerely,\nAda Lovelace',
    );
  });
  it('falls back to a generic greeting', () => {
    expect(formatLetterText({ ...content, addressee: ' ' }, 'A')).toMatch(/^Dear Hiring Manager,/);
  });
});

describe('word counts', () => {
  it('counts words across parts', () => {
    expect(countWords('  one two\nthree ')).toBe(3);
    expect(countWords('')).toBe(0);
    expect(letterWordCount(content)).toBe(6);
  });
});
