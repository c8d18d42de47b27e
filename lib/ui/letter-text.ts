import { LETTER_PARTS, type LetterContent } from '../schema';

export const SIGN_OFF = 'Sincerely,';

/** The whole letter as plain text for the clipboard: greeting, the paragraphs, sign-off and name. */
export function formatLetterText(content: LetterContent, name: string): string {
  const paragraphs = LETTER_PARTS.map((part) => content[part].trim()).filter((p) => p !== '');
  const greeting = `Dear ${content.addressee.trim() || 'Hiring Manager'},`;
  return [greeting, ...paragraphs, `${SIGN_OFF}\n${name.trim()}`.trim()].join('\n\n');
}

export function countWords(text: string): number {
  const words = text.trim().match(/\S+/g);
  return words ? words.length : 0;
}

/** Words in the letter body (the four parts). */
export function letterWordCount(content: Pick<LetterContent, (typeof LETTER_PARTS)[number]>): number {
  return LETTER_PARTS.reduce((sum, part) => sum + countWords(content[part]), 0);
}
