// @vitest-environment node
import { describe, expect, it } from 'vitest';
import type { JobCandidate } from './candidate';
import { mergeCandidates, MIN_USEFUL_DESCRIPTION_CHARS } from './merge';

/**
 * What the user sees when several methods read the same page: candidates arrive in trust order
 * (JSON-LD, microdata, site adapter, Readability), as extractJobPosting builds them.
 */

const SENTENCE = 'You will run the night shift of our bakery and train two apprentices. ';

/** Realistic posting text of about `chars` characters. */
function text(chars: number): string {
  return SENTENCE.repeat(Math.ceil(chars / SENTENCE.length)).slice(0, chars);
}

const FULL = text(1200);

describe('merging what the methods read', () => {
  it('reads nothing when no method found a title', () => {
    expect(mergeCandidates([])).toBeNull();
    expect(mergeCandidates([{ method: 'json-ld', company: 'Crumb', description: FULL }, { method: 'readability', title: '', description: FULL }])).toBeNull();
  });

  it('takes the title from the first method that has one, and reports that method', () => {
    const merged = mergeCandidates([
      { method: 'json-ld', company: 'Crumb Bakery', description: FULL, location: 'Leith' },
      { method: 'microdata', title: '', description: FULL },
      { method: 'adapter:greenhouse', title: 'Night Baker', description: FULL },
      { method: 'readability', title: 'Careers – Crumb', description: FULL },
    ]);
    expect(merged).toMatchObject({ title: 'Night Baker', method: 'adapter:greenhouse', company: 'Crumb Bakery' });
  });

  describe('company', () => {
    it('comes from the first method that states one', () => {
      const merged = mergeCandidates([
        { method: 'json-ld', title: 'Baker', description: FULL },
        { method: 'microdata', title: 'Baker', company: 'Crumb Bakery GmbH' },
        { method: 'adapter:personio', title: 'Baker', company: 'Personio' },
      ]);
      expect(merged?.company).toBe('Crumb Bakery GmbH');
    });

    it('stays empty when the most trusted method says the employer is withheld', () => {
      const merged = mergeCandidates([
        { method: 'json-ld', title: 'Baker', company: null, description: FULL, location: 'Leith' },
        { method: 'readability', title: 'Baker', company: 'Bodega Norte', description: FULL },
      ]);
      expect(merged?.company).toBeNull();
    });

    it('is empty when no method names one', () => {
      expect(mergeCandidates([{ method: 'readability', title: 'Baker', description: FULL }])?.company).toBeNull();
    });
  });

  describe('location', () => {
    it('prefers what a site adapter reads off the page to stale structured data', () => {
      const merged = mergeCandidates([
        { method: 'json-ld', title: 'Analyst', company: 'Proseware', description: FULL, location: 'Remote' },
        { method: 'adapter:ashby', title: 'Analyst', location: 'Toronto, ON (Hybrid)' },
      ]);
      expect(merged?.location).toBe('Toronto, ON (Hybrid)');
    });

    it('falls back to structured data when the adapter reads no place', () => {
      const merged = mergeCandidates([
        { method: 'json-ld', title: 'Analyst', company: 'Proseware', description: FULL },
        { method: 'microdata', title: 'Analyst', location: 'Toronto, ON' },
        { method: 'adapter:ashby', title: 'Analyst', description: FULL },
        { method: 'adapter:lever', title: 'Analyst', location: '' },
        { method: 'readability', title: 'Analyst', location: 'Ottawa' },
      ]);
      expect(merged?.location).toBe('Toronto, ON');
    });

    it('is empty when no method found one', () => {
      const merged = mergeCandidates([{ method: 'json-ld', title: 'Analyst', company: 'Proseware', description: FULL }, { method: 'adapter:ashby', title: 'Analyst' }]);
      expect(merged?.location).toBe('');
    });
  });

  describe('language', () => {
    it('is the first one declared, or empty', () => {
      const merged = mergeCandidates([
        { method: 'json-ld', title: 'Bäcker', description: FULL },
        { method: 'microdata', title: 'Bäcker', language: '' },
        { method: 'adapter:personio', title: 'Bäcker', language: 'de-AT' },
        { method: 'readability', title: 'Bäcker', language: 'de' },
      ]);
      expect(merged?.language).toBe('de-AT');
      expect(mergeCandidates([{ method: 'json-ld', title: 'Baker', description: FULL }])?.language).toBe('');
    });
  });

  describe('description', () => {
    it('takes the first full description in trust order', () => {
      const jsonLd = text(900);
      const merged = mergeCandidates([
        { method: 'json-ld', title: 'Baker', company: 'Crumb', description: jsonLd },
        { method: 'microdata', title: 'Baker', description: text(1000) },
        { method: 'readability', title: 'Baker', description: text(3000) },
      ]);
      expect(merged).toMatchObject({ description: jsonLd, descriptionMethod: 'json-ld' });
    });

    it('prefers the whole posting an adapter reads when structured data holds only a summary', () => {
      const summary = text(250);
      const page = text(1000);
      const merged = mergeCandidates([
        { method: 'json-ld', title: 'Baker', company: 'Crumb', description: summary },
        { method: 'adapter:workday', title: 'Baker', description: page },
      ]);
      expect(merged).toMatchObject({ description: page, descriptionMethod: 'adapter:workday', method: 'json-ld' });
    });

    it('keeps structured data that is most of what the adapter reads', () => {
      const structured = text(700);
      const merged = mergeCandidates([
        { method: 'json-ld', title: 'Baker', company: 'Crumb', description: structured },
        { method: 'adapter:workday', title: 'Baker', description: text(1000) },
      ]);
      expect(merged).toMatchObject({ description: structured, descriptionMethod: 'json-ld' });
    });

    it('counts exactly 60% of the adapter’s text as more than a summary', () => {
      const structured = text(600);
      const merged = mergeCandidates([
        { method: 'json-ld', title: 'Baker', company: 'Crumb', description: structured },
        { method: 'adapter:workday', title: 'Baker', description: text(1000) },
      ]);
      expect(merged?.descriptionMethod).toBe('json-ld');
      const summary = text(599);
      expect(
        mergeCandidates([
          { method: 'json-ld', title: 'Baker', company: 'Crumb', description: summary },
          { method: 'adapter:workday', title: 'Baker', description: text(1000) },
        ])?.descriptionMethod,
      ).toBe('adapter:workday');
    });

    it('takes the adapter’s full text when structured data has none', () => {
      const page = text(1000);
      const merged = mergeCandidates([
        { method: 'json-ld', title: 'Baker', company: 'Crumb', description: text(120) },
        { method: 'adapter:workday', title: 'Baker', description: page },
        { method: 'readability', title: 'Baker', description: text(3000) },
      ]);
      expect(merged).toMatchObject({ description: page, descriptionMethod: 'adapter:workday' });
    });

    it('ignores an adapter whose text is itself too short to be a posting', () => {
      const full = text(MIN_USEFUL_DESCRIPTION_CHARS);
      const merged = mergeCandidates([
        { method: 'json-ld', title: 'Baker', company: 'Crumb', description: full },
        { method: 'adapter:workday', title: 'Baker', description: text(MIN_USEFUL_DESCRIPTION_CHARS - 1) },
      ]);
      expect(merged).toMatchObject({ description: full, descriptionMethod: 'json-ld' });
    });

    it('counts a description of exactly the minimum length as full', () => {
      const exact = text(MIN_USEFUL_DESCRIPTION_CHARS);
      const merged = mergeCandidates([
        { method: 'json-ld', title: 'Baker', company: 'Crumb', description: exact, location: 'Leith' },
        { method: 'readability', title: 'Baker', description: text(3000) },
      ]);
      expect(merged).toMatchObject({ description: exact, descriptionMethod: 'json-ld', confidence: 0.95 });
    });

    it('prefers a short description from structured data or an adapter to Readability’s sweep of the page', () => {
      const teaser = text(150);
      const merged = mergeCandidates([
        { method: 'json-ld', title: 'Baker', company: 'Crumb', description: text(80) },
        { method: 'adapter:workday', title: 'Baker', description: teaser },
        { method: 'readability', title: 'Baker', description: text(3000) },
      ]);
      expect(merged).toMatchObject({ description: teaser, descriptionMethod: 'adapter:workday' });
    });

    it('keeps the more trusted of two equally short descriptions', () => {
      const first = text(150);
      const merged = mergeCandidates([
        { method: 'json-ld', title: 'Baker', company: 'Crumb', description: first },
        { method: 'microdata', title: 'Baker', description: `${text(149)}!` },
      ]);
      expect(merged).toMatchObject({ description: first, descriptionMethod: 'json-ld' });
    });

    it('uses Readability’s text when the structured data has a title but no description', () => {
      const readable = text(2000);
      const merged = mergeCandidates([
        { method: 'json-ld', title: 'Baker', company: 'Crumb' },
        { method: 'readability', title: 'Baker', description: readable },
      ]);
      expect(merged).toMatchObject({ title: 'Baker', method: 'json-ld', description: readable, descriptionMethod: 'readability' });
    });

    it('uses a short Readability text when it is all there is', () => {
      const short = text(90);
      const merged = mergeCandidates([
        { method: 'json-ld', title: 'Baker', company: 'Crumb', description: '' },
        { method: 'readability', title: 'Baker', description: short },
      ]);
      expect(merged).toMatchObject({ description: short, descriptionMethod: 'readability' });
    });

    it('is empty, with no source, when no method read one', () => {
      const merged = mergeCandidates([{ method: 'page-title', title: 'Baker', company: 'Crumb' }]);
      expect(merged).toMatchObject({ description: '', descriptionMethod: null });
    });
  });

  describe('confidence', () => {
    const complete = { title: 'Baker', company: 'Crumb', location: 'Leith', description: FULL };

    it.each([
      ['json-ld', 0.95],
      ['microdata', 0.9],
      ['adapter:greenhouse', 0.9],
      ['readability', 0.5],
      ['page-title', 0.3],
    ] as const)('starts from how far %s can be trusted', (method, expected) => {
      expect(mergeCandidates([{ method, ...complete }])?.confidence).toBe(expected);
    });

    it('drops for a missing employer, a short description and a missing place, in that order of weight', () => {
      const confidence = (candidate: Partial<JobCandidate>) => mergeCandidates([{ method: 'json-ld', ...complete, ...candidate }])?.confidence;
      expect(confidence({ company: null })).toBe(0.65);
      expect(confidence({ description: text(199) })).toBe(0.75);
      expect(confidence({ location: '' })).toBe(0.9);
      expect(confidence({ company: undefined, description: undefined, location: undefined })).toBe(0.4);
    });

    it('never goes below zero', () => {
      expect(mergeCandidates([{ method: 'readability', title: 'Baker' }])?.confidence).toBe(0);
      expect(mergeCandidates([{ method: 'page-title', title: 'Baker', company: 'Crumb' }])?.confidence).toBe(0.05);
    });
  });
});
