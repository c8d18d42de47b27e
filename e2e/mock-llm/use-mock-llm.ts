import { afterAll, beforeAll, beforeEach } from 'vitest';
import { startMockLlm, type MockLlm, type MockLlmOptions } from './server';

/**
 * One loopback model server for a test file, reset before each test (no scenario, no recorded
 * requests). Returns a getter, since the server starts in beforeAll.
 */
export function useMockLlm(options: MockLlmOptions = { timeScale: 0.01 }): () => MockLlm {
  let mock: MockLlm | undefined;
  beforeAll(async () => {
    mock = await startMockLlm(options);
  });
  afterAll(() => mock?.close());
  beforeEach(() => {
    mock?.setScenario(null);
    mock?.clearRequests();
  });
  return () => {
    if (!mock) throw new Error('The mock model server is not running yet (use it inside a test).');
    return mock;
  };
}
