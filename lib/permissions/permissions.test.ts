import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { releaseUnusedApiHosts, requestApiHostAccess } from './api-host-access';
import { releaseTabAccess, requestTabAccess } from './tab-access';

/** The fake browser has no permissions API: a small one that keeps grants and can refuse or fail. */
function fakePermissions(initial: string[] = []) {
  const granted = new Set(initial);
  const state = { answer: 'allow' as 'allow' | 'deny' | 'throw', requests: [] as string[][] };
  (fakeBrowser as unknown as { permissions: unknown }).permissions = {
    async request({ origins = [] }: { origins?: string[] }) {
      state.requests.push(origins);
      if (state.answer === 'throw') throw new Error('Only permissions specified in the manifest may be requested.');
      if (state.answer === 'deny') return false;
      origins.forEach((o) => granted.add(o));
      return true;
    },
    async contains({ origins = [] }: { origins?: string[] }) {
      return origins.every((o) => granted.has(o));
    },
    async remove({ origins = [] }: { origins?: string[] }) {
      origins.forEach((o) => granted.delete(o));
      return true;
    },
    async getAll() {
      return { permissions: [], origins: [...granted] };
    },
  };
  return { granted, state };
}

describe('API host access', () => {
  let perms: ReturnType<typeof fakePermissions>;
  beforeEach(() => (perms = fakePermissions(['https://api.anthropic.com/*'])));

  it('asks for a loopback server when the user points the address there', async () => {
    expect(await requestApiHostAccess('http://localhost:11434')).toBeNull();
    expect(perms.state.requests).toEqual([['http://localhost/*']]);
    expect(perms.granted.has('http://localhost/*')).toBe(true);
  });

  it('does not ask for the API granted at install', async () => {
    expect(await requestApiHostAccess('https://api.anthropic.com')).toBeNull();
    expect(perms.state.requests).toEqual([]);
  });

  it('reports a refusal, and a request the browser rejects, instead of treating either as granted', async () => {
    perms.state.answer = 'deny';
    expect(await requestApiHostAccess('https://proxy.example.com/v1')).toMatch(/https:\/\/proxy\.example\.com was not allowed/);
    perms.state.answer = 'throw';
    expect(await requestApiHostAccess('http://127.0.0.1:8080')).toMatch(/did not grant access to http:\/\/127\.0\.0\.1/);
    expect(perms.granted.has('http://127.0.0.1/*')).toBe(false);
  });

  it('removes access to addresses no longer used, keeping the current one, the install host and wildcards', async () => {
    perms.granted.add('http://localhost/*');
    perms.granted.add('https://proxy.example.com/*');
    perms.granted.add('https://*/*');
    expect((await releaseUnusedApiHosts('https://proxy.example.com/anthropic')).sort()).toEqual(['http://localhost/*']);
    expect([...perms.granted].sort()).toEqual(['https://*/*', 'https://api.anthropic.com/*', 'https://proxy.example.com/*']);
  });
});

describe('all-sites access for "Generate for open tabs"', () => {
  it('gives back what the scan obtained', async () => {
    const perms = fakePermissions();
    const grant = await requestTabAccess();
    expect(grant).toEqual({ granted: true, heldBefore: false });
    expect(perms.granted.has('https://*/*')).toBe(true);
    await releaseTabAccess(grant);
    expect(perms.granted.has('https://*/*')).toBe(false);
  });

  it('keeps access the user had granted before the scan', async () => {
    const perms = fakePermissions(['https://*/*']);
    const grant = await requestTabAccess();
    await releaseTabAccess(grant);
    expect(perms.granted.has('https://*/*')).toBe(true);
  });
});
