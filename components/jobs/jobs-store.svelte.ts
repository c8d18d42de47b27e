import { getJobSummaries, listJobSummaries, watchChanges, type Change } from '@/lib/db';
import { nextLeaseCheck } from '@/lib/jobs/lease-watch';
import { isOrphaned } from '@/lib/jobs/recovery';
import type { JobSummary } from '@/lib/schema';
import { startJob } from './start-job';

/** Summaries read before the list first shows: a screenful and a margin. */
export const FIRST_PAGE = 50;
/**
 * The older summaries are then read this many at a time. One read of 10,000 holds the database
 * for about a second, and every other request of this panel waits behind it, as does a panel
 * opened meanwhile (reopening the panel at once must not wait for the last one's reads).
 */
export const REST_PAGE = 2_000;

function newestFirst(a: JobSummary, b: JobSummary): number {
  return b.createdAt - a.createdAt || b.id.localeCompare(a.id);
}

/**
 * Every job's summary (lib/schema/job-summary.ts), newest first, kept current without polling.
 * On start: the newest FIRST_PAGE (`loaded` turns true: the list can show), then the older
 * summaries, REST_PAGE at a time (`complete` turns true once all are in). Each announced change
 * re-reads only the summaries it names. Summaries that did not change keep their identity, so a
 * keyed each-block re-renders only the rows that changed. Whole jobs (snapshots, streamed text)
 * are never held here: `watchJob` (watch-job.svelte.ts) reads one when a view needs it.
 */
export class JobsStore {
  jobs = $state.raw<JobSummary[]>([]);
  /** The first page is in: the list can show. */
  loaded = $state(false);
  /** Every summary is in: counts and searches cover all jobs. */
  complete = $state(false);
  error = $state<string | null>(null);
  byId = $derived(new Map(this.jobs.map((j) => [j.id, j])));

  /** `restPage`: how many older summaries one read takes (REST_PAGE; tests make it small). */
  constructor(private readonly restPage = REST_PAGE) {}

  #dirty = new Set<string>();
  #reloadAll = false;
  #flushing: Promise<void> | null = null;
  #unwatch: (() => void) | null = null;
  #users = 0;
  #leaseTimer: ReturnType<typeof setTimeout> | null = null;

  /** Starts loading and watching; returns a function that stops when the last user is gone. */
  start(): () => void {
    this.#users++;
    if (this.#users === 1) {
      this.#unwatch = watchChanges((changes) => this.#onChanges(changes));
      this.#reloadAll = true;
      void this.#flush();
    }
    return () => {
      this.#users--;
      if (this.#users === 0) {
        this.#unwatch?.();
        this.#unwatch = null;
        if (this.#leaseTimer) clearTimeout(this.#leaseTimer);
        this.#leaseTimer = null;
      }
    };
  }

  /** Re-read one job now (after this panel changed it, to not wait for the announcement). */
  refresh(id: string): Promise<void> {
    this.#dirty.add(id);
    return this.#flush();
  }


  #onChanges(changes: Change[]): void {
    for (const change of changes) {
      if (change.store === 'all' || (change.store === 'jobs' && change.op === 'clear')) this.#reloadAll = true;
      else if (change.store === 'jobs') for (const id of change.ids) this.#dirty.add(id);
    }
    void this.#flush();
  }

  /** Applies queued changes; changes arriving meanwhile are applied by the same run. */
  #flush(): Promise<void> {
    if (!this.#flushing) {
      this.#flushing = this.#drain().finally(() => {
        this.#flushing = null;
        // A change that arrived after the last check but before this callback.
        if (this.#dirty.size > 0 || this.#reloadAll) void this.#flush();
      });
    }
    return this.#flushing;
  }

  async #drain(): Promise<void> {
    try {
      while (this.#reloadAll || this.#dirty.size > 0) {
        if (this.#reloadAll) {
          this.#reloadAll = false;
          this.#dirty.clear();
          await this.#loadAll();
          continue;
        }
        const ids = [...this.#dirty];
        this.#dirty.clear();
        this.#apply(ids, await getJobSummaries(ids));
      }
      this.#watchLeases();
    } catch (error) {
      this.error = `Could not read your jobs (${error instanceof Error ? error.message : String(error)}). Close and reopen the panel to try again.`;
    }
  }

  /** The first page (shown at once), then the rest in one read. Changes meanwhile wait in #dirty. */
  async #loadAll(): Promise<void> {
    const old = this.byId;
    const keep = (s: JobSummary) => {
      const before = old.get(s.id);
      return before && sameSummary(before, s) ? before : s;
    };
    const first = await listJobSummaries({ limit: FIRST_PAGE });
    if (!this.loaded || first.next === null) {
      // Showing the first page alone would hide older rows for a moment on a reload: only on the first load.
      this.jobs = first.items.map(keep);
      this.loaded = true;
    }
    this.error = null;
    const all = [...first.items];
    for (let next = first.next; next; ) {
      // Stopped meanwhile (the panel closes): the next start reads everything again.
      if (this.#users === 0) return;
      const page = await listJobSummaries({ after: next, limit: this.restPage });
      all.push(...page.items);
      next = page.next;
    }
    this.jobs = all.map(keep);
    this.loaded = true;
    this.complete = true;
  }

  /**
   * A running job's worker may die (Chrome stops it, it crashes). The panel is open anyway: one
   * timer at the next lease expiry, and if the lease really lapsed, a message wakes the worker,
   * whose start recovers and restarts the job. Not polling: it fires only when a lease runs out.
   */
  #watchLeases(minDelayMs = 0): void {
    if (this.#leaseTimer) clearTimeout(this.#leaseTimer);
    this.#leaseTimer = null;
    const at = nextLeaseCheck(this.jobs);
    if (at === null || this.#users === 0) return;
    this.#leaseTimer = setTimeout(() => void this.#wakeIfOrphaned(), Math.max(minDelayMs, at - Date.now()));
  }

  async #wakeIfOrphaned(): Promise<void> {
    this.#leaseTimer = null;
    const running = await listJobSummaries({ status: 'IN_PROGRESS' }).then((page) => page.items, () => []);
    const orphan = running.find((job) => isOrphaned(job, Date.now()));
    if (orphan) await startJob(orphan.id);
    // A worker that does not take the job back is asked again in a while, not in a tight loop.
    this.#watchLeases(orphan ? 2_000 : 0);
  }

  #apply(ids: string[], fresh: (JobSummary | undefined)[]): void {
    const updates = new Map<string, JobSummary | undefined>();
    ids.forEach((id, i) => updates.set(id, fresh[i]));
    let added = false;
    const next: JobSummary[] = [];
    for (const job of this.jobs) {
      if (!updates.has(job.id)) {
        next.push(job);
        continue;
      }
      const replacement = updates.get(job.id);
      updates.delete(job.id);
      if (replacement) next.push(sameSummary(job, replacement) ? job : replacement);
    }
    for (const job of updates.values()) {
      if (job) {
        next.push(job);
        added = true;
      }
    }
    if (added) next.sort(newestFirst);
    this.jobs = next;
  }
}

/** Summaries are small and flat: comparing their JSON is exact and cheap. */
function sameSummary(a: JobSummary, b: JobSummary): boolean {
  return a === b || JSON.stringify(a) === JSON.stringify(b);
}

export const jobsStore = new JobsStore();
