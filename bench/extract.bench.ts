/**
 * How long extractJobPosting takes on a ~2 MB page: once with JSON-LD (the common fast path) and
 * once without it on a site with no adapter, so the Readability fallback runs.
 *
 *   npx tsx bench/extract.bench.ts
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { JSDOM } from 'jsdom';
import { extractJobPosting } from '../lib/extract/index';

const HERE = path.dirname(fileURLToPath(import.meta.url));
const CORPUS_DIR = path.resolve(HERE, '../../shared/corpus/job-pages');
const BASE_PAGE = 'indeed_au_papercut.html';
const TARGET_BYTES = 2 * 1024 * 1024;
const WARM_UP_RUNS = 5;
const MEASURED_RUNS = 40;

/** A "similar jobs" card like the ones that fill real job pages: nested divs, links, a short blurb. */
function similarJobCard(index: number): string {
  return `<li class="job-card" data-jk="${index.toString(16)}"><div class="job-card__body"><h3 class="job-card__title"><a href="/viewjob?jk=${index}" aria-label="Platform Engineer ${index}"><span>Platform Engineer ${index}</span></a></h3><div class="job-card__company"><span data-testid="company-name">Company ${index % 97}</span><span class="rating">4.${index % 10}</span></div><div class="job-card__location">Suburb ${index % 31} VIC</div><ul class="job-card__snippet"><li>Work with Kubernetes, Terraform and AWS to keep our services fast.</li><li>Hybrid: three days in the office.</li></ul><div class="job-card__footer"><span class="date">Posted ${index % 30} days ago</span><button type="button" class="save">Save job</button></div></div></li>`;
}

function padToTarget(html: string): string {
  const cards: string[] = [];
  let size = Buffer.byteLength(html);
  for (let index = 0; size < TARGET_BYTES; index++) {
    const card = similarJobCard(index);
    cards.push(card);
    size += Buffer.byteLength(card);
  }
  return html.replace(/<\/body>/i, `<section class="similar-jobs"><h2>Similar jobs</h2><ul>${cards.join('')}</ul></section></body>`);
}

function withoutJsonLd(html: string): string {
  return html.replace(/<script[^>]*application\/ld\+json[^>]*>[\s\S]*?<\/script>/gi, '');
}

interface Variant {
  name: string;
  html: string;
  url: string;
}

function percentile(sortedMs: number[], share: number): number {
  return sortedMs[Math.min(sortedMs.length - 1, Math.ceil(share * sortedMs.length) - 1)] ?? Number.NaN;
}

function measure(variant: Variant): { median: number; p95: number; method: string; bytes: number } {
  const document = new JSDOM(variant.html, { url: variant.url }).window.document;
  let method = '';
  for (let run = 0; run < WARM_UP_RUNS; run++) {
    const result = extractJobPosting(document, variant.url);
    method = result.found ? result.method : `not found (${result.reason})`;
  }
  const times: number[] = [];
  for (let run = 0; run < MEASURED_RUNS; run++) {
    const start = performance.now();
    extractJobPosting(document, variant.url);
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  return { median: percentile(times, 0.5), p95: percentile(times, 0.95), method, bytes: Buffer.byteLength(variant.html) };
}

export async function runExtractBench(): Promise<Array<{ name: string; value: string }>> {
  const base = padToTarget(readFileSync(path.join(CORPUS_DIR, BASE_PAGE), 'utf8'));
  const variants: Variant[] = [
    { name: 'extract 2 MB, JSON-LD', html: base, url: 'https://au.indeed.com/viewjob?jk=54f1f8af68d722d2' },
    // A hostname without adapter and no structured data: only Readability can read it.
    { name: 'extract 2 MB, Readability fallback', html: withoutJsonLd(base), url: 'https://careers.papercut.example/jobs/senior-devops-engineer' },
  ];
  const rows: Array<{ name: string; value: string }> = [];
  for (const variant of variants) {
    const { median, p95, method, bytes } = measure(variant);
    rows.push({
      name: variant.name,
      value: `median ${median.toFixed(1)} ms, p95 ${p95.toFixed(1)} ms (${(bytes / 1024 / 1024).toFixed(2)} MB, ${method}, jsdom, n=${MEASURED_RUNS})`,
    });
  }
  return rows;
}

const executedDirectly = process.argv[1] !== undefined && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url);
if (executedDirectly) {
  runExtractBench().then(
    (rows) => console.table(rows),
    (error: unknown) => {
      console.error(error);
      process.exitCode = 1;
    },
  );
}
