// @vitest-environment node
import { readFileSync } from 'node:fs';
import path from 'node:path';
import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { extractJobPosting, ExtractionResultSchema, type ExtractionResult } from './index';
import { documentFromHtml } from './test-support';

/**
 * Runs the extractor over the 18 real saved job pages in the shared corpus and compares with the
 * values a person read off each page (MANIFEST.json), using the comparison rules of its README.
 */

const CORPUS_DIR = path.resolve(__dirname, '../../../shared/corpus/job-pages');
const DESCRIPTION_WINDOW_CHARS = 500;

interface ManifestEntry {
  file: string;
  url: string;
  hasJsonLd: boolean;
  expected: { company: string | null; title: string; location: string; descriptionStartsWith: string };
}

const manifest = JSON.parse(readFileSync(path.join(CORPUS_DIR, 'MANIFEST.json'), 'utf8')) as ManifestEntry[];

function normalise(text: string): string {
  return text.normalize('NFC').replace(/\s+/g, ' ').trim().toLowerCase();
}

function containsEitherWay(actual: string | null, expected: string): boolean {
  if (actual === null || actual === '') return false;
  const a = normalise(actual);
  const e = normalise(expected);
  return a.includes(e) || e.includes(a);
}

/** The first place named ("Melbourne" of "Melbourne, Victoria, Australia"), without "(Remote)". */
function cityToken(location: string): string {
  return normalise(location.split(/[,;/·|]/)[0] ?? '').replace(/\(.*?\)/g, '').replace(/\b\d{3,}\b/g, '').trim();
}

function locationMatches(actual: string, expected: string): boolean {
  const token = cityToken(expected);
  if (token === '') return actual === '';
  return new RegExp(`(^|[^\\p{L}])${token.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}([^\\p{L}]|$)`, 'u').test(normalise(actual));
}

function descriptionMatches(actual: string, expectedStart: string): boolean {
  return normalise(actual).slice(0, DESCRIPTION_WINDOW_CHARS + expectedStart.length).includes(normalise(expectedStart));
}

interface PageOutcome {
  entry: ManifestEntry;
  result: ExtractionResult;
  company: boolean;
  title: boolean;
  location: boolean;
  description: boolean;
}

const FIELDS = ['company', 'title', 'location', 'description'] as const;

function evaluate(entry: ManifestEntry): PageOutcome {
  const html = readFileSync(path.join(CORPUS_DIR, entry.file), 'utf8');
  const result = extractJobPosting(documentFromHtml(html, entry.url), entry.url);
  if (!result.found) return { entry, result, company: false, title: false, location: false, description: false };
  const { expected } = entry;
  return {
    entry,
    result,
    company: expected.company === null ? result.company === null : containsEitherWay(result.company, expected.company),
    title: containsEitherWay(result.title, expected.title),
    location: locationMatches(result.location, expected.location),
    description: descriptionMatches(result.description, expected.descriptionStartsWith),
  };
}

function report(outcomes: PageOutcome[]): string {
  const rows = FIELDS.map((field) => {
    const passed = outcomes.filter((outcome) => outcome[field]).length;
    const failures = outcomes.filter((outcome) => !outcome[field]).map((outcome) => outcome.entry.file.replace(/\.html$/, ''));
    return `${field.padEnd(12)} ${`${passed}/${outcomes.length}`.padStart(6)} ${`${Math.round((passed / outcomes.length) * 100)}%`.padStart(5)}  ${failures.join(', ') || '—'}`;
  });
  const methods = outcomes.map((o) => `${o.entry.file.replace(/\.html$/, '').padEnd(32)} ${o.result.found ? `${o.result.method.padEnd(20)} ${o.result.confidence.toFixed(2)}  ${o.result.company ?? '(no company)'} | ${o.result.title} | ${o.result.location}` : `not found: ${o.result.reason}`}`);
  return ['field        passed   pct  failing pages', ...rows, '', ...methods].join('\n');
}

describe('extractJobPosting on the real-page corpus', () => {
  const outcomes = manifest.map(evaluate);
  console.log(`\nCorpus accuracy (${outcomes.length} pages)\n${report(outcomes)}\n`);

  it('finds a posting on every corpus page, in the shape the background validates', () => {
    for (const { entry, result } of outcomes) {
      expect(v.safeParse(ExtractionResultSchema, result).success, entry.file).toBe(true);
      expect(result.found, entry.file).toBe(true);
    }
  });

  it.each(outcomes.filter((outcome) => outcome.entry.hasJsonLd).map((outcome) => [outcome.entry.file, outcome] as const))(
    'gets company and title right on %s (has JSON-LD)',
    (_file, { result, entry, company, title }) => {
      const got = result.found ? `${result.company ?? '(none)'} / ${result.title}` : result.reason;
      expect(company, `company: expected "${entry.expected.company}", got ${got}`).toBe(true);
      expect(title, `title: expected "${entry.expected.title}", got ${got}`).toBe(true);
    },
  );

  it('gets company and title right on at least 90% of all pages', () => {
    const share = (field: 'company' | 'title') => outcomes.filter((outcome) => outcome[field]).length / outcomes.length;
    expect(share('company')).toBeGreaterThanOrEqual(0.9);
    expect(share('title')).toBeGreaterThanOrEqual(0.9);
  });

  it('returns no company on the page that never names the employer', () => {
    const anonymous = outcomes.filter((outcome) => outcome.entry.expected.company === null);
    expect(anonymous.length).toBeGreaterThan(0);
    for (const { result } of anonymous) expect(result.found && result.company).toBeNull();
  });
});
