/**
 * The languages a letter can be written in, how to recognise a posting's language from a tag the
 * page gave ("de-DE", "German") or from its text, and which language a job's letter is written in.
 * Two modules, so that code needing only the codes and names (the job form, the schemas) does not
 * carry the word lists: import from here unless the size of the panel's first chunk matters.
 */
export * from './language-names';
export * from './language-detect';
