import { describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { originRuleFor, ORIGIN_RULE_ID, syncOriginRule } from './local-server-origin';

describe('origin rule for a stock local server', () => {
  it('drops the Origin of the extension’s own requests to the configured loopback server only', () => {
    expect(originRuleFor('http://localhost:11434', 'extid')).toEqual({
      id: ORIGIN_RULE_ID,
      priority: 1,
      action: { type: 'modifyHeaders', requestHeaders: [{ header: 'origin', operation: 'remove' }] },
      condition: { urlFilter: '|http://localhost:11434/', resourceTypes: ['xmlhttprequest', 'other'], initiatorDomains: ['extid'] },
    });
    expect(originRuleFor('http://127.0.0.1:8787/', 'extid')?.condition.urlFilter).toBe('|http://127.0.0.1:8787/');
  });

  it('leaves remote servers alone', () => {
    expect(originRuleFor('https://api.anthropic.com', 'extid')).toBeNull();
    expect(originRuleFor('https://proxy.example.com', 'extid')).toBeNull();
    expect(originRuleFor('not a url', 'extid')).toBeNull();
  });

  it('replaces the rule when the address changes, and removes it for a remote one', async () => {
    const updateSessionRules = vi.fn(async (_update: unknown) => undefined);
    (fakeBrowser as unknown as Record<string, unknown>).declarativeNetRequest = { updateSessionRules };
    expect(await syncOriginRule('http://localhost:11434')).toBe(true);
    expect(await syncOriginRule('https://api.anthropic.com')).toBe(false);
    expect(updateSessionRules.mock.calls.map((c) => c[0])).toEqual([
      { removeRuleIds: [ORIGIN_RULE_ID], addRules: [expect.objectContaining({ condition: expect.objectContaining({ urlFilter: '|http://localhost:11434/' }) })] },
      { removeRuleIds: [ORIGIN_RULE_ID], addRules: [] },
    ]);
  });
});
