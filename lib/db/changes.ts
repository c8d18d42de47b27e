import { browser } from 'wxt/browser';
import * as v from 'valibot';

/**
 * IndexedDB has no cross-context change events, so every committed write is announced through
 * storage.session: every extension context receives storage.onChanged, and the write also counts
 * as an extension API call, which keeps Chrome's service worker alive while a job streams.
 */
const CHANGE_KEY = 'db-change';

export const ChangeSchema = v.object({
  store: v.picklist(['profiles', 'jobs', 'letters', 'all']),
  ids: v.array(v.string()),
  /** progress: only a running job's progress, lease or streamed text changed (its summary and stream record). */
  op: v.picklist(['put', 'progress', 'delete', 'clear']),
});
export type Change = v.InferOutput<typeof ChangeSchema>;

const SignalSchema = v.object({ seq: v.string(), at: v.number(), changes: v.array(ChangeSchema) });

let counter = 0;

export async function announceChanges(changes: Change[]): Promise<void> {
  if (changes.length === 0) return;
  const signal = { seq: `${Date.now()}-${++counter}-${Math.random().toString(36).slice(2, 8)}`, at: Date.now(), changes };
  try {
    await browser.storage.session.set({ [CHANGE_KEY]: signal });
  } catch (error) {
    // The write itself committed; a lost announcement only delays what other views show.
    console.warn('Could not announce a database change', error);
  }
}

export type ChangeListener = (changes: Change[], at: number) => void;

/** Calls `listener` for every change announced in any context (this one included). Returns unwatch. */
export function watchChanges(listener: ChangeListener): () => void {
  const onChanged = (changes: Record<string, { newValue?: unknown }>, area: string) => {
    if (area !== 'session' || !(CHANGE_KEY in changes)) return;
    const parsed = v.safeParse(SignalSchema, changes[CHANGE_KEY]?.newValue);
    if (parsed.success) listener(parsed.output.changes, parsed.output.at);
  };
  browser.storage.onChanged.addListener(onChanged);
  return () => browser.storage.onChanged.removeListener(onChanged);
}
