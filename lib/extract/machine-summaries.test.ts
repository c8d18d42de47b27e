// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { elementToText, htmlStringToText } from './html-to-text';
import { isMachineSummaryMarkup, MACHINE_SUMMARY_SELECTOR } from './machine-summaries';
import { documentFromHtml } from './test-support';

// Summaries job boards write themselves, as they appear in the page and in JSON-LD descriptions.
const SUMMARIES = [
  '<div class="info-block-content"><p>Job summary: hybrid, 80–100%</p></div>',
  '<p data-cy="vacancy-lead">Job summary: hybrid, 80–100%</p>',
  '<section data-testid="ai-summary"><p>Job summary: hybrid, 80–100%</p></section>',
  '<div class="job-AI-Summary__box"><p>Job summary: hybrid, 80–100%</p></div>',
  '<div id="posting-ai-summary"><p>Job summary: hybrid, 80–100%</p></div>',
  '<div class="TLDR"><p>Job summary: hybrid, 80–100%</p></div>',
  '<div id="job-tldr"><p>Job summary: hybrid, 80–100%</p></div>',
];
const EMPLOYER = '<p>We bake bread for 40 cafés in Zürich.</p>';

describe('summaries job boards write themselves are left out of the description', () => {
  it.each(SUMMARIES)('in the page: %s', (summary) => {
    const document = documentFromHtml(`<html><body><main>${summary}${EMPLOYER}</main></body></html>`, 'https://jobs.example.ch/1');
    expect(elementToText(document.querySelector('main')!, { drop: MACHINE_SUMMARY_SELECTOR })).toBe('We bake bread for 40 cafés in Zürich.');
  });

  it.each(SUMMARIES)('in HTML read as text: %s', (summary) => {
    expect(htmlStringToText(`${summary}${EMPLOYER}`, { dropMachineSummaries: true })).toBe('We bake bread for 40 cafés in Zürich.');
  });

  it('keeps the employer’s own blocks whose names only resemble a summary', () => {
    const own = '<div class="info-block-contents"><p>Our story</p></div><p data-cy="vacancy-leader">Team lead</p><section data-testid="ai-summary-feedback"><p>Rate</p></section>';
    const document = documentFromHtml(`<html><body><main>${own}${EMPLOYER}</main></body></html>`, 'https://jobs.example.ch/1');
    expect(elementToText(document.querySelector('main')!, { drop: MACHINE_SUMMARY_SELECTOR })).toContain('Our story');
    expect(htmlStringToText(`${own}${EMPLOYER}`, { dropMachineSummaries: true })).toBe('Our story\n\nTeam lead\n\nRate\n\nWe bake bread for 40 cafés in Zürich.');
  });
});

describe('recognising a summary from a start tag’s attributes', () => {
  it.each([
    'class="info-block-content"',
    "class='card info-block-content'",
    'class=info-block-content',
    'CLASS = "info-block-content"',
    'id="x"\tclass="info-block-content  card"',
    'data-cy="vacancy-lead"',
    "data-cy='vacancy-lead'",
    'data-cy=vacancy-lead',
    'data-testid="ai-summary"',
    'class="job-AI-Summary"',
    'id="ai-summary-1"',
    'class="tldr"',
    'id=TLDR',
  ])('%s', (attributes) => {
    expect(isMachineSummaryMarkup(attributes)).toBe(true);
  });

  it.each([
    '',
    'class="info-block-contents"',
    'data-class="info-block-content"',
    'class="info-block"',
    'data-cy="vacancy-leader"',
    'data-cy="vacancy"',
    'data-testid="ai-summary-feedback"',
    'data-testid="summary"',
    'title="tldr" class="card"',
    'href="/ai-summary"',
    'class="card" data-id="tldr"',
  ])('not %s', (attributes) => {
    expect(isMachineSummaryMarkup(attributes)).toBe(false);
  });
});
