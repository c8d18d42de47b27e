// @vitest-environment node
import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import {
  CORPUS_PARTS,
  evaluate,
  FIELDS,
  formatReport,
  loadCorpus,
  pageName,
  scoreField,
  scoreNonPostings,
  THRESHOLDS,
} from './corpus-support';
import { isJobBoardName } from './company';
import { ExtractionResultSchema } from './index';

/**
 * Runs the extractor over both parts of the shared corpus of real saved job pages and compares
 * each field with what a person read off the page (see corpus-support.ts for the rules). Each
 * field must reach the goal of issue 12 on each part; a failure names the pages that miss.
 */

describe.each(CORPUS_PARTS)('extractJobPosting on the real-page corpus, %s', (part) => {
  const outcomes = loadCorpus(part).map((entry) => evaluate(entry));
  console.log(`\nCorpus accuracy, ${part} (${outcomes.length} pages)\n${formatReport(outcomes)}\n`);

  it('never throws, and answers in the shape the background validates', () => {
    const thrown = outcomes.filter((outcome) => outcome.result === null).map((outcome) => `${pageName(outcome)}: ${outcome.error}`);
    expect(thrown).toEqual([]);
    for (const outcome of outcomes) expect(v.safeParse(ExtractionResultSchema, outcome.result).success, pageName(outcome)).toBe(true);
  });

  it.each(FIELDS)('reads %s at or above its goal', (field) => {
    const score = scoreField(outcomes, field);
    expect(score.share, `${field}: ${score.passed}/${score.total}, below ${THRESHOLDS[field] * 100}% — missing on ${score.failing.join(', ')}`).toBeGreaterThanOrEqual(THRESHOLDS[field]);
  });

  it('says there is no posting on every page that is not one', () => {
    const score = scoreNonPostings(outcomes);
    expect(score.failing, 'pages taken for a posting').toEqual([]);
  });

  it('never names the job board as the employer, and returns no company where the page names none', () => {
    for (const outcome of outcomes) {
      if (outcome.result === null || !outcome.result.found) continue;
      const { company } = outcome.result;
      if (company !== null) expect(isJobBoardName(company), `${pageName(outcome)}: ${company}`).toBe(false);
      if (outcome.isJob && outcome.entry.expected.company === null) expect(company, pageName(outcome)).toBeNull();
    }
  });
});
