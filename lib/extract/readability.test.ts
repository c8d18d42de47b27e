// @vitest-environment node
import { JSDOM } from 'jsdom';
import { afterEach, describe, expect, it } from 'vitest';
import { extractWithReadability } from './readability';
import { documentFromHtml } from './test-support';

/**
 * The last resort for a page with no structured data and no site adapter: Readability finds the
 * main text, helped by where the page says its posting lives, and the page's own text is read when
 * Readability finds too little or fails.
 */

const url = new URL('https://careers.lisbon-bakery.example/jobs/baker');

const DESCRIPTION = [
  '<h2>About the role</h2>',
  '<p>Lisbon Bakery is looking for an early-shift baker to prepare our sourdough, croissants and pastéis de nata for three shops in Alfama.</p>',
  '<h2>What you will do</h2>',
  '<ul><li>Prepare and bake bread and pastries from 4 am</li><li>Keep the kitchen clean and the ovens in good order</li><li>Train two apprentices</li></ul>',
  '<h2>What we offer</h2>',
  '<p>A permanent contract, 1,400 euros a month, free bread and a team that loves what it does.</p>',
].join('');
const DESCRIPTION_TEXT = [
  'About the role',
  'Lisbon Bakery is looking for an early-shift baker to prepare our sourdough, croissants and pastéis de nata for three shops in Alfama.',
  'What you will do',
  '• Prepare and bake bread and pastries from 4 am\n• Keep the kitchen clean and the ovens in good order\n• Train two apprentices',
  'What we offer',
  'A permanent contract, 1,400 euros a month, free bread and a team that loves what it does.',
].join('\n\n');

/** A long reader-comment thread Readability would take for the article if it saw the whole page. */
const COMMENTS = `<article class="story">${Array.from({ length: 12 }, (_, i) => `<p>Reader story ${i}: I worked at a bakery in Porto for many years and the early shifts were hard but the smell of fresh bread every morning made up for it, and the people were wonderful.</p>`).join('')}</article>`;

const page = (body: string, title = 'Baker (early shift) – Lisbon Bakery Careers') =>
  documentFromHtml(`<!DOCTYPE html><html lang="en"><head><title>${title}</title></head><body>${body}</body></html>`, url.href);

let restore: (() => void) | null = null;
afterEach(() => {
  restore?.();
  restore = null;
});

/** Readability fails on this page (as it can on pages that refuse HTML sinks): its every read of innerHTML throws. */
function breakReadability(document: Document): void {
  const proto = document.defaultView!.Element.prototype;
  const descriptor = Object.getOwnPropertyDescriptor(proto, 'innerHTML')!;
  Object.defineProperty(proto, 'innerHTML', {
    ...descriptor,
    get() {
      throw new TypeError("This document requires 'TrustedHTML' assignment.");
    },
  });
  restore = () => Object.defineProperty(proto, 'innerHTML', descriptor);
}

