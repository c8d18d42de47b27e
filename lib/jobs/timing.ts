/** How long a runner's claim on a job lasts without a heartbeat. After that the job counts as orphaned. */
export const LEASE_MS = 15_000;
/** A running job renews its lease (and so touches an extension API) at least this often. */
export const HEARTBEAT_MS = 5_000;
/** Progress and streamed text are written at most this often per job (~4 per second). */
export const PROGRESS_WRITE_MS = 250;
/** Interruptions in a row before recovery gives up on a job. */
export const MAX_INTERRUPTIONS = 3;
/** Chrome's shortest alarm period (Chrome 120+). */
export const WATCHDOG_PERIOD_MINUTES = 0.5;
export const WATCHDOG_ALARM = 'job-watchdog';
/** Attempts kept in a job's history: the newest ones; older ones only make the record heavier. */
export const MAX_HISTORY = 20;
export { LONGEST_INLINE_WAIT_MS } from '../llm/long-waits';
/** The alarm that wakes the worker when a waiting job's time comes. */
export const WAKE_ALARM = 'job-wake';
