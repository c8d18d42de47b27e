import { forceCloseDatabase } from 'fake-indexeddb';
import { unwrap } from 'idb';
import { describe, expect, it } from 'vitest';
import { DB_NAME, DB_VERSION, getDatabase } from './database';

describe('the database connection', () => {
  it('is opened once per context and reused by every later call', async () => {
    const [a, b] = await Promise.all([getDatabase(), getDatabase()]);
    expect(b).toBe(a);
    expect(await getDatabase()).toBe(a);
  });

  it('steps aside when another context upgrades the database, and reopens on the next call', async () => {
    const first = await getDatabase();
    // Another context (an extension update) opens a newer version: this one must not block it.
    const outcome = await new Promise<string>((resolve) => {
      const request = indexedDB.open(DB_NAME, DB_VERSION + 1);
      request.onblocked = () => resolve('blocked');
      // The newer code's upgrade is not this code's: abandon it once it got to run.
      request.onupgradeneeded = () => request.transaction!.abort();
      request.onerror = () => resolve('upgrade ran');
    });
    expect(outcome).toBe('upgrade ran');
    // The old connection was closed; the next call opens a working one.
    expect(() => first.transaction('jobs')).toThrow();
    const second = await getDatabase();
    expect(second).not.toBe(first);
    expect(await second.count('jobs')).toBe(0);
  });

  it('opens a new connection after the browser closed this one (site data cleared, disk error)', async () => {
    const first = await getDatabase();
    // fake-indexeddb types the argument as the class, not an instance; it takes the connection.
    forceCloseDatabase(unwrap(first) as never);
    const second = await getDatabase();
    expect(second).not.toBe(first);
    expect(await second.count('profiles')).toBe(0);
  });

  it('has the stores and indexes the code reads, with their key paths', async () => {
    const db = await getDatabase();
    const tx = db.transaction(['profiles', 'jobs', 'letters', 'jobSummaries', 'jobStreams']);
    const shape = (name: 'profiles' | 'jobs' | 'letters' | 'jobSummaries' | 'jobStreams') => {
      const store = tx.objectStore(name);
      return {
        keyPath: store.keyPath,
        indexes: Object.fromEntries([...store.indexNames].map((index) => [index, store.index(index as never).keyPath])),
      };
    };
    expect(shape('profiles')).toEqual({ keyPath: 'id', indexes: { 'by-updated': 'updatedAt' } });
    expect(shape('jobs')).toEqual({ keyPath: 'id', indexes: { 'by-created': 'createdAt', 'by-profile': ['profileId', 'createdAt'], 'by-status': 'status' } });
    expect(shape('letters')).toEqual({ keyPath: 'id', indexes: { 'by-job': 'jobId', 'by-generated': 'generatedAt' } });
    expect(shape('jobSummaries')).toEqual({
      keyPath: 'id',
      indexes: { 'by-created': ['createdAt', 'id'], 'by-status': ['status', 'createdAt', 'id'], 'by-profile': ['profileId', 'createdAt', 'id'] },
    });
    expect(shape('jobStreams')).toEqual({ keyPath: ['id', 'at'], indexes: {} });
    await tx.done;
  });
});
