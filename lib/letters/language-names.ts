/**
 * The languages a letter can be written in and their names: all the job form and the schemas need.
 * Recognising a posting's language (word lists, a few KB) is in language-detect.ts, which the panel
 * loads only when the form has a posting to look at; lib/letters/language.ts exports both.
 */

export const LETTER_LANGUAGES = ['en', 'de', 'fr', 'es', 'it', 'nl', 'pt', 'sv', 'da', 'no', 'fi', 'pl'] as const;
export type LetterLanguage = (typeof LETTER_LANGUAGES)[number];

/** English names: what the job form shows and what the request to the model says. */
export const LANGUAGE_NAMES: Record<LetterLanguage, string> = {
  en: 'English',
  de: 'German',
  fr: 'French',
  es: 'Spanish',
  it: 'Italian',
  nl: 'Dutch',
  pt: 'Portuguese',
  sv: 'Swedish',
  da: 'Danish',
  no: 'Norwegian',
  fi: 'Finnish',
  pl: 'Polish',
};

export function isLetterLanguage(value: string): value is LetterLanguage {
  return (LETTER_LANGUAGES as readonly string[]).includes(value);
}

/** What the job config may ask for: a language, or "auto" (the posting's). */
export const LETTER_LANGUAGE_CHOICES = ['auto', ...LETTER_LANGUAGES] as const;
export type LetterLanguageChoice = (typeof LETTER_LANGUAGE_CHOICES)[number];
