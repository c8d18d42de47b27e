import { describe, expect, it, vi } from 'vitest';
import { browser } from 'wxt/browser';
import { announceChanges, watchChanges, type Change } from './changes';

const put: Change = { store: 'jobs', ids: ['a'], op: 'put' };

function watch(): { seen: Change[][]; unwatch: () => void } {
  const seen: Change[][] = [];
  const unwatch = watchChanges((changes) => seen.push(changes));
  return { seen, unwatch };
}

describe('change announcements', () => {
  it('tells every watcher exactly what changed, for every store and kind of change', async () => {
    const { seen, unwatch } = watch();
    const all: Change[] = [
      { store: 'profiles', ids: ['p1'], op: 'put' },
      { store: 'jobs', ids: ['a', 'b'], op: 'progress' },
      { store: 'letters', ids: ['l1'], op: 'delete' },
      { store: 'all', ids: [], op: 'clear' },
    ];
    await announceChanges(all);
    unwatch();
    expect(seen).toEqual([all]);
  });

  it('announces nothing for an empty list of changes', async () => {
    const { seen, unwatch } = watch();
    await announceChanges([]);
    await announceChanges([put]);
    unwatch();
    expect(seen).toEqual([[put]]);
  });

  it('stops telling a watcher once it unwatched, and keeps telling the others', async () => {
    const first = watch();
    const second = watch();
    await announceChanges([put]);
    first.unwatch();
    await announceChanges([{ ...put, op: 'delete' }]);
    second.unwatch();
    await announceChanges([put]);
    expect(first.seen).toEqual([[put]]);
    expect(second.seen).toEqual([[put], [{ ...put, op: 'delete' }]]);
  });

  it('stores two identical announcements of the same millisecond as different values', async () => {
    // Chrome fires storage.onChanged only when the stored value changes: a repeated write must differ.
    vi.useFakeTimers({ now: 1_700_000_000_000 });
    try {
      await announceChanges([put]);
      const first = await browser.storage.session.get('db-change');
      await announceChanges([put]);
      const second = await browser.storage.session.get('db-change');
      expect(second).not.toEqual(first);
    } finally {
      vi.useRealTimers();
    }
  });

  it('ignores the same key in other storage areas, other session keys and values that are no announcement', async () => {
    const { seen, unwatch } = watch();
    const signal = { seq: 'x', at: 1, changes: [put] };
    await browser.storage.local.set({ 'db-change': signal });
    await browser.storage.sync.set({ 'db-change': signal });
    await browser.storage.session.set({ 'other-key': signal });
    await browser.storage.session.set({ 'db-change': { seq: 'y', at: 2, changes: [{ store: 'jobs', ids: ['a'], op: 'explode' }] } });
    await browser.storage.session.set({ 'db-change': 'not a signal' });
    await browser.storage.session.remove('db-change');
    // A well-formed announcement written by another context is delivered, with its time.
    const times: number[] = [];
    const unwatchTimes = watchChanges((_changes, at) => times.push(at));
    await browser.storage.session.set({ 'db-change': signal });
    unwatch();
    unwatchTimes();
    expect(seen).toEqual([[put]]);
    expect(times).toEqual([1]);
  });

  it('does not fail the write when the announcement cannot be stored, and says so in the console', async () => {
    const refusal = new Error('session storage quota exceeded');
    vi.spyOn(browser.storage.session, 'set').mockRejectedValue(refusal);
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    await expect(announceChanges([put])).resolves.toBeUndefined();
    expect(warn).toHaveBeenCalledWith(expect.any(String), refusal);
  });
});
