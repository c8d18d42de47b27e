import { afterEach, describe, expect, it, vi } from 'vitest';
import { useMockLlm } from '../../e2e/mock-llm/use-mock-llm';
import { getDatabase, getJob, watchChanges } from '../db';
import { generateLetter } from '../llm/generate';
import { DEFAULT_SETTINGS } from '../schema';
import { sampleJobDetails, sampleProfile } from '../testing/fixtures';
import { JobEngine } from './engine';
import { queueJob } from './operations';

const mockLlm = useMockLlm({ timeScale: 0.2 });
afterEach(() => vi.restoreAllMocks());

interface Put {
  store: string;
  bytes: number;
}

/** Records every put into IndexedDB with the JSON size of what was put. */
function recordPuts(): Put[] {
  const puts: Put[] = [];
  const original = IDBObjectStore.prototype.put;
  vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(function (this: IDBObjectStore, value: unknown, key?: IDBValidKey) {
    puts.push({ store: this.name, bytes: JSON.stringify(value).length });
    return original.call(this, value, key);
  });
  return puts;
}

describe('progress writes while a letter streams', () => {
  it('rewrite only the small summary and the streamed text, never the job with its snapshots', async () => {
    const engine = new JobEngine({ generate: generateLetter, loadSettings: async () => ({ ...DEFAULT_SETTINGS, apiKey: 'sk-test', baseUrl: mockLlm().url }) });
    engine.start();
    const job = await queueJob({
      profile: sampleProfile(),
      job: sampleJobDetails({ company: 'Long Letter Co', description: `Long Letter Co builds ledgers for small shops. ${'We value care. '.repeat(200)} [[mock:tokens=2000]] [[mock:slow=2]]` }),
    });
    const record = await (await getDatabase()).get('jobs', job.id);
    let progressWrites = 0;
    const unwatch = watchChanges((changes) => {
      if (changes.some((c) => c.store === 'jobs' && c.op === 'progress' && c.ids.includes(job.id))) progressWrites++;
    });
    const puts = recordPuts();
    await engine.pump();
    await engine.idle();
    engine.stop();
    unwatch();
    const done = await getJob(job.id);
    expect(done?.status).toBe('COMPLETED');
    expect(progressWrites).toBeGreaterThan(3);

    const byStore = (store: string) => puts.filter((p) => p.store === store).map((p) => p.bytes);
    // The job record is written on the claim and at the end only, whatever the number of progress writes.
    expect(byStore('jobs')).toHaveLength(2);
    // Summaries: the claim, each progress write (heartbeats included), the end.
    const summaries = byStore('jobSummaries').slice(1, -1);
    const pieces = byStore('jobStreams');
    const recordBytes = JSON.stringify(record).length;
    const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);
    // Before this split every progress write put the whole job: its record with all the text so far.
    let textSoFar = 0;
    const before = pieces.map((piece) => recordBytes + (textSoFar += piece - 30));
    console.info(
      [
        `2,000-token letter: ${summaries.length} progress writes; job record ${recordBytes} B (long posting and profile).`,
        `now: ${Math.round((sum(summaries) + sum(pieces)) / summaries.length)} B per write (summary ${Math.round(sum(summaries) / summaries.length)} B + new text ${Math.round(sum(pieces) / pieces.length)} B), ${sum(summaries) + sum(pieces)} B in all;`,
        `before: ${Math.round(sum(before) / before.length)} B per write, ${sum(before)} B in all.`,
      ].join(' '),
    );
    expect(Math.max(...summaries)).toBeLessThan(recordBytes / 4);
    // Each write adds only what arrived since the one before, never the text again.
    expect(sum(summaries) + sum(pieces)).toBeLessThan(sum(before) / 5);
  });
});
