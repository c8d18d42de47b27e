import { getJob, listJobs, watchChanges, type Change } from '@/lib/db';
import { nextLeaseCheck } from '@/lib/jobs/lease-watch';
import { isOrphaned } from '@/lib/jobs/recovery';
import type { GenerationJob } from '@/lib/schema';
import { startJob } from './start-job';

function newestFirst(a: GenerationJob, b: GenerationJob): number {
  return b.createdAt - a.createdAt || b.id.localeCompare(a.id);
}

/**
 * Every generation job, newest first, kept current without polling: one `listJobs()` on start,
 * then each announced change re-reads only the ids it names. Job objects that did not change keep
 * their identity, so a keyed each-block re-renders only the rows whose job changed.
 */
export class JobsStore {
  jobs = $state.raw<GenerationJob[]>([]);
  loaded = $state(false);
  error = $state<string | null>(null);
  byId = $derived(new Map(this.jobs.map((j) => [j.id, j])));

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
          const all = await listJobs();
          // Keep the identity of jobs that did not change, so their rows do not re-render.
          const old = this.byId;
          this.jobs = all.map((j) => {
            const before = old.get(j.id);
            return before && sameJob(before, j) ? before : j;
          });
          this.loaded = true;
          this.error = null;
          continue;
        }
        const ids = [...this.#dirty];
        this.#dirty.clear();
        const fresh = await Promise.all(ids.map((id) => getJob(id)));
        this.#apply(ids, fresh);
      }
      this.#watchLeases();
    } catch (error) {
      this.error = `Could not read your jobs (${error instanceof Error ? error.message : String(error)}). Close and reopen the panel to try again.`;
    }
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
    const running = await listJobs({ status: 'IN_PROGRESS' }).catch(() => []);
    const orphan = running.find((job) => isOrphaned(job, Date.now()));
    if (orphan) await startJob(orphan.id);
    // A worker that does not take the job back is asked again in a while, not in a tight loop.
    this.#watchLeases(orphan ? 2_000 : 0);
  }

  #apply(ids: string[], fresh: (GenerationJob | undefined)[]): void {
    const updates = new Map<string, GenerationJob | undefined>();
    ids.forEach((id, i) => updates.set(id, fresh[i]));
    let added = false;
    const next: GenerationJob[] = [];
    for (const job of this.jobs) {
      if (!updates.has(job.id)) {
        next.push(job);
        continue;
      }
      const replacement = updates.get(job.id);
      updates.delete(job.id);
      if (replacement) next.push(replacement);
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

function sameJob(a: GenerationJob, b: GenerationJob): boolean {
  return (
    a.status === b.status &&
    a.progress === b.progress &&
    a.currentStep === b.currentStep &&
    a.streamedText.length === b.streamedText.length &&
    a.error === b.error &&
    a.coverLetterId === b.coverLetterId &&
    a.config.priority === b.config.priority &&
    a.completedAt === b.completedAt &&
    a.lease?.expiresAt === b.lease?.expiresAt &&
    a.notBefore === b.notBefore &&
    a.autoRetry === b.autoRetry
  );
}

export const jobsStore = new JobsStore();
