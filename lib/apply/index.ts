/**
 * The application form: find where a cover letter belongs and put it there as a person would.
 * Runs inside the page (injected on demand); imports nothing from the extension's APIs.
 */
export type { CoverLetterTarget } from './types';
export type { LetterToFill } from './fill';
export { findCoverLetterTargets } from './find';
export { fillCoverLetter } from './fill';
