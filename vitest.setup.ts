import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { beforeEach } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { closeDatabase } from './lib/db/database';

beforeEach(async () => {
  fakeBrowser.reset();
  // Every test starts with an empty database.
  await closeDatabase();
  globalThis.indexedDB = new IDBFactory();
});