describe('reading a posting with Readability', () => {
  it('reads the title, the description and says how it was read', () => {
    const result = extractWithReadability(page(`<main><h1>Baker (early shift)</h1>${DESCRIPTION}</main>`), url);
    expect(result).toMatchObject({ method: 'readability', title: 'Baker (early shift)' });
    expect(result!.description).toBe(DESCRIPTION_TEXT);
  });

  it('leaves out what Readability recognises as not part of the text (related-jobs links)', () => {
    const related = '<div class="related-jobs"><h3>More jobs nearby</h3><ul><li><a href="/jobs/1">Pastry chef</a></li><li><a href="/jobs/2">Barista</a></li><li><a href="/jobs/3">Shop assistant</a></li></ul></div>';
    const result = extractWithReadability(page(`<h1>Baker (early shift)</h1><main>${DESCRIPTION}${related}</main>`), url);
    expect(result!.description).toBe(DESCRIPTION_TEXT);
  });

  it('takes the title Readability reads from the page’s metadata when the page has no heading or title', () => {
    const document = documentFromHtml(`<!DOCTYPE html><html><head><meta name="title" content="Baker (early shift)"></head><body><div class="posting">${DESCRIPTION}</div></body></html>`, url.href);
    expect(extractWithReadability(document, url)).toMatchObject({ title: 'Baker (early shift)', description: DESCRIPTION_TEXT });
  });

  it.each([
    ['itemprop="description"', `<div itemprop="description">${DESCRIPTION}</div>`],
    ['a job-description id', `<div id="job-description-body">${DESCRIPTION}</div>`],
    ['a job-description class', `<section class="JobDescription">${DESCRIPTION}</section>`],
    ['a jobdescription id', `<div id="jobDescription">${DESCRIPTION}</div>`],
    ['a job-details id', `<div id="job-details">${DESCRIPTION}</div>`],
    ['a job-details class', `<div class="job-details-wrapper">${DESCRIPTION}</div>`],
    ['a posting-body class', `<div class="posting-body">${DESCRIPTION}</div>`],
    ['a vacancy-description class', `<div class="vacancy-description">${DESCRIPTION}</div>`],
    ['role="main"', `<div role="main">${DESCRIPTION}</div>`],
    ['the main element', `<main>${DESCRIPTION}</main>`],
  ])('reads the posting where the page marks it with %s, not the longer comment thread beside it', (_name, posting) => {
    const result = extractWithReadability(page(`<h1>Baker (early shift)</h1><div class="layout">${posting}${COMMENTS}</div>`), url);
    expect(result!.description).toBe(DESCRIPTION_TEXT);
  });

  it('reads an article element as the posting when nothing more specific is marked', () => {
    const result = extractWithReadability(page(`<h1>Baker (early shift)</h1><div class="layout"><article>${DESCRIPTION}</article><div class="side">${COMMENTS.replace(/article/g, 'div')}</div></div>`), url);
    expect(result!.description).toBe(DESCRIPTION_TEXT);
  });

  it('reads a marked part of exactly 200 characters as the posting', () => {
    const text = 'Lisbon Bakery is looking for an early-shift baker for sourdough, croissants and pastéis de nata in Alfama. Permanent contract, 1,400 euros a month, free bread. Apply now at Rua da Padaria 124, Lisbon.';
    expect(text).toHaveLength(200);
    const document = page(`<main><h1>Baker (early shift)</h1><div itemprop="description"><p>${text}</p></div><div class="company"><h2>About Lisbon Bakery</h2><p>A family bakery since 1921 with three shops in Alfama and a café in Baixa, known for its pastries.</p></div></main>`);
    expect(extractWithReadability(document, url)!.description).toBe(text);
  });

  it('keeps Readability’s text of exactly 200 characters, leaving out the related-jobs links it dropped', () => {
    const text = 'Lisbon Bakery is looking for an early-shift baker for sourdough, croissants and pastéis de nata in Alfama. Permanent contract, 1,400 euros a month, free bread. Apply now at Rua da Padaria 124, Lisbon.';
    const related = '<div class="related-jobs"><h3>More jobs nearby</h3><ul><li><a href="/jobs/1">Pastry chef</a></li><li><a href="/jobs/2">Barista</a></li></ul></div>';
    const document = page(`<h1>Baker (early shift)</h1><div itemprop="description"><p>${text}</p>${related}</div>`);
    expect(extractWithReadability(document, url)!.description).toBe(text);
  });

  it('passes over a marked part too short to be the posting', () => {
    const result = extractWithReadability(page(`<h1>Baker (early shift)</h1><div itemprop="description">Apply by Friday.</div><div class="layout"><main>${DESCRIPTION}</main>${COMMENTS}</div>`), url);
    expect(result!.description).toBe(DESCRIPTION_TEXT);
  });

  it('leaves out the board’s own summary', () => {
    const result = extractWithReadability(page(`<main><h1>Baker (early shift)</h1><div data-testid="ai-summary"><h3>Job summary</h3><p>AI summary: Lisbon Bakery wants a baker for early shifts, with a permanent contract.</p><p>Free bread for all staff.</p></div>${DESCRIPTION}</main>`), url);
    expect(result!.description).toBe(DESCRIPTION_TEXT);
  });

  it.each([
    ['<div class="tldr"><p>TLDR: Lisbon Bakery wants a baker for early shifts, with a permanent contract and free bread for all staff.</p></div>'],
    ['<section class="job-ai-summary"><p>AI summary: Lisbon Bakery wants a baker for early shifts, with a permanent contract and free bread.</p></section>'],
    ['<div class="info-block-content"><p>Workload 100%, permanent contract, Lisbon. Lisbon Bakery wants a baker for early shifts.</p></div>'],
  ])('leaves out a summary the board marks only by class: %s', (summary) => {
    for (const html of [`<main><h1>Baker (early shift)</h1>${summary}${DESCRIPTION}</main>`, `<h1>Baker (early shift)</h1><div class="posting">${summary}${DESCRIPTION}</div>`]) {
      expect(extractWithReadability(page(html), url)!.description).toBe(DESCRIPTION_TEXT);
    }
  });

  it('prefers the page’s heading as the title over the page title', () => {
    const result = extractWithReadability(page(`<main><h1>Baker (early shift)</h1>${DESCRIPTION}</main>`, 'Lisbon Bakery Careers | Join our team in Alfama and Baixa'), url);
    expect(result!.title).toBe('Baker (early shift)');
  });

  it('reads the page’s own text of the marked part when Readability fails', () => {
    const document = page(`<nav><a href="/">Home</a> <a href="/jobs">All jobs</a></nav><h1>Baker (early shift)</h1><div class="layout"><main>${DESCRIPTION}<div class="tldr">TLDR: bakery job, early shifts, Lisbon.</div></main>${COMMENTS}</div>`);
    breakReadability(document);
    const result = extractWithReadability(document, url);
    expect(result).toMatchObject({ method: 'readability', title: 'Baker (early shift)' });
    expect(result!.description).toBe(DESCRIPTION_TEXT);
  });

  it('reads the whole page’s text when Readability fails and nothing is marked', () => {
    const document = page(`<h1>Baker (early shift)</h1><div class="posting">${DESCRIPTION}</div>`);
    breakReadability(document);
    expect(extractWithReadability(document, url)!.description).toBe(`Baker (early shift)\n\n${DESCRIPTION_TEXT}`);
  });

  it('reads a page with no heading and no title by its text alone', () => {
    const document = documentFromHtml(`<!DOCTYPE html><html><head></head><body><div class="posting">${DESCRIPTION}</div></body></html>`, url.href);
    const result = extractWithReadability(document, url);
    expect(result).toMatchObject({ method: 'readability', title: '' });
    expect(result!.description).toBe(DESCRIPTION_TEXT);
  });

  it('reads a short page with just a title', () => {
    const result = extractWithReadability(page('<h1>Baker (early shift)</h1><p>Apply at the shop.</p>'), url);
    expect(result).toMatchObject({ method: 'readability', title: 'Baker (early shift)', description: 'Baker (early shift)\n\nApply at the shop.' });
  });

  it('reads a page whose body is still empty by its title alone', () => {
    const document = documentFromHtml('<!DOCTYPE html><html><head><title>Baker (early shift) – Lisbon Bakery</title></head><body></body></html>', url.href);
    expect(extractWithReadability(document, url)).toMatchObject({ method: 'readability', title: 'Baker (early shift)', description: '' });
  });

  it('finds nothing on an empty page', () => {
    expect(extractWithReadability(documentFromHtml('<!DOCTYPE html><html><head></head><body></body></html>', url.href), url)).toBeNull();
  });

  it('finds nothing in a document without a body', () => {
    const xml = new JSDOM('<feed><entry/></feed>', { contentType: 'application/xml', url: url.href }).window.document;
    expect(extractWithReadability(xml, url)).toBeNull();
  });
});
