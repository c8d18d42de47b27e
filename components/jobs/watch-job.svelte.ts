import { getJob, getJobStreamText, getJobSummaries, mergeJob, watchChanges } from '@/lib/db';
import type { GenerationJob } from '@/lib/schema';

/*
 * Apart from jobs-store.svelte.ts: only the letter view watches a whole job, so the jobs list the
 * panel opens with does not carry this code.
 */

/** One whole job, kept current: what `watchJob` returns. */
export interface WatchedJob {
  /** The job with its snapshots and streamed text; null before it is read and once it is deleted. */
  readonly job: GenerationJob | null;
  /** The first read is done (so a null job means it does not exist). */
  readonly loaded: boolean;
  readonly error: string | null;
}

/**
 * Watches one whole job (snapshots, streamed text), for the letter view. A progress write re-reads
 * only the job's summary and streamed text and lays them over the job already held; any other
 * change re-reads the whole job. Call during component initialisation: it uses `$effect`.
 */
export function watchJob(id: () => string | null): WatchedJob {
  let job = $state.raw<GenerationJob | null>(null);
  let loaded = $state(false);
  let error = $state<string | null>(null);

  $effect(() => {
    const jobId = id();
    job = null;
    loaded = false;
    error = null;
    if (!jobId) return;
    let stopped = false;
    // Reads finish in order of asking: a slow whole read never overwrites a newer progress read.
    let chain: Promise<void> = Promise.resolve();
    const read = (kind: 'whole' | 'progress') => {
      chain = chain.then(async () => {
        try {
          const held = job;
          if (kind === 'progress' && held) {
            const [[summary], text] = await Promise.all([getJobSummaries([jobId]), getJobStreamText(jobId)]);
            if (stopped) return;
            job = summary ? mergeJob(held, summary, text) : null;
          } else {
            const whole = await getJob(jobId);
            if (stopped) return;
            job = whole ?? null;
          }
          loaded = true;
          error = null;
        } catch (e) {
          if (!stopped) error = `Could not read this job (${e instanceof Error ? e.message : String(e)}). Close it and open it again.`;
        }
      });
    };
    read('whole');
    const unwatch = watchChanges((changes) => {
      let kind: 'whole' | 'progress' | null = null;
      for (const c of changes) {
        if (c.store === 'all') kind = 'whole';
        else if (c.store === 'jobs' && c.ids.includes(jobId)) kind = c.op === 'progress' && kind !== 'whole' ? 'progress' : 'whole';
      }
      if (kind) read(kind);
    });
    return () => {
      stopped = true;
      unwatch();
    };
  });

  return {
    get job() {
      return job;
    },
    get loaded() {
      return loaded;
    },
    get error() {
      return error;
    },
  };
}
