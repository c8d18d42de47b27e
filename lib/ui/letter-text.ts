import { LETTER_PARTS, type LetterContent } from '../schema';
import type { LetterLanguage } from '../letters/language';
import { greetingFor, signOffFor } from '../letters/salutation';

/** The English sign-off; other languages have their own (lib/letters/salutation.ts). */
export const SIGN_OFF = signOffFor('en');

/** The whole letter as plain text for the clipboard: greeting, the paragraphs, sign-off and name, in the letter's language. */
export function formatLetterText(content: LetterContent, name: string, language: LetterLanguage = 'en'): string {
  const paragraphs = LETTER_PARTS.map((part) => content[part].trim()).filter((p) => p !== '');
  const greeting = greetingFor(language, content.addressee);
  return [greeting, ...paragraphs, `${signOffFor(language)}\n${name.trim()}`.trim()].join('\n\n');
}

export function countWords(text: string): number {
  const words = text.trim().match(/\S+/g);
  return words ? words.length : 0;
}

/** Words in the letter body (the four parts). */
export function letterWordCount(content: Pick<LetterContent, (typeof LETTER_PARTS)[number]>): number {
  return LETTER_PARTS.reduce((sum, part) => sum + countWords(content[part]), 0);
}
